package dev.floe.storage.io;

/** Bytes that do not decode: truncated, out of range, or otherwise not what the format says. */
public final class FormatException extends RuntimeException {
    public FormatException(String message) {
        super(message);
    }
}
