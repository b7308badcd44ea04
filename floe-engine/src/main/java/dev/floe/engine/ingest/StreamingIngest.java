package dev.floe.engine.ingest;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.catalog.Catalog;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.security.Principal;
import dev.floe.storage.TableStore;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnBatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Streaming ingest, the engine behind the Snowpipe Streaming API: pipes (the default pipe
 * {@code <TABLE>-STREAMING} is created on first use), channels on them, and appends of NDJSON rows.
 *
 * <p>Exactly-once: the rows of one append and the channel's offset token are committed in one
 * durable {@link TableStore#append} (the token under the key {@code <PIPE>/<CHANNEL>}), so the
 * token a reopened channel reports, also after a crash, is exactly that of the last rows stored.
 * Opening a channel again fences its previous writer: continuation tokens carry the channel's
 * generation and a random part, and an append must present the token the previous call returned.
 *
 * <p>All names are canonical (identifier rules already applied by the caller). Every call takes
 * the acting {@link Principal}; opening a channel records it.
 */
public final class StreamingIngest implements AutoCloseable {
    public static final long DEFAULT_MEMORY_BUDGET_BYTES = 256L << 20;
    /** The largest decompressed body of one append. */
    public static final int MAX_BODY_BYTES = 128 << 20;
    /** A declared body size is only a hint: buffers start at most this large and grow with what arrives. */
    private static final int FIRST_READ_BYTES = 1 << 20;
    private static final long FLUSH_INTERVAL_MS = 1_000;
    private static final String DROPPED_TOKEN = "";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final Catalog catalog;
    private final InsertAuthorizer authorizer;
    private final LongFunction<TableStore> stores;
    private final IngestStateFile stateFile;
    private final IngestBudget budget;
    private final ConcurrentMap<ObjectName, PipeState> pipes = new ConcurrentHashMap<>();
    private final Object pipeLock = new Object();
    private final Object saveLock = new Object();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final ScheduledExecutorService flusher;
    private final AtomicLong nextPipeId = new AtomicLong(1);

    /** Loads the pipes and channels of {@code dataDir}; committed offset tokens come from the table stores. */
    public StreamingIngest(Path dataDir, Catalog catalog, LongFunction<TableStore> stores, long memoryBudgetBytes,
                           InsertAuthorizer authorizer) throws IOException {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.stateFile = new IngestStateFile(dataDir);
        this.budget = new IngestBudget(memoryBudgetBytes);
        restore(stateFile.load());
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "floe-ingest-state");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushIfDirty, FLUSH_INTERVAL_MS, FLUSH_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    // ---- pipes

    /** The pipe; a default pipe {@code <TABLE>-STREAMING} is created on first use when its table exists. */
    public PipeInfo pipeInfo(Principal principal, String db, String schema, String pipe) {
        Objects.requireNonNull(principal, "principal");
        PipeState ps = pipe(db, schema, pipe);
        table(ps);
        return ps.info;
    }

    /**
     * CREATE PIPE: a named pipe into {@code table} that maps JSON keys to columns as the default pipe
     * does. Names ending in {@code -STREAMING} are reserved for default pipes.
     */
    public PipeInfo createPipe(Principal principal, String db, String schema, String pipe, String table, String definition,
                               Map<String, String> fieldMapping, boolean orReplace, boolean ifNotExists, String comment) {
        Objects.requireNonNull(principal, "principal");
        if (pipe.endsWith(PipeInfo.DEFAULT_SUFFIX)) {
            throw IngestException.invalid("Pipe names ending in " + PipeInfo.DEFAULT_SUFFIX
                    + " are reserved for the default pipes of streaming ingest: " + pipe);
        }
        if (pipe.indexOf('/') >= 0) throw IngestException.invalid("Pipe names must not contain '/': " + pipe);
        TableDef target = catalog.current().table(ObjectName.object(db, schema, table));
        if (target == null) throw IngestException.tableNotFound(db, schema, table);
        for (String column : fieldMapping.values()) {
            if (target.columnIndex(column) < 0) {
                throw IngestException.invalid("Table " + target.name() + " has no column " + column);
            }
        }
        ObjectName key = ObjectName.object(db, schema, pipe);
        synchronized (pipeLock) {
            PipeState existing = pipes.get(key);
            if (existing != null && ifNotExists) return existing.info;
            if (existing != null && !orReplace) {
                throw new IngestException(IngestException.PIPE_ALREADY_EXISTS, 409, "Pipe " + key + " already exists.");
            }
            if (existing != null) forgetChannels(existing);
            PipeState ps = new PipeState(new PipeInfo(nextPipeId.getAndIncrement(), db, schema, pipe, table, false, definition,
                    principal.role(), System.currentTimeMillis(), comment, fieldMapping));
            pipes.put(key, ps);
            saveNow();
            return ps.info;
        }
    }

    /** DROP PIPE; false when there is no such pipe. Default pipes cannot be dropped by hand. */
    public boolean dropPipe(Principal principal, String db, String schema, String pipe) {
        Objects.requireNonNull(principal, "principal");
        ObjectName key = ObjectName.object(db, schema, pipe);
        synchronized (pipeLock) {
            PipeState ps = pipes.get(key);
            if (ps == null) return false;
            if (ps.info.isDefault()) {
                throw IngestException.invalid("The default pipe " + key + " cannot be dropped; it lives as long as its table");
            }
            forgetChannels(ps);
            pipes.remove(key);
            saveNow();
            return true;
        }
    }

    /** Pipes whose table exists, in name order. */
    public List<PipeInfo> pipes() {
        List<PipeInfo> out = new ArrayList<>();
        for (PipeState ps : pipes.values()) {
            if (currentTable(ps) != null) out.add(ps.info);
        }
        out.sort((a, b) -> ObjectName.object(a.databaseName(), a.schemaName(), a.pipeName())
                .compareTo(ObjectName.object(b.databaseName(), b.schemaName(), b.pipeName())));
        return out;
    }

    // ---- channels

    /**
     * Opens (creates or reopens) a channel and returns the token its first append must present, with
     * its status: the last committed offset token is the one stored with the channel's last rows.
     * Opening a channel that is open fences the previous opener. {@code initialOffsetToken} (may be
     * null) becomes the committed token of a channel that has none yet.
     */
    public ChannelOpened openChannel(Principal principal, String db, String schema, String pipe, String channel,
                                     String initialOffsetToken) {
        Objects.requireNonNull(principal, "principal");
        checkChannelName(channel);
        PipeState ps = pipe(db, schema, pipe);
        TableDef table = table(ps);
        authorize(principal, table);
        TableStore store = store(table);
        while (true) {
            long now = System.currentTimeMillis();
            Channel ch = ps.channels.computeIfAbsent(channel, n -> new Channel(ps, n, table.id(), now));
            ch.lock.lock();
            try {
                if (ch.dropped) continue;
                if (ch.tableId != table.id()) ch.rebind(table.id(), now);
                String committed = committedToken(store, ch.tokenKey);
                if (committed == null && initialOffsetToken != null && !initialOffsetToken.isEmpty()) {
                    commitTokenOnly(store, table, ch.tokenKey, initialOffsetToken);
                    committed = initialOffsetToken;
                }
                ch.committedToken = committed;
                ch.generation++;
                ch.sequence = 0;
                ch.continuationToken = newContinuationToken(ch);
                ch.openedByUser = principal.user();
                ch.openedByRole = principal.role();
                ch.publish();
                dirty.set(true);
                return new ChannelOpened(ch.continuationToken, ch.status());
            } finally {
                ch.lock.unlock();
            }
        }
    }

    /**
     * Appends the NDJSON rows of one call: all accepted rows and {@code offsetToken} (null or empty:
     * the committed token stays) are committed in one durable store append before this returns.
     * Rows that cannot be stored are skipped and counted in the channel status. A token other than
     * the one the previous call returned fails with {@link IngestException#CHANNEL_MUST_BE_REOPENED}
     * and writes nothing; a full ingest memory budget fails with 429.
     */
    public AppendResult append(Principal principal, String db, String schema, String pipe, String channel,
                               String continuationToken, String offsetToken, InputStream ndjson, long bodyBytes) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(ndjson, "ndjson");
        if (bodyBytes > MAX_BODY_BYTES) throw tooLarge(bodyBytes);
        PipeState ps = pipe(db, schema, pipe);
        Channel ch = ps.channels.get(channel);
        if (ch == null) throw IngestException.channelNotFound(pipe, channel);
        authorize(principal, table(ps));
        long reserved = Math.max(0, bodyBytes);
        budget.reserve(reserved);
        try {
            Body body = new Body();
            reserved = body.read(ndjson, reserved);
            return appendLocked(ps, ch, continuationToken, emptyToNull(offsetToken), body);
        } finally {
            budget.release(reserved);
        }
    }

    private AppendResult appendLocked(PipeState ps, Channel ch, String continuationToken, String offsetToken, Body body) {
        long started = System.nanoTime();
        ch.lock.lock();
        try {
            checkContinuationToken(ch, continuationToken);
            TableDef table = table(ps);
            if (table.id() != ch.tableId) {
                throw IngestException.mustReopen(ch.name, "table " + table.name() + " was replaced since the channel was opened");
            }
            TableStore store;
            try {
                store = stores.apply(table.id());
            } catch (RuntimeException e) {
                throw commitFailed(ch, table, e);
            }
            NdjsonDecoder decoder = ch.decoder(table, store.schema());
            decoder.decode(body.bytes, body.length);
            int rows = decoder.rows();
            if (rows > 0 || offsetToken != null) {
                try {
                    store.append(decoder.batch(), offsetToken == null ? Map.of() : Map.of(ch.tokenKey, offsetToken));
                } catch (IOException | RuntimeException e) {
                    throw commitFailed(ch, table, e);
                }
            }
            long now = System.currentTimeMillis();
            recordAppend(ps, ch, decoder, offsetToken, body.length, now, (System.nanoTime() - started) / 1e6);
            ch.sequence++;
            ch.continuationToken = newContinuationToken(ch);
            ch.publish();
            dirty.set(true);
            return new AppendResult(ch.continuationToken, rows, decoder.rejected());
        } finally {
            ch.lock.unlock();
        }
    }

    /** The channel's writer cannot know what was stored: it must reopen and resume after the committed token. */
    private static IngestException commitFailed(Channel ch, TableDef table, Exception cause) {
        ch.continuationToken = null;
        ch.publish();
        return new IngestException(IngestException.INTERNAL_ERROR, 500, "Could not commit rows of channel " + ch.name + " to "
                + table.name() + ": " + cause.getMessage() + "; reopen the channel", cause);
    }

    private static void recordAppend(PipeState ps, Channel ch, NdjsonDecoder decoder, String offsetToken, int bytes, long now,
                                     double latencyMs) {
        int rows = decoder.rows();
        ch.rowsInserted += rows;
        ch.rowsParsed += rows + decoder.rejected();
        ch.rowsErrorCount += decoder.rejected();
        ch.bytesInserted += bytes;
        ch.lastCommitMs = now;
        if (decoder.rejected() > 0) {
            ch.lastErrorMessage = decoder.lastError();
            ch.lastErrorOffsetUpperBound = offsetToken;
            ch.lastErrorTimestampMs = now;
        }
        if (offsetToken != null) ch.committedToken = offsetToken;
        ch.avgLatencyMs = ch.avgLatencyMs == 0 ? latencyMs : 0.8 * ch.avgLatencyMs + 0.2 * latencyMs;
        ps.usage.record(now, bytes, rows);
    }

    private static void checkContinuationToken(Channel ch, String presented) {
        if (presented != null && presented.equals(ch.continuationToken)) return;
        String why;
        if (ch.dropped) {
            why = "it was dropped";
        } else if (ch.continuationToken == null) {
            why = "it has not been opened since the server started, or its last commit failed";
        } else if (presented != null && !presented.startsWith(ch.generation + "_")) {
            why = "it was reopened by another writer, which fenced this one";
        } else {
            why = "the continuation token is not the one the previous call returned";
        }
        throw IngestException.mustReopen(ch.name, why);
    }

    public ChannelStatus status(Principal principal, String db, String schema, String pipe, String channel) {
        Objects.requireNonNull(principal, "principal");
        Channel ch = pipe(db, schema, pipe).channels.get(channel);
        if (ch == null) throw IngestException.channelNotFound(pipe, channel);
        return ch.status();
    }

    /**
     * The status of each named channel, in the order asked; a channel that does not exist gets a
     * status whose code is {@link IngestException#CHANNEL_DOES_NOT_EXIST}. Reads published
     * snapshots only, so it never waits for an append.
     */
    public Map<String, ChannelStatus> bulkStatus(Principal principal, String db, String schema, String pipe,
                                                 List<String> channels) {
        Objects.requireNonNull(principal, "principal");
        PipeState ps = pipe(db, schema, pipe);
        Map<String, ChannelStatus> out = new LinkedHashMap<>();
        for (String name : channels) {
            Channel ch = ps.channels.get(name);
            out.put(name, ch != null ? ch.status() : new ChannelStatus(db, schema, pipe, name,
                    IngestException.CHANNEL_DOES_NOT_EXIST, null, 0, 0, 0, 0, null, null, null, 0));
        }
        return out;
    }

    /** Drops a channel and forgets its offset token; returns the last committed token (null if none). */
    public String dropChannel(Principal principal, String db, String schema, String pipe, String channel) {
        Objects.requireNonNull(principal, "principal");
        PipeState ps = pipe(db, schema, pipe);
        Channel ch = ps.channels.get(channel);
        if (ch == null) throw IngestException.channelNotFound(pipe, channel);
        ch.lock.lock();
        try {
            String last = ch.committedToken;
            TableDef table = currentTable(ps);
            if (table != null && table.id() == ch.tableId) {
                TableStore store = store(table);
                last = committedToken(store, ch.tokenKey);
                if (last != null) commitTokenOnly(store, table, ch.tokenKey, DROPPED_TOKEN);
            }
            ch.dropped = true;
            ch.continuationToken = null;
            ps.channels.remove(channel, ch);
            dirty.set(true);
            return last;
        } finally {
            ch.lock.unlock();
        }
    }

    /** Channels of pipes whose table exists, by pipe then channel name. */
    public List<ChannelInfo> channels() {
        List<ChannelInfo> out = new ArrayList<>();
        for (PipeInfo p : pipes()) {
            PipeState ps = pipes.get(ObjectName.object(p.databaseName(), p.schemaName(), p.pipeName()));
            TableDef table = ps == null ? null : currentTable(ps);
            if (table == null) continue;
            List<Channel> sorted = new ArrayList<>(ps.channels.values());
            sorted.sort((a, b) -> a.name.compareTo(b.name));
            for (Channel ch : sorted) {
                if (ch.tableId == table.id()) out.add(ch.info());
            }
        }
        return out;
    }

    /**
     * PIPE_USAGE_HISTORY: committed ingest per pipe (all pipes, or the one named {@code pipeName},
     * plain or qualified) in windows over [fromMs, toMs): 5 minutes for ranges up to 6 hours,
     * 1 hour up to a week, 1 day beyond.
     */
    public List<PipeUsage> usage(long fromMs, long toMs, String pipeName) {
        long span = toMs - fromMs;
        long window = span <= 6 * 3_600_000L ? UsageHistory.WINDOW_MS : span <= 7 * 86_400_000L ? 3_600_000L : 86_400_000L;
        List<PipeUsage> out = new ArrayList<>();
        for (PipeInfo p : pipes()) {
            String qualified = p.databaseName() + "." + p.schemaName() + "." + p.pipeName();
            if (pipeName != null && !pipeName.equals(p.pipeName()) && !pipeName.equals(qualified)) continue;
            PipeState ps = pipes.get(ObjectName.object(p.databaseName(), p.schemaName(), p.pipeName()));
            for (UsageHistory.Window w : ps.usage.between(fromMs, toMs, window)) {
                out.add(new PipeUsage(p.pipeId(), p.databaseName(), p.schemaName(), p.pipeName(), w.startMs(),
                        w.startMs() + window, w.bytes(), w.rows(), w.calls()));
            }
        }
        return out;
    }

    /** Bytes of append bodies being processed now (for monitoring and tests). */
    public long bytesInFlight() {
        return budget.inFlight();
    }

    // ---- internals

    private PipeState pipe(String db, String schema, String pipe) {
        ObjectName key = ObjectName.object(db, schema, pipe);
        PipeState ps = pipes.get(key);
        if (ps != null) return ps;
        int tableLength = pipe.length() - PipeInfo.DEFAULT_SUFFIX.length();
        if (tableLength <= 0 || !pipe.endsWith(PipeInfo.DEFAULT_SUFFIX)) throw IngestException.pipeNotFound(db, schema, pipe);
        String table = pipe.substring(0, tableLength);
        if (catalog.current().table(ObjectName.object(db, schema, table)) == null) {
            throw IngestException.tableNotFound(db, schema, table);
        }
        synchronized (pipeLock) {
            ps = pipes.get(key);
            if (ps == null) {
                String definition = "COPY INTO " + ObjectName.object(db, schema, table)
                        + " FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE";
                ps = new PipeState(new PipeInfo(nextPipeId.getAndIncrement(), db, schema, pipe, table, true, definition, null,
                        System.currentTimeMillis(), PipeInfo.DEFAULT_COMMENT, Map.of()));
                pipes.put(key, ps);
                saveNow();
            }
            return ps;
        }
    }

    /** INSERT on the pipe's table, checked on every open and append (grants may change in between). */
    private void authorize(Principal principal, TableDef table) {
        try {
            authorizer.requireInsert(principal, table.name());
        } catch (FloeException e) {
            if (e.code() == ErrorCode.INSUFFICIENT_PRIVILEGES) {
                throw new IngestException("ERR_INSUFFICIENT_PRIVILEGES", 403, e.getMessage(), e);
            }
            throw IngestException.tableNotFound(table.name().database(), table.name().schema(), table.name().object());
        }
    }

    private TableDef currentTable(PipeState ps) {
        PipeInfo p = ps.info;
        return catalog.current().table(ObjectName.object(p.databaseName(), p.schemaName(), p.tableName()));
    }

    private TableDef table(PipeState ps) {
        TableDef table = currentTable(ps);
        if (table == null) throw IngestException.tableNotFound(ps.info.databaseName(), ps.info.schemaName(), ps.info.tableName());
        return table;
    }

    private TableStore store(TableDef table) {
        try {
            return stores.apply(table.id());
        } catch (RuntimeException e) {
            throw new IngestException(IngestException.INTERNAL_ERROR, 500, "The storage of " + table.name()
                    + " is not available: " + e.getMessage(), e);
        }
    }

    private static void checkChannelName(String channel) {
        if (channel == null || channel.isEmpty()) throw IngestException.invalid("Channel name must not be empty");
        if (channel.indexOf('/') >= 0) throw IngestException.invalid("Channel names must not contain '/': " + channel);
    }

    private static String emptyToNull(String token) {
        return token == null || token.isEmpty() ? null : token;
    }

    private static String committedToken(TableStore store, String key) {
        return emptyToNull(store.offsetTokens().get(key));
    }

    /** Commits an offset token with no rows (a channel's initial token, or the empty token that forgets a dropped one). */
    private static void commitTokenOnly(TableStore store, TableDef table, String key, String token) {
        List<PhysicalType> types = new ArrayList<>();
        for (int c = 0; c < store.schema().columnCount(); c++) types.add(store.schema().physicalType(c));
        try {
            store.append(ColumnBatch.allocate(types, 0), Map.of(key, token));
        } catch (IOException e) {
            throw new IngestException(IngestException.INTERNAL_ERROR, 500, "Could not commit the offset token of "
                    + key + " to " + table.name() + ": " + e.getMessage(), e);
        }
    }

    private void forgetChannels(PipeState ps) {
        TableDef table = currentTable(ps);
        for (Channel ch : ps.channels.values()) {
            ch.lock.lock();
            try {
                if (table != null && table.id() == ch.tableId) {
                    TableStore store = store(table);
                    if (committedToken(store, ch.tokenKey) != null) commitTokenOnly(store, table, ch.tokenKey, DROPPED_TOKEN);
                }
                ch.dropped = true;
                ch.continuationToken = null;
            } finally {
                ch.lock.unlock();
            }
        }
    }

    private static String newContinuationToken(Channel ch) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return ch.generation + "_" + ch.sequence + "_" + HEX.formatHex(random);
    }

    private static IngestException tooLarge(long bytes) {
        return new IngestException(IngestException.REQUEST_TOO_LARGE, 413, "The append body of " + bytes
                + " bytes is larger than the limit of " + MAX_BODY_BYTES + " bytes; send smaller batches");
    }

    /** A request body read into memory, reserving budget for what it grows beyond the declared size. */
    private final class Body {
        byte[] bytes;
        int length;

        /** Reads all of {@code in}; returns the budget now reserved for it. */
        long read(InputStream in, long reserved) {
            bytes = new byte[(int) Math.max(8192, Math.min(reserved, FIRST_READ_BYTES))];
            try {
                int n;
                while ((n = in.read(bytes, length, bytes.length - length)) >= 0) {
                    length += n;
                    if (length == bytes.length) {
                        if (length >= MAX_BODY_BYTES) {
                            if (in.read() < 0) break;
                            throw tooLarge(MAX_BODY_BYTES + 1L);
                        }
                        int grown = (int) Math.min((long) length * 2, MAX_BODY_BYTES);
                        if (grown > reserved) {
                            budget.reserve(grown - reserved);
                            reserved = grown;
                        }
                        bytes = Arrays.copyOf(bytes, grown);
                    }
                }
            } catch (IOException e) {
                throw new IngestException(IngestException.INVALID_ARGUMENT, 400, "Could not read the append body: "
                        + e.getMessage(), e);
            }
            return reserved;
        }
    }

    // ---- state file

    private void restore(IngestStateFile.State state) {
        if (state == null) return;
        nextPipeId.set(state.nextPipeId());
        for (PipeInfo p : state.pipes()) {
            pipes.put(ObjectName.object(p.databaseName(), p.schemaName(), p.pipeName()), new PipeState(p));
        }
        for (IngestStateFile.StoredChannel c : state.channels()) {
            PipeState ps = pipes.get(ObjectName.object(c.database(), c.schema(), c.pipe()));
            TableDef table = ps == null ? null : currentTable(ps);
            if (table == null || table.id() != c.tableId()) continue;
            Channel ch = new Channel(ps, c.channel(), c.tableId(), c.createdOnMs());
            ch.rowsInserted = c.rowsInserted();
            ch.rowsParsed = c.rowsParsed();
            ch.rowsErrorCount = c.rowsErrorCount();
            ch.bytesInserted = c.bytesInserted();
            ch.lastCommitMs = c.lastCommitMs();
            ch.lastErrorOffsetUpperBound = c.lastErrorOffsetUpperBound();
            ch.lastErrorMessage = c.lastErrorMessage();
            ch.lastErrorTimestampMs = c.lastErrorTimestampMs();
            ch.avgLatencyMs = c.avgLatencyMs();
            ch.openedByUser = c.openedByUser();
            ch.openedByRole = c.openedByRole();
            ch.committedToken = committedToken(stores.apply(table.id()), ch.tokenKey);
            ch.publish();
            ps.channels.put(ch.name, ch);
        }
        for (IngestStateFile.StoredUsage u : state.usage()) {
            PipeState ps = pipes.get(ObjectName.object(u.database(), u.schema(), u.pipe()));
            if (ps != null) ps.usage.restore(new UsageHistory.Window(u.startMs(), u.bytes(), u.rows(), u.calls()));
        }
        restoreChannelsOnlyInStores();
    }

    /** Channels whose figures were not saved before a crash still have their committed token in the store. */
    private void restoreChannelsOnlyInStores() {
        long now = System.currentTimeMillis();
        for (PipeState ps : pipes.values()) {
            TableDef table = currentTable(ps);
            if (table == null) continue;
            String prefix = ps.info.pipeName() + "/";
            for (Map.Entry<String, String> token : stores.apply(table.id()).offsetTokens().entrySet()) {
                String key = token.getKey();
                if (!key.startsWith(prefix) || token.getValue().isEmpty()) continue;
                String name = key.substring(prefix.length());
                if (name.indexOf('/') >= 0 || ps.channels.containsKey(name)) continue;
                Channel ch = new Channel(ps, name, table.id(), now);
                ch.committedToken = token.getValue();
                ch.publish();
                ps.channels.put(name, ch);
            }
        }
    }

    private IngestStateFile.State snapshot() {
        List<PipeInfo> pipeInfos = new ArrayList<>();
        List<IngestStateFile.StoredChannel> channels = new ArrayList<>();
        List<IngestStateFile.StoredUsage> usage = new ArrayList<>();
        for (PipeState ps : pipes.values()) {
            PipeInfo p = ps.info;
            pipeInfos.add(p);
            for (Channel ch : ps.channels.values()) {
                ch.lock.lock();
                try {
                    channels.add(new IngestStateFile.StoredChannel(p.databaseName(), p.schemaName(), p.pipeName(), ch.name,
                            ch.tableId, ch.createdOnMs, ch.rowsInserted, ch.rowsParsed, ch.rowsErrorCount, ch.bytesInserted,
                            ch.lastCommitMs, ch.lastErrorOffsetUpperBound, ch.lastErrorMessage, ch.lastErrorTimestampMs,
                            Math.round(ch.avgLatencyMs), ch.openedByUser, ch.openedByRole));
                } finally {
                    ch.lock.unlock();
                }
            }
            for (UsageHistory.Window w : ps.usage.all()) {
                usage.add(new IngestStateFile.StoredUsage(p.databaseName(), p.schemaName(), p.pipeName(), w.startMs(),
                        w.bytes(), w.rows(), w.calls()));
            }
        }
        return new IngestStateFile.State(IngestStateFile.FORMAT_VERSION, nextPipeId.get(), pipeInfos, channels, usage);
    }

    private void saveNow() {
        dirty.set(false);
        synchronized (saveLock) {
            try {
                stateFile.save(snapshot());
            } catch (IOException e) {
                dirty.set(true);
                throw new UncheckedIOException("could not save the streaming ingest state: " + e.getMessage(), e);
            }
        }
    }

    private void flushIfDirty() {
        if (!dirty.get()) return;
        try {
            saveNow();
        } catch (UncheckedIOException e) {
            // Kept dirty: the next tick retries; figures are not on the exactly-once path.
        }
    }

    /** Stops the background saver and saves the latest figures. Call before the table stores close. */
    @Override
    public void close() {
        flusher.shutdownNow();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (dirty.get()) saveNow();
    }
}
