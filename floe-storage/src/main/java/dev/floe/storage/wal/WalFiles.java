package dev.floe.storage.wal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * WAL file names and headers. The WAL is a sequence of files {@code wal-<first commit seq, 20
 * digits>.log}; each starts with a 24-byte header (magic, version, first seq, CRC) followed by
 * records.
 */
public final class WalFiles {
    static final byte[] MAGIC = {'F', 'L', 'O', 'E', 'W', 'A', 'L', 0};
    static final int VERSION = 1;
    static final int HEADER_BYTES = 24;
    /** "FRec" little-endian: marks the start of every record. */
    static final int RECORD_MAGIC = 0x63655246;
    static final int RECORD_HEADER_BYTES = 12;

    private static final String PREFIX = "wal-";
    private static final String SUFFIX = ".log";

    private WalFiles() {
    }

    public static Path path(Path directory, long firstSeq) {
        return directory.resolve(String.format("%s%020d%s", PREFIX, firstSeq, SUFFIX));
    }

    static long firstSeqOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX) || name.length() != PREFIX.length() + 20 + SUFFIX.length()) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring(PREFIX.length(), PREFIX.length() + 20));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The WAL files of a directory, oldest first. */
    public static List<Path> list(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            for (Path file : stream) {
                if (firstSeqOf(file) >= 0) {
                    files.add(file);
                }
            }
        }
        files.sort((a, b) -> Long.compare(firstSeqOf(a), firstSeqOf(b)));
        return files;
    }
}
