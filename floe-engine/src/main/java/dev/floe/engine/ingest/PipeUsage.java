package dev.floe.engine.ingest;

/** A pipe's committed ingest in one window of PIPE_USAGE_HISTORY. */
public record PipeUsage(long pipeId, String databaseName, String schemaName, String pipeName, long startMs, long endMs,
                        long bytesInserted, long rowsInserted, long appendCalls) {
}
