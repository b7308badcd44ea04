package dev.floe.engine.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pipes, channel figures and usage history in {@code <dataDir>/ingest/state.json}, replaced
 * atomically. Committed offset tokens are not here: they live in the table stores, atomic with the
 * rows. A crash can lose the last second of counters, never a committed token or row.
 */
final class IngestStateFile {
    static final int FORMAT_VERSION = 1;

    record State(int formatVersion, long nextPipeId, List<PipeInfo> pipes, List<StoredChannel> channels,
                 List<StoredUsage> usage) {
    }

    record StoredChannel(String database, String schema, String pipe, String channel, long tableId, long createdOnMs,
                         long rowsInserted, long rowsParsed, long rowsErrorCount, long bytesInserted, long lastCommitMs,
                         String lastErrorOffsetUpperBound, String lastErrorMessage, Long lastErrorTimestampMs,
                         long avgLatencyMs, String openedByUser, String openedByRole) {
    }

    record StoredUsage(String database, String schema, String pipe, long startMs, long bytes, long rows, long calls) {
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    IngestStateFile(Path dataDir) {
        this.file = dataDir.resolve("ingest").resolve("state.json");
    }

    /** The stored state, or null when there is none yet. */
    State load() throws IOException {
        if (!Files.exists(file)) return null;
        State state;
        try {
            state = mapper.readValue(file.toFile(), State.class);
        } catch (IOException e) {
            throw new IOException("ingest state file " + file + " is unreadable: " + e.getMessage(), e);
        }
        if (state.formatVersion() > FORMAT_VERSION) {
            throw new IOException("ingest state file " + file + " has format version " + state.formatVersion()
                    + ", newer than this Floe understands (" + FORMAT_VERSION + ")");
        }
        return state;
    }

    void save(State state) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = mapper.writeValueAsBytes(state);
        ByteSink sink = new ByteSink(bytes.length);
        sink.putBytes(bytes);
        DurableFiles.replaceAtomically(file, sink);
    }
}
