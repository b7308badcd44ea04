package dev.floe.engine.ingest;

import dev.floe.engine.catalog.TableDef;
import dev.floe.storage.TableSchema;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One channel of a pipe: an ordered stream of appends from one writer at a time. Opening it again
 * starts a new generation and issues a new continuation token, which fences the previous writer.
 * Appends, opens and drops of a channel are serialized by {@link #lock}; its status is published
 * as an immutable {@link ChannelStatus} so that status polls and SHOW CHANNELS never wait for an append.
 */
final class Channel {
    final PipeState pipe;
    final String name;
    /** The channel's key among the table store's offset tokens: {@code <PIPE>/<CHANNEL>}. */
    final String tokenKey;
    final ReentrantLock lock = new ReentrantLock();

    /** Written under lock; read without it by listings. */
    volatile long tableId;
    // Guarded by lock.
    long createdOnMs;
    long generation;
    long sequence;
    /** The token the next append must present; null until opened in this process, or once dropped. */
    String continuationToken;
    boolean dropped;
    NdjsonDecoder decoder;
    String committedToken;
    long rowsInserted;
    long rowsParsed;
    long rowsErrorCount;
    long bytesInserted;
    long lastCommitMs;
    String lastErrorOffsetUpperBound;
    String lastErrorMessage;
    Long lastErrorTimestampMs;
    double avgLatencyMs;
    String openedByUser;
    String openedByRole;

    private volatile ChannelStatus status;
    private volatile ChannelInfo info;

    Channel(PipeState pipe, String name, long tableId, long createdOnMs) {
        this.pipe = pipe;
        this.name = name;
        this.tokenKey = pipe.info.pipeName() + "/" + name;
        this.tableId = tableId;
        this.createdOnMs = createdOnMs;
        publish();
    }

    /** The decoder for the table's current version, rebuilt after DDL changed the table. */
    NdjsonDecoder decoder(TableDef table, TableSchema schema) {
        if (decoder == null || decoder.shape.table != table) {
            decoder = new NdjsonDecoder(new TableShape(table, schema, pipe.info.fieldMapping()));
        }
        return decoder;
    }

    /** Forgets everything of an earlier table of the same name (the table was replaced). */
    void rebind(long newTableId, long nowMs) {
        tableId = newTableId;
        createdOnMs = nowMs;
        committedToken = null;
        rowsInserted = 0;
        rowsParsed = 0;
        rowsErrorCount = 0;
        bytesInserted = 0;
        lastCommitMs = 0;
        lastErrorOffsetUpperBound = null;
        lastErrorMessage = null;
        lastErrorTimestampMs = null;
        decoder = null;
    }

    /** Makes the current figures visible to {@link #status()}; call with the lock held (or before sharing). */
    void publish() {
        PipeInfo p = pipe.info;
        status = new ChannelStatus(p.databaseName(), p.schemaName(), p.pipeName(), name, ChannelStatus.SUCCESS,
                committedToken, createdOnMs, rowsInserted, rowsParsed, rowsErrorCount, lastErrorOffsetUpperBound,
                lastErrorMessage, lastErrorTimestampMs, Math.round(avgLatencyMs));
        info = new ChannelInfo(status, p.tableName(), bytesInserted, lastCommitMs, openedByUser, openedByRole);
    }

    ChannelStatus status() {
        return status;
    }

    ChannelInfo info() {
        return info;
    }
}
