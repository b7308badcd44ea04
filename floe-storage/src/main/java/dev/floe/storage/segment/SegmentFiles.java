package dev.floe.storage.segment;

import java.nio.file.Path;

/** Names of segment files: {@code seg-<id, 20 digits>.floe} inside the table's segment directory. */
public final class SegmentFiles {
    static final byte[] MAGIC = {'F', 'L', 'O', 'E', 'S', 'E', 'G', 0};
    static final byte[] END_MAGIC = {'F', 'L', 'O', 'E', 'E', 'N', 'D', 0};
    static final int FORMAT_VERSION = 1;
    /** footer offset (8), footer length (4), footer CRC (4), end magic (8). */
    static final int TRAILER_BYTES = 24;
    static final int LAYOUT_VALUES = 0;
    static final int LAYOUT_DICTIONARY = 1;

    private static final String PREFIX = "seg-";
    private static final String SUFFIX = ".floe";

    private SegmentFiles() {
    }

    public static Path path(Path directory, long id) {
        return directory.resolve(String.format("%s%020d%s", PREFIX, id, SUFFIX));
    }

    /** The id named by a segment file name, or -1 when the name is not one. */
    public static long idOf(Path file) {
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
}
