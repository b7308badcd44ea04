package dev.floe.storage.wal;

import dev.floe.storage.StorageCorruptException;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.DurableFiles;
import dev.floe.storage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Recovery's side of the WAL: replays, in order, every record after the point the segments cover,
 * and ends the log at the first record that is short, fails its checksum, does not decode, or
 * breaks the commit-seq chain — a torn write and a corrupted byte both end the log there. The
 * file is cut at that record and later files are deleted (their commits followed a lost one).
 * When every surviving record is already covered by segments, all WAL files are deleted so that
 * the writer starts a fresh file.
 */
public final class WalReader {
    private static final int MIN_PAYLOAD = 8 + 8 + 1;

    private WalReader() {
    }

    /** What replay found: the last commit seq (at least the covered one) and bytes discarded. */
    public record Result(long lastSeq, long bytesCut) {
    }

    public static Result replay(Path directory, long coveredSeq, WalRecords.Replay replay) throws IOException {
        List<Path> files = WalFiles.list(directory);
        if (!files.isEmpty() && WalFiles.firstSeqOf(files.get(0)) > coveredSeq + 1) {
            throw new StorageCorruptException(files.get(0), "WAL gap: segments cover commits up to " + coveredSeq
                    + " but the oldest WAL file starts at commit " + WalFiles.firstSeqOf(files.get(0)));
        }
        long bytesCut = 0;
        long chainSeq = files.isEmpty() ? coveredSeq : WalFiles.firstSeqOf(files.get(0)) - 1;
        boolean ended = false;
        for (Path file : files) {
            long size = Files.size(file);
            if (ended || WalFiles.firstSeqOf(file) != chainSeq + 1) {
                ended = true;
                bytesCut += size;
                Files.delete(file);
                continue;
            }
            FileReplay result = replayFile(file, size, chainSeq, coveredSeq, replay);
            chainSeq = result.lastSeq;
            if (result.validEnd < size) {
                ended = true;
                bytesCut += size - result.validEnd;
                if (result.validEnd < WalFiles.HEADER_BYTES) {
                    Files.delete(file);
                } else {
                    truncate(file, result.validEnd);
                }
            }
        }
        if (chainSeq <= coveredSeq) {
            for (Path file : WalFiles.list(directory)) {
                Files.delete(file);
            }
        }
        DurableFiles.fsyncDirectory(directory);
        return new Result(Math.max(chainSeq, coveredSeq), bytesCut);
    }

    private record FileReplay(long lastSeq, long validEnd) {
    }

    private static FileReplay replayFile(Path file, long size, long chainSeq, long coveredSeq, WalRecords.Replay replay)
            throws IOException {
        if (size > Integer.MAX_VALUE) {
            throw new StorageCorruptException(file, "WAL file of " + size + " bytes exceeds 2 GiB");
        }
        ByteBuffer map;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
        }
        if (!validHeader(map, (int) size, chainSeq + 1)) {
            return new FileReplay(chainSeq, 0);
        }
        int position = WalFiles.HEADER_BYTES;
        while (position < size) {
            int payloadLength = validRecordLength(map, position, (int) size);
            if (payloadLength < 0) {
                break;
            }
            int payload = position + WalFiles.RECORD_HEADER_BYTES;
            long seq = map.getLong(payload);
            if (seq != chainSeq + 1) {
                break;
            }
            if (seq > coveredSeq) {
                try {
                    WalRecords.decode(new ByteReader(map, payload + 8, payload + payloadLength), seq, replay);
                } catch (FormatException e) {
                    break;
                } catch (RuntimeException e) {
                    throw new StorageCorruptException(file, "WAL record " + seq + " cannot be applied: " + e.getMessage(), e);
                }
            }
            chainSeq = seq;
            position = payload + payloadLength;
        }
        return new FileReplay(chainSeq, position);
    }

    private static boolean validHeader(ByteBuffer map, int size, long firstSeq) {
        if (size < WalFiles.HEADER_BYTES) {
            return false;
        }
        for (int i = 0; i < WalFiles.MAGIC.length; i++) {
            if (map.get(i) != WalFiles.MAGIC[i]) {
                return false;
            }
        }
        return map.getInt(8) == WalFiles.VERSION && map.getLong(12) == firstSeq && map.getInt(20) == crc(map, 0, 20);
    }

    /** The payload length of a complete, checksum-valid record at {@code position}, else -1. */
    private static int validRecordLength(ByteBuffer map, int position, int size) {
        if (size - position < WalFiles.RECORD_HEADER_BYTES || map.getInt(position) != WalFiles.RECORD_MAGIC) {
            return -1;
        }
        int length = map.getInt(position + 4);
        int payload = position + WalFiles.RECORD_HEADER_BYTES;
        if (length < MIN_PAYLOAD || length > size - payload) {
            return -1;
        }
        return crc(map, payload, length) == map.getInt(position + 8) ? length : -1;
    }

    private static int crc(ByteBuffer map, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(map.slice(offset, length));
        return (int) crc.getValue();
    }

    private static void truncate(Path file, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
            channel.force(true);
        }
    }
}
