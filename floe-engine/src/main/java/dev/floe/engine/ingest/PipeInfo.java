package dev.floe.engine.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pipe: the named entry point of streaming ingest into one table. {@code isDefault} marks the
 * pipe {@code <TABLE>-STREAMING} created on first use (its owner is null, as Snowflake shows it);
 * {@code definition} is the pipe's {@code COPY INTO} text as SHOW PIPES and DESCRIBE PIPE show it.
 * {@code fieldMapping} (JSON key to column, in the order of the pipe's SELECT) is empty when JSON
 * keys match columns by name; otherwise only the mapped keys are read and the others ignored.
 */
public record PipeInfo(long pipeId, String databaseName, String schemaName, String pipeName, String tableName,
                       boolean isDefault, String definition, String owner, long createdOnMs, String comment,
                       Map<String, String> fieldMapping) {

    public PipeInfo {
        fieldMapping = fieldMapping == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldMapping));
    }

    public static final String DEFAULT_SUFFIX = "-STREAMING";
    public static final String DEFAULT_COMMENT =
            "Default pipe for Snowpipe Streaming High Performance ingestion to a table. Created and managed by Floe.";
}
