package dev.floe.server.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.floe.engine.ingest.ChannelStatus;
import dev.floe.engine.ingest.PipeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The JSON bodies of the Snowpipe Streaming API, with the field names the official SDK reads. */
final class StreamingJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** How long the (never used) stage credentials of pipe-info claim to be valid. */
    private static final long STAGE_EXPIRY_MS = 3_600_000;
    private static final ObjectNode PIPE_INFO_TEMPLATE = loadTemplate();

    private StreamingJson() {
    }

    static ObjectNode channelStatus(ChannelStatus s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("database_name", s.databaseName());
        n.put("schema_name", s.schemaName());
        n.put("pipe_name", s.pipeName());
        n.put("channel_name", s.channelName());
        n.put("channel_status_code", s.channelStatusCode());
        n.put("last_committed_offset_token", s.lastCommittedOffsetToken());
        n.put("created_on_ms", s.createdOnMs());
        n.put("rows_inserted", s.rowsInserted());
        n.put("rows_parsed", s.rowsParsed());
        n.put("rows_error_count", s.rowsErrorCount());
        n.put("last_error_offset_upper_bound", s.lastErrorOffsetUpperBound());
        n.put("last_error_message", s.lastErrorMessage());
        n.put("last_error_timestamp_ms", s.lastErrorTimestampMs());
        n.put("snowflake_avg_processing_latency_ms", s.snowflakeAvgProcessingLatencyMs());
        return n;
    }

    /**
     * The pipe-info answer the SDK needs before it builds a client. The stage and key serve only the
     * SDK's file mode, which cannot reach Floe; {@code max_append_request_buffer_duration_ms: 0}
     * makes it send each append call at once, in small batches that stay in row mode.
     */
    static ObjectNode pipeInfo(PipeInfo pipe, long nowMillis) {
        ObjectNode n = PIPE_INFO_TEMPLATE.deepCopy();
        ObjectNode stage = (ObjectNode) n.get("stage_location");
        stage.put("expiry_time_ms", nowMillis + STAGE_EXPIRY_MS);
        n.put("database_name", pipe.databaseName());
        n.put("schema_name", pipe.schemaName());
        n.put("pipe_name", pipe.pipeName());
        n.put("table_name", pipe.tableName());
        n.put("pipe_id", pipe.pipeId());
        n.put("created_on_ms", pipe.createdOnMs());
        return n;
    }

    private static ObjectNode loadTemplate() {
        try (InputStream in = StreamingJson.class.getResourceAsStream("pipe-info-template.json")) {
            if (in == null) throw new IllegalStateException("pipe-info-template.json is missing from the classpath");
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read pipe-info-template.json: " + e.getMessage(), e);
        }
    }
}
