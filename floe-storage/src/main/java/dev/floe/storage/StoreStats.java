package dev.floe.storage;

/**
 * Figures about a table store. {@code walBytesCutAtOpen} is how many bytes of torn or corrupt WAL
 * tail recovery discarded when the store was opened (0 after a clean shutdown).
 */
public record StoreStats(long rowCount, long bytesOnDisk, int segmentCount, long walBytes,
                         long lastCommitMillis, long commitSeq, long walBytesCutAtOpen) {
}
