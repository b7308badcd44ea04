package dev.floe.engine.ingest;

/**
 * A channel's status with the fields of Snowflake's {@code channel_status} JSON: the last
 * committed offset token, row counters since the channel was created, and the last per-row error.
 */
public record ChannelStatus(String databaseName, String schemaName, String pipeName, String channelName,
                            String channelStatusCode, String lastCommittedOffsetToken, long createdOnMs,
                            long rowsInserted, long rowsParsed, long rowsErrorCount, String lastErrorOffsetUpperBound,
                            String lastErrorMessage, Long lastErrorTimestampMs, long snowflakeAvgProcessingLatencyMs) {
    public static final String SUCCESS = "SUCCESS";
}
