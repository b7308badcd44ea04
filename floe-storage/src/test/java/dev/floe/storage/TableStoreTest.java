package dev.floe.storage;

import static dev.floe.storage.TestTables.allTypesBatch;
import static dev.floe.storage.TestTables.allTypesRow;
import static dev.floe.storage.TestTables.allTypesSchema;
import static dev.floe.storage.TestTables.readAll;
import static dev.floe.storage.TestTables.sameValue;
import static dev.floe.storage.TestTables.sensorBatch;
import static dev.floe.storage.TestTables.sensorSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableStoreTest {
    @TempDir
    Path dir;

    static StoreOptions manual() {
        return StoreOptions.builder().backgroundMaintenance(false).blockRows(64).compactMinSegments(2).build();
    }

    @Test
    void appendedRowsAreVisibleToNewSnapshotsOnly() throws IOException {
        try (TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), manual())) {
            Snapshot empty = store.snapshot();
            CommitInfo first = store.append(sensorBatch(0, 100), Map.of("ch", "100"));
            Snapshot afterFirst = store.snapshot();
            CommitInfo second = store.append(sensorBatch(100, 50), Map.of());

            assertEquals(new CommitInfo(1, 100), first);
            assertEquals(new CommitInfo(2, 50), second);
            assertEquals(0, empty.rowCount());
            assertEquals(List.of(), empty.segments());
            assertEquals(100, afterFirst.rowCount());
            assertEquals(100, readAll(afterFirst).size());
            assertEquals(Map.of("ch", "100"), afterFirst.offsetTokens());
            assertEquals(150, store.snapshot().rowCount());
            assertEquals(2, store.snapshot().commitSeq());
            assertEquals(Map.of("ch", "100"), store.offsetTokens());
        }
    }

    @Test
    void openSegmentReadsGiveDictionaryStrings() throws IOException {
        try (TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), manual())) {
            store.append(sensorBatch(0, 10), Map.of());
            SegmentView open = store.snapshot().segments().get(0);
            StringVector devices = new StringVector(1);
            open.read(0, 1, devices);

            assertFalse(open.sealed());
            assertTrue(devices.isDictionary());
            assertEquals("DEVICE_001", devices.get(0));
            assertEquals("DEVICE_008", devices.get(1));
        }
    }

    @Test
    void everyTypeRoundTripsThroughOpenSealReopenAndCompaction() throws IOException {
        Path table = dir.resolve("t");
        try (TableStore store = TableStore.create(table, allTypesSchema(), manual())) {
            store.append(allTypesBatch(0, 150), Map.of());
            assertRows(store.snapshot(), 0, 150, false);
            store.sealNow();
            store.append(allTypesBatch(150, 100), Map.of());
            store.sealNow();
            store.append(allTypesBatch(250, 30), Map.of());
            assertRows(store.snapshot(), 0, 280, true);
        }
        try (TableStore store = TableStore.open(table, manual())) {
            assertEquals(2, store.stats().segmentCount());
            assertRows(store.snapshot(), 0, 280, true);
            store.compactNow();
            assertEquals(1, store.stats().segmentCount());
            assertRows(store.snapshot(), 0, 280, true);
            store.sealNow();
            store.compactNow();
            assertRows(store.snapshot(), 0, 280, true);
        }
        try (TableStore store = TableStore.open(table, manual())) {
            assertEquals(1, store.stats().segmentCount());
            assertEquals(0, store.stats().walBytesCutAtOpen());
            assertRows(store.snapshot(), 0, 280, true);
        }
    }

    /** Checks that the snapshot holds exactly rows [from, to) of allTypesBatch, in any order. */
    private static void assertRows(Snapshot snapshot, long from, long to, boolean anyOrder) {
        List<Object[]> rows = readAll(snapshot);
        assertEquals(to - from, rows.size());
        if (anyOrder) {
            rows.sort(Comparator.comparingLong(r -> (Long) r[0]));
        }
        for (int i = 0; i < rows.size(); i++) {
            Object[] expected = allTypesRow(from + i);
            Object[] actual = rows.get(i);
            for (int c = 0; c < expected.length; c++) {
                assertTrue(sameValue(expected[c], actual[c]),
                        "row " + (from + i) + " column " + c + ": expected " + TestTables.describe(expected) + " got " + TestTables.describe(actual));
            }
        }
    }

    @Test
    void sealedRowsAreSortedByTimeBucketThenClusterKeyAndStringsUseASortedDictionary() throws IOException {
        long bucket = 60_000_000_000L;
        try (TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), manual())) {
            // 100 rows/s for 12 minutes: twelve one-minute buckets.
            store.append(sensorBatch(0, 72_000), Map.of());
            store.sealNow();
            Snapshot snapshot = store.snapshot();
            SegmentView segment = snapshot.segments().get(0);
            assertTrue(segment.sealed());
            List<Object[]> rows = readAll(snapshot);
            long buckets = 1;
            for (int i = 1; i < rows.size(); i++) {
                long previousBucket = Math.floorDiv((Long) rows.get(i - 1)[5], bucket);
                long thisBucket = Math.floorDiv((Long) rows.get(i)[5], bucket);
                int byDevice = ((String) rows.get(i - 1)[1]).compareTo((String) rows.get(i)[1]);
                assertTrue(previousBucket < thisBucket || (previousBucket == thisBucket && (byDevice < 0
                        || (byDevice == 0 && (Long) rows.get(i - 1)[5] <= (Long) rows.get(i)[5]))),
                        "row " + i + " out of (time bucket, cluster key) order");
                if (previousBucket != thisBucket) buckets++;
            }
            assertTrue(buckets >= 12, "data spans " + buckets + " buckets");
            StringVector devices = new StringVector(1);
            segment.read(3, 1, devices);
            assertTrue(devices.isDictionary());
            assertEquals(20, devices.dictionary.length);
            for (int i = 1; i < devices.dictionary.length; i++) {
                assertTrue(devices.dictionary[i - 1].compareTo(devices.dictionary[i]) < 0);
            }
        }
    }

    @Test
    void zoneMapsMatchTheValuesOfEachBlock() throws IOException {
        try (TableStore store = TableStore.create(dir.resolve("t"), allTypesSchema(), manual())) {
            store.append(allTypesBatch(0, 300), Map.of());
            checkZoneMaps(store.snapshot().segments().get(0));
            store.sealNow();
            checkZoneMaps(store.snapshot().segments().get(0));
        }
    }

    private static void checkZoneMaps(SegmentView segment) {
        TableSchema schema = allTypesSchema();
        for (int c = 0; c < schema.columnCount(); c++) {
            ColumnVector vector = ColumnVector.allocate(schema.physicalType(c), 1);
            ColumnStats total = null;
            for (int b = 0; b < segment.blockCount(); b++) {
                segment.read(b, c, vector);
                ColumnStats expected = dev.floe.storage.column.VectorStats.of(vector, segment.blockRowCount(b));
                assertEquals(expected, segment.blockStats(b, c), "column " + c + " block " + b);
                total = total == null ? expected : total.merge(expected);
            }
            assertEquals(total, segment.stats(c), "column " + c);
        }
        ColumnStats ids = segment.stats(0);
        assertEquals(0, ids.minLong());
        assertEquals(299, ids.maxLong());
        assertEquals(0, ids.nullCount());
        ColumnStats longs = segment.stats(2);
        assertEquals(Long.MIN_VALUE, longs.minLong());
        assertEquals(Long.MAX_VALUE, longs.maxLong());
        assertEquals(28, longs.nullCount()); // multiples of 11 below 300
        assertTrue(Double.isNaN(segment.stats(3).maxDouble()));
        assertEquals("s0", segment.stats(4).minString());
        assertEquals("s9ü€", segment.stats(4).maxString());
        assertFalse(segment.stats(5).hasMinMax());
    }

    @Test
    void doublesWithFewDecimalsAndRandomDoublesRoundTripExactly() throws IOException {
        TableSchema schema = new TableSchema(List.of(new ColumnSpec("d", SqlType.FLOAT, false)), new int[0]);
        java.util.Random random = new java.util.Random(42);
        double[] values = new double[5000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 2500 ? Math.round(random.nextDouble() * 100000) / 100.0 : random.nextGaussian() * 1e10;
        }
        try (TableStore store = TableStore.create(dir.resolve("t"), schema, manual())) {
            DoubleVector vector = new DoubleVector(values.length);
            System.arraycopy(values, 0, vector.values, 0, values.length);
            store.append(new ColumnBatch(new ColumnVector[] {vector}, values.length), Map.of());
            store.sealNow();
            List<Object[]> rows = readAll(store.snapshot());
            for (int i = 0; i < values.length; i++) {
                assertEquals(values[i], (Double) rows.get(i)[0], 0.0, "row " + i);
            }
        }
    }

    @Test
    void invalidBatchesAreRejectedNamingTheColumnAndStoreNothing() throws IOException {
        try (TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), manual())) {
            ColumnBatch nullDevice = sensorBatch(0, 10);
            nullDevice.column(1).setNull(3);
            IllegalArgumentException notNull = assertThrows(IllegalArgumentException.class, () -> store.append(nullDevice, Map.of()));
            assertEquals("column device_id is NOT NULL but row 3 is NULL", notNull.getMessage());

            ColumnBatch wrongType = sensorBatch(0, 10);
            ColumnVector[] columns = new ColumnVector[7];
            for (int c = 0; c < 7; c++) {
                columns[c] = wrongType.column(c);
            }
            columns[3] = new LongVector(10);
            IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                    () -> store.append(new ColumnBatch(columns, 10), Map.of()));
            assertEquals("column value of type FLOAT needs DOUBLE values, got a LONG vector", type.getMessage());

            ColumnBatch missing = sensorBatch(0, 10);
            ((StringVector) missing.column(2)).values[4] = null;
            IllegalArgumentException noValue = assertThrows(IllegalArgumentException.class, () -> store.append(missing, Map.of()));
            assertEquals("column sensor_type row 4 has neither a value nor a NULL mark", noValue.getMessage());

            ColumnBatch narrow = new ColumnBatch(new ColumnVector[] {new LongVector(1)}, 1);
            IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> store.append(narrow, Map.of()));
            assertEquals("batch has 1 columns, the table has 7", count.getMessage());

            assertEquals(0, store.snapshot().rowCount());
            assertEquals(0, store.snapshot().commitSeq());
            store.append(sensorBatch(0, 5), Map.of());
            assertEquals(new CommitInfo(2, 7), store.append(sensorBatch(5, 7), Map.of()));
        }
    }

    @Test
    void offsetTokensAreDurableWithTheirRows() throws IOException {
        Path table = dir.resolve("t");
        try (TableStore store = TableStore.create(table, sensorSchema(), manual())) {
            store.append(sensorBatch(0, 10), Map.of("p0", "9"));
            store.append(sensorBatch(10, 10), Map.of("p1", "4"));
            store.sealNow();
            store.append(sensorBatch(20, 10), Map.of("p0", "19"));
            store.append(ColumnBatch.allocate(TestTables.types(sensorSchema()), 0), Map.of("p2", "0"));
        }
        try (TableStore store = TableStore.open(table, manual())) {
            assertEquals(Map.of("p0", "19", "p1", "4", "p2", "0"), store.offsetTokens());
            assertEquals(30, store.snapshot().rowCount());
            assertEquals(4, store.snapshot().commitSeq());
            store.sealNow();
        }
        try (TableStore store = TableStore.open(table, manual())) {
            assertEquals(Map.of("p0", "19", "p1", "4", "p2", "0"), store.offsetTokens());
            assertEquals(30, store.snapshot().rowCount());
            assertEquals(0, store.stats().walBytes() - 24, "only an empty WAL file remains");
        }
    }

    @Test
    void addedColumnReadsNullForOlderRowsAcrossSealAndReopen() throws IOException {
        Path table = dir.resolve("t");
        TableSchema schema = new TableSchema(List.of(new ColumnSpec("id", SqlType.NUMBER, false)), new int[] {0});
        try (TableStore store = TableStore.create(table, schema, manual())) {
            store.append(longs(1, 2, 3), Map.of());
            store.sealNow();
            store.append(longs(4), Map.of());
            store.addColumn(new ColumnSpec("name", SqlType.VARCHAR, true));
            assertThrows(IllegalArgumentException.class, () -> store.addColumn(new ColumnSpec("name", SqlType.VARCHAR, true)));
            IllegalArgumentException notNull = assertThrows(IllegalArgumentException.class,
                    () -> store.addColumn(new ColumnSpec("n2", SqlType.NUMBER, false)));
            assertEquals("cannot add NOT NULL column n2 to a table that has rows", notNull.getMessage());
            ColumnBatch named = ColumnBatch.allocate(TestTables.types(store.schema()), 1);
            ((LongVector) named.column(0)).values[0] = 5;
            ((StringVector) named.column(1)).set(0, "five");
            named.setSize(1);
            store.append(named, Map.of());
            assertEquals(2, store.snapshot().schema().columnCount());
            assertNull(store.snapshot().segments().get(0).stats(1).minString());
            assertEquals(3, store.snapshot().segments().get(0).stats(1).nullCount());
        }
        for (int round = 0; round < 2; round++) {
            try (TableStore store = TableStore.open(table, manual())) {
                List<Object[]> rows = readAll(store.snapshot());
                rows.sort(Comparator.comparingLong(r -> (Long) r[0]));
                assertEquals(5, rows.size());
                for (int i = 0; i < 4; i++) {
                    assertNull(rows.get(i)[1]);
                }
                assertEquals("five", rows.get(4)[1]);
                store.sealNow();
                store.compactNow();
            }
        }
    }

    private static ColumnBatch longs(long... values) {
        LongVector vector = new LongVector(values.length);
        System.arraycopy(values, 0, vector.values, 0, values.length);
        return new ColumnBatch(new ColumnVector[] {vector}, values.length);
    }

    @Test
    void retentionDropsWholeOldSegments() throws IOException {
        try (TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), manual())) {
            store.append(sensorBatch(0, 100), Map.of());
            store.sealNow();
            store.append(sensorBatch(100, 100), Map.of());
            store.sealNow();
            store.append(sensorBatch(200, 100), Map.of());
            Snapshot before = store.snapshot();

            long dropped = store.dropSegmentsOlderThan(5, TestTables.T0 + 150 * (TestTables.SECOND / 100));

            assertEquals(100, dropped);
            assertEquals(200, store.snapshot().rowCount());
            assertEquals(300, readAll(before).size(), "an older snapshot still reads the dropped segment");
            assertThrows(IllegalArgumentException.class, () -> store.dropSegmentsOlderThan(1, 0));
        }
    }

    @Test
    void createRefusesANonEmptyDirectoryAndOpenAMissingTable() throws IOException {
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("t/other"), "x");
        IOException notEmpty = assertThrows(IOException.class, () -> TableStore.create(dir.resolve("t"), sensorSchema(), manual()));
        assertTrue(notEmpty.getMessage().endsWith("the directory is not empty"), notEmpty.getMessage());
        IOException missing = assertThrows(IOException.class, () -> TableStore.open(dir.resolve("none"), manual()));
        assertTrue(missing.getMessage().contains("MANIFEST is missing"), missing.getMessage());
    }

    @Test
    void closedStoreRefusesWork() throws IOException {
        TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), manual());
        store.close();
        assertThrows(IllegalStateException.class, () -> store.append(sensorBatch(0, 1), Map.of()));
        assertThrows(IllegalStateException.class, store::sealNow);
        TableStore.drop(dir.resolve("t"));
        assertFalse(Files.exists(dir.resolve("t")));
    }

    @Test
    void statsCountRowsSegmentsAndBytes() throws IOException {
        try (TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), manual())) {
            store.append(sensorBatch(0, 500), new HashMap<>());
            StoreStats open = store.stats();
            store.sealNow();
            StoreStats sealed = store.stats();
            assertEquals(500, open.rowCount());
            assertEquals(0, open.segmentCount());
            assertTrue(open.walBytes() > 500);
            assertEquals(1, sealed.segmentCount());
            assertEquals(24, sealed.walBytes());
            assertEquals(1, sealed.commitSeq());
            assertTrue(sealed.lastCommitMillis() > 0);
        }
    }
}
