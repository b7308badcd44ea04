package dev.floe.storage;

import static dev.floe.storage.TestTables.readAll;
import static dev.floe.storage.TestTables.sensorBatch;
import static dev.floe.storage.TestTables.sensorSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.storage.segment.SegmentFiles;
import dev.floe.storage.wal.WalFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    private static final int WAL_HEADER = 24;

    @TempDir
    Path dir;

    private Path table() {
        return dir.resolve("t");
    }

    private Path walFile() {
        return WalFiles.path(table().resolve("wal"), 1);
    }

    /** Three commits of 10 rows; returns the WAL offsets where records 1, 2, 3 start and the end. */
    private long[] threeCommits() throws IOException {
        long[] offsets = new long[4];
        offsets[0] = WAL_HEADER;
        try (TableStore store = TableStore.create(table(), sensorSchema(), TableStoreTest.manual())) {
            for (int i = 0; i < 3; i++) {
                store.append(sensorBatch(i * 10, 10), Map.of("ch", String.valueOf(i)));
                offsets[i + 1] = Files.size(walFile());
            }
        }
        return offsets;
    }

    @Test
    void tornTailIsCutAtTheLastCompleteRecord() throws IOException {
        long[] offsets = threeCommits();
        truncate(walFile(), offsets[3] - 7);

        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(20, store.snapshot().rowCount());
            assertEquals(2, store.snapshot().commitSeq());
            assertEquals(Map.of("ch", "1"), store.offsetTokens());
            assertEquals(offsets[3] - 7 - offsets[2], store.stats().walBytesCutAtOpen());
            assertEquals(new CommitInfo(3, 5), store.append(sensorBatch(100, 5), Map.of("ch", "x")));
        }
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(25, store.snapshot().rowCount());
            assertEquals(0, store.stats().walBytesCutAtOpen());
            assertEquals(Map.of("ch", "x"), store.offsetTokens());
        }
    }

    @Test
    void recordHeaderCutShortIsATornTail() throws IOException {
        long[] offsets = threeCommits();
        truncate(walFile(), offsets[2] + 5);
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(20, store.snapshot().rowCount());
            assertEquals(5, store.stats().walBytesCutAtOpen());
        }
    }

    @Test
    void garbageAfterTheLastRecordIsCut() throws IOException {
        threeCommits();
        byte[] garbage = new byte[100];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(walFile(), garbage, StandardOpenOption.APPEND);
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(30, store.snapshot().rowCount());
            assertEquals(100, store.stats().walBytesCutAtOpen());
        }
    }

    @Test
    void flippedBitInAMiddleRecordEndsTheLogThere() throws IOException {
        long[] offsets = threeCommits();
        flipByte(walFile(), (offsets[1] + offsets[2]) / 2);
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(10, store.snapshot().rowCount());
            assertEquals(Map.of("ch", "0"), store.offsetTokens());
            assertEquals(offsets[3] - offsets[1], store.stats().walBytesCutAtOpen());
            List<Object[]> rows = readAll(store.snapshot());
            rows.sort(Comparator.comparingLong(r -> (Long) r[0]));
            assertEquals(0L, rows.get(0)[0]);
            assertEquals(9L, rows.get(9)[0]);
        }
    }

    @Test
    void walFileWithADamagedHeaderIsDiscarded() throws IOException {
        threeCommits();
        flipByte(walFile(), 3);
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(0, store.snapshot().rowCount());
            store.append(sensorBatch(0, 3), Map.of());
        }
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(3, store.snapshot().rowCount());
        }
    }

    @Test
    void laterWalFilesAfterACutAreDeleted() throws IOException {
        try (TableStore store = TableStore.create(table(), sensorSchema(), TableStoreTest.manual())) {
            store.append(sensorBatch(0, 10), Map.of());
            store.append(sensorBatch(10, 10), Map.of());
        }
        Path second = WalFiles.path(table().resolve("wal"), 3);
        Files.copy(walFile(), second);
        long size = Files.size(walFile());
        flipByte(walFile(), size - 3);
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(10, store.snapshot().rowCount());
            assertFalse(Files.exists(second));
        }
    }

    @Test
    void corruptChunkFailsTheReadNamingTheFile() throws IOException {
        Path segment = sealedTable();
        ByteBuffer trailer = ByteBuffer.wrap(Files.readAllBytes(segment)).order(ByteOrder.LITTLE_ENDIAN);
        long footerOffset = trailer.getLong((int) Files.size(segment) - 24);
        flipByte(segment, footerOffset - 3);
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            // The last chunk written is the last block of the last shredded path (location:zone).
            assertEquals(1000, readAll(store.snapshot()).size(), "chunks that were not damaged still read");
            SegmentView view = store.snapshot().segments().get(0);
            ShreddedColumn zone = view.shredded(6, "zone");
            dev.floe.types.vector.StringVector target = new dev.floe.types.vector.StringVector(1);
            StorageCorruptException e = assertThrows(StorageCorruptException.class, () -> {
                for (int b = 0; b < view.blockCount(); b++) {
                    zone.read(b, target);
                }
            });
            assertEquals(segment, e.file());
            assertEquals(segment + ": checksum mismatch in column 6 path zone block " + (view.blockCount() - 1), e.getMessage());
        }
    }

    @Test
    void corruptHeaderOrFooterFailsTheOpen() throws IOException {
        Path segment = sealedTable();
        byte[] original = Files.readAllBytes(segment);
        flipByte(segment, 20);
        StorageCorruptException header = assertThrows(StorageCorruptException.class,
                () -> TableStore.open(table(), TableStoreTest.manual()));
        assertEquals(segment + ": header checksum mismatch", header.getMessage());

        Files.write(segment, original);
        flipByte(segment, original.length - 30);
        StorageCorruptException footer = assertThrows(StorageCorruptException.class,
                () -> TableStore.open(table(), TableStoreTest.manual()));
        assertEquals(segment + ": footer checksum mismatch", footer.getMessage());

        Files.write(segment, java.util.Arrays.copyOf(original, original.length - 1));
        StorageCorruptException truncated = assertThrows(StorageCorruptException.class,
                () -> TableStore.open(table(), TableStoreTest.manual()));
        assertTrue(truncated.getMessage().contains("end magic missing"), truncated.getMessage());
    }

    @Test
    void missingSegmentOrCorruptManifestFailsTheOpen() throws IOException {
        Path segment = sealedTable();
        Path moved = dir.resolve("moved");
        Files.move(segment, moved);
        StorageCorruptException missing = assertThrows(StorageCorruptException.class,
                () -> TableStore.open(table(), TableStoreTest.manual()));
        assertEquals(segment + ": segment listed in the manifest is missing", missing.getMessage());
        Files.move(moved, segment);

        flipByte(table().resolve("MANIFEST"), 30);
        StorageCorruptException manifest = assertThrows(StorageCorruptException.class,
                () -> TableStore.open(table(), TableStoreTest.manual()));
        assertEquals(table().resolve("MANIFEST") + ": manifest checksum mismatch", manifest.getMessage());
    }

    @Test
    void filesNoManifestRefersToAreRemovedAtOpen() throws IOException {
        Path segment = sealedTable();
        Path stray = SegmentFiles.path(table().resolve("segments"), 99);
        Files.copy(segment, stray);
        Path temp = table().resolve("segments/seg-00000000000000000100.floe.tmp");
        Files.writeString(temp, "half");
        try (TableStore store = TableStore.open(table(), TableStoreTest.manual())) {
            assertEquals(1000, store.snapshot().rowCount());
            assertFalse(Files.exists(stray));
            assertFalse(Files.exists(temp));
            assertTrue(Files.exists(segment));
        }
    }

    @Test
    void verifyingAllChunksFindsCorruptionWithoutReading() throws IOException {
        Path segment = sealedTable();
        long size = Files.size(segment);
        ByteBuffer trailer = ByteBuffer.wrap(Files.readAllBytes(segment)).order(ByteOrder.LITTLE_ENDIAN);
        long footerOffset = trailer.getLong((int) size - 24);
        flipByte(segment, footerOffset / 2);
        dev.floe.storage.segment.SealedSegment opened = dev.floe.storage.segment.SealedSegment.open(segment, c -> null);
        assertThrows(StorageCorruptException.class, opened::verifyAllChunks);
    }

    /** A table with one sealed segment of 1000 sensor rows; returns the segment file. */
    private Path sealedTable() throws IOException {
        try (TableStore store = TableStore.create(table(), sensorSchema(), TableStoreTest.manual())) {
            store.append(sensorBatch(0, 1000), Map.of());
            store.sealNow();
            return ((dev.floe.storage.segment.SealedSegment) store.snapshot().segments().get(0)).file();
        }
    }

    static void flipByte(Path file, long position) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) position] ^= 0x10;
        Files.write(file, bytes);
    }

    static void truncate(Path file, long length) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }
}
