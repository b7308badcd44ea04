package dev.floe.engine.ingest;

/**
 * A channel as SHOW CHANNELS lists it: its status plus the table it writes to, the bytes its
 * committed appends carried, when it last committed, and who opened it last.
 */
public record ChannelInfo(ChannelStatus status, String tableName, long bytesInserted, long lastCommitMs,
                          String openedByUser, String openedByRole) {
}
