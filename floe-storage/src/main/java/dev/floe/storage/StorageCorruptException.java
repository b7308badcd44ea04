package dev.floe.storage;

import java.nio.file.Path;

/**
 * Stored bytes failed a check (checksum, magic, length, structure). Unchecked so that block reads
 * can raise it; it always names the file and what was wrong, and is never swallowed into a
 * silently wrong answer.
 */
public final class StorageCorruptException extends RuntimeException {
    private final Path file;

    public StorageCorruptException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public StorageCorruptException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
