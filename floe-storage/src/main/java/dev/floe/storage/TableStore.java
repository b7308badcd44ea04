package dev.floe.storage;

import dev.floe.storage.column.MemColumn;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.DurableFiles;
import dev.floe.storage.manifest.Manifest;
import dev.floe.storage.segment.MutableSegment;
import dev.floe.storage.segment.OpenSegmentView;
import dev.floe.storage.segment.SealedSegment;
import dev.floe.storage.segment.SegmentFiles;
import dev.floe.storage.segment.SegmentHeader;
import dev.floe.storage.segment.SegmentWriter;
import dev.floe.storage.wal.WalReader;
import dev.floe.storage.wal.WalRecords;
import dev.floe.storage.wal.WalWriter;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * A durable, append-only, columnar table in one directory: {@code MANIFEST}, {@code segments/}
 * (immutable sealed segment files) and {@code wal/} (the write-ahead log of everything since).
 *
 * <p>Appends are validated, copied into the open in-memory segment, logged with group commit and
 * published by swapping one volatile {@link TableState}; {@link #snapshot()} just reads it. Locks,
 * always taken in this order: {@code maintenanceLock} (seal, compaction, retention),
 * {@code appendLock} (the open segment and commit numbering), the WAL's lock, {@code stateLock}
 * (building the next published state). Readers take none.
 */
public final class TableStore implements AutoCloseable {
    private static final String SEGMENTS = "segments";
    private static final String WAL = "wal";

    private final Path directory;
    private final Path segmentDirectory;
    private final StoreOptions options;
    private final ReentrantLock appendLock = new ReentrantLock();
    private final ReentrantLock maintenanceLock = new ReentrantLock();
    private final Object stateLock = new Object();
    private final IntFunction<PhysicalType> columnTypes = column -> this.schema.physicalType(column);
    private final ByteSink record = new ByteSink(1 << 20);
    private final AtomicLong nextSegmentId;
    private final WalWriter wal;
    private final long walBytesCutAtOpen;
    private final Maintenance maintenance;
    private volatile TableState state;
    private volatile TableSchema schema;
    private volatile Throwable failure;
    private volatile boolean closed;
    private volatile long openSinceMillis;

    // Guarded by appendLock.
    private MutableSegment open;
    private long lastSeq;
    private long totalRows;
    private long lastCommitMillis;
    private Map<String, String> latestTokens;

    // Guarded by maintenanceLock.
    private Manifest manifest;

    private TableStore(Path directory, StoreOptions options, Manifest manifest) throws IOException {
        this.directory = directory;
        this.segmentDirectory = directory.resolve(SEGMENTS);
        this.options = options;
        this.manifest = manifest;
        this.schema = manifest.schema();
        Path walDirectory = directory.resolve(WAL);
        Files.createDirectories(segmentDirectory);
        Files.createDirectories(walDirectory);
        List<SealedSegment> sealed = openSegments(manifest);
        this.nextSegmentId = new AtomicLong(manifest.nextSegmentId());
        this.lastSeq = manifest.coveredSeq();
        this.totalRows = manifest.coveredRows();
        this.lastCommitMillis = manifest.lastCommitMillis();
        this.latestTokens = manifest.offsetTokens();
        this.open = newOpenSegment();
        WalReader.Result replayed = WalReader.replay(walDirectory, manifest.coveredSeq(), new Recovery());
        this.walBytesCutAtOpen = replayed.bytesCut();
        if (open.rowCount() > 0) {
            openSinceMillis = System.currentTimeMillis();
        }
        this.wal = WalWriter.open(walDirectory, lastSeq, options.groupCommitMaxDelayMicros(), point -> publish((CommitPoint) point));
        this.state = new TableState(schema, Collections.unmodifiableList(sealed), null, open.capture(columnTypes), lastSeq,
                lastCommitMillis, latestTokens);
        this.maintenance = options.backgroundMaintenance() ? Maintenance.start(this, directory) : null;
    }

    /** Creates a new table in {@code directory}, which must not exist or be empty. */
    public static TableStore create(Path directory, TableSchema schema, StoreOptions options) throws IOException {
        Objects.requireNonNull(schema, "schema");
        if (Files.exists(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("cannot create a table in " + directory + ": the directory is not empty");
                }
            }
        }
        Files.createDirectories(directory.resolve(SEGMENTS));
        Files.createDirectories(directory.resolve(WAL));
        Manifest.empty(schema).write(directory);
        return new TableStore(directory, options, Manifest.read(directory));
    }

    /**
     * Opens an existing table: reads the manifest, maps and checks every live segment, deletes
     * files no manifest refers to (left by a crash mid-seal or mid-compaction), replays the WAL
     * and cuts its torn tail ({@link StoreStats#walBytesCutAtOpen()} says how much).
     */
    public static TableStore open(Path directory, StoreOptions options) throws IOException {
        return new TableStore(directory, options, Manifest.read(directory));
    }

    /** Deletes a table's directory and everything in it. */
    public static void drop(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private List<SealedSegment> openSegments(Manifest manifest) throws IOException {
        Set<Long> live = new HashSet<>();
        List<SealedSegment> sealed = new ArrayList<>();
        for (Manifest.SegmentEntry entry : manifest.segments()) {
            Path file = SegmentFiles.path(segmentDirectory, entry.id());
            if (!Files.exists(file)) {
                throw new StorageCorruptException(file, "segment listed in the manifest is missing");
            }
            SealedSegment segment = SealedSegment.open(file, columnTypes);
            if (segment.id() != entry.id() || segment.rowCount() != entry.rowCount()) {
                throw new StorageCorruptException(file, "segment holds id " + segment.id() + " with " + segment.rowCount()
                        + " rows, the manifest says id " + entry.id() + " with " + entry.rowCount());
            }
            sealed.add(segment);
            live.add(entry.id());
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(segmentDirectory)) {
            for (Path file : files) {
                if (!live.contains(SegmentFiles.idOf(file))) {
                    Files.delete(file);
                }
            }
        }
        Files.deleteIfExists(directory.resolve(Manifest.FILE_NAME + ".tmp"));
        return sealed;
    }

    /** Applies replayed WAL records to the open segment, exactly as live commits did. */
    private final class Recovery implements WalRecords.Replay {
        @Override
        public PhysicalType[] columnTypes() {
            PhysicalType[] types = new PhysicalType[schema.columnCount()];
            for (int c = 0; c < types.length; c++) {
                types[c] = schema.physicalType(c);
            }
            return types;
        }

        @Override
        public void append(long seq, long millis, ColumnVector[] columns, int rowCount, Map<String, String> tokens) {
            open.append(columns, rowCount, seq, millis);
            totalRows += rowCount;
            latestTokens = mergeTokens(latestTokens, tokens);
            lastSeq = seq;
            lastCommitMillis = millis;
        }

        @Override
        public void addColumn(long seq, long millis, ColumnSpec column) {
            schema = schema.withColumn(column);
            open.addColumn(column.type().physical());
            open.noteCommit(seq);
            lastSeq = seq;
            lastCommitMillis = millis;
        }
    }

    private MutableSegment newOpenSegment() {
        List<PhysicalType> types = new ArrayList<>(schema.columnCount());
        for (int c = 0; c < schema.columnCount(); c++) {
            types.add(schema.physicalType(c));
        }
        return new MutableSegment(nextSegmentId.getAndIncrement(), options.blockRows(), totalRows, types);
    }

    /**
     * Appends rows and sets offset tokens (channel name to token) in one commit. Returns once the
     * commit is durable (its WAL record fsynced) and visible to new snapshots. Rows use the
     * schema's physical types in column order; a NULL in a NOT NULL column, a vector of the wrong
     * type or a missing value throws {@link IllegalArgumentException} naming the column, and
     * nothing is stored.
     */
    public CommitInfo append(ColumnBatch rows, Map<String, String> offsetTokens) throws IOException {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(offsetTokens, "offsetTokens");
        long seq;
        int count = rows.size();
        appendLock.lock();
        try {
            checkWritable();
            BatchValidator.validate(schema, rows, offsetTokens);
            seq = lastSeq + 1;
            long now = System.currentTimeMillis();
            int from = open.rowCount();
            try {
                open.append(MutableSegment.vectorsOf(rows), count, seq, now);
                if (from == 0 && count > 0) {
                    openSinceMillis = now;
                }
                lastSeq = seq;
                totalRows += count;
                lastCommitMillis = now;
                latestTokens = mergeTokens(latestTokens, offsetTokens);
                record.reset();
                WalRecords.writeAppend(record, seq, now, open, from, count, offsetTokens);
            } catch (RuntimeException e) {
                fail(e);
                throw e;
            }
            wal.append(seq, record, new CommitPoint(seq, now, open.capture(columnTypes), latestTokens, schema));
        } finally {
            appendLock.unlock();
        }
        wal.awaitDurable(seq);
        if (maintenance != null && state.open.rowCount() >= options.sealRows()) {
            maintenance.wake();
        }
        return new CommitInfo(seq, count);
    }

    /** ALTER TABLE ADD COLUMN: durable on return; rows stored before it read as NULL. */
    public void addColumn(ColumnSpec column) throws IOException {
        Objects.requireNonNull(column, "column");
        long seq;
        appendLock.lock();
        try {
            checkWritable();
            TableSchema next = schema.withColumn(column);
            if (!column.nullable() && state.rowCount() > 0) {
                throw new IllegalArgumentException("cannot add NOT NULL column " + column.name() + " to a table that has rows");
            }
            seq = lastSeq + 1;
            long now = System.currentTimeMillis();
            record.reset();
            WalRecords.writeAddColumn(record, seq, now, column);
            open.addColumn(column.type().physical());
            open.noteCommit(seq);
            schema = next;
            lastSeq = seq;
            lastCommitMillis = now;
            wal.append(seq, record, new CommitPoint(seq, now, open.capture(columnTypes), latestTokens, next));
        } finally {
            appendLock.unlock();
        }
        wal.awaitDurable(seq);
    }

    private static Map<String, String> mergeTokens(Map<String, String> current, Map<String, String> update) {
        if (update.isEmpty()) {
            return current;
        }
        TreeMap<String, String> merged = new TreeMap<>(current);
        merged.putAll(update);
        return Collections.unmodifiableMap(merged);
    }

    private void publish(CommitPoint point) {
        synchronized (stateLock) {
            state = state.withCommit(point);
        }
    }

    /** The latest committed state; cheap, never blocks appenders, never shows part of a commit. */
    public Snapshot snapshot() {
        return state;
    }

    public Map<String, String> offsetTokens() {
        return state.tokens;
    }

    public TableSchema schema() {
        return state.schema;
    }

    public StoreStats stats() throws IOException {
        TableState s = state;
        long segmentBytes = 0;
        for (SealedSegment segment : s.sealed) {
            segmentBytes += segment.fileLength();
        }
        long walBytes = wal.bytes();
        long manifestBytes = Files.size(directory.resolve(Manifest.FILE_NAME));
        return new StoreStats(s.rowCount(), segmentBytes + walBytes + manifestBytes, s.sealed.size(), walBytes,
                s.lastCommitMillis, s.commitSeq, walBytesCutAtOpen);
    }

    /** Seals the open segment now (if it holds any commit the segments do not cover yet). */
    public void sealNow() throws IOException {
        checkOpen();
        seal();
    }

    /** Runs compaction until no run of small adjacent segments qualifies. */
    public void compactNow() throws IOException {
        checkOpen();
        while (compactOnce()) {
            checkOpen();
        }
    }

    private void seal() throws IOException {
        maintenanceLock.lock();
        try {
            MutableSegment sealing;
            OpenSegmentView frozen;
            long coveredSeq;
            long coveredRows;
            long coveredMillis;
            TableSchema sealSchema;
            Map<String, String> tokens;
            appendLock.lock();
            try {
                checkWritable();
                wal.awaitDurable(lastSeq);
                if (lastSeq == manifest.coveredSeq()) {
                    return;
                }
                sealing = open;
                frozen = sealing.capture(columnTypes);
                coveredSeq = lastSeq;
                coveredRows = totalRows;
                coveredMillis = lastCommitMillis;
                sealSchema = schema;
                tokens = latestTokens;
                wal.rotate(lastSeq + 1);
                open = newOpenSegment();
                openSinceMillis = 0;
                OpenSegmentView emptyOpen = open.capture(columnTypes);
                synchronized (stateLock) {
                    state = state.withFrozen(frozen.rowCount() > 0 ? frozen : null, emptyOpen);
                }
            } finally {
                appendLock.unlock();
            }
            try {
                SealedSegment segment = null;
                List<Manifest.SegmentEntry> entries = new ArrayList<>(manifest.segments());
                if (frozen.rowCount() > 0) {
                    SegmentHeader header = new SegmentHeader(sealing.id(), frozen.rowCount(), options.blockRows(),
                            sealing.firstRow(), sealing.minCommitSeq(), sealing.maxCommitSeq(), System.currentTimeMillis(),
                            sealSchema, tokens);
                    segment = writeSegment(header, frozen.columns());
                    entries.add(new Manifest.SegmentEntry(segment.id(), segment.rowCount()));
                }
                Manifest next = manifest.next(nextSegmentId.get(), coveredSeq, coveredRows, coveredMillis, sealSchema, tokens, entries);
                next.write(directory);
                manifest = next;
                synchronized (stateLock) {
                    state = state.withSealed(segment);
                }
            } catch (IOException | RuntimeException e) {
                fail(e);
                throw e;
            }
            wal.deleteCoveredFiles(coveredSeq);
        } finally {
            maintenanceLock.unlock();
        }
    }

    private SealedSegment writeSegment(SegmentHeader header, MemColumn[] columns) throws IOException {
        Path file = SegmentFiles.path(segmentDirectory, header.id());
        SegmentWriter.write(file, header, columns);
        return SealedSegment.open(file, columnTypes);
    }

    /** Merges one run of small adjacent segments; false when none qualifies. */
    private boolean compactOnce() throws IOException {
        maintenanceLock.lock();
        try {
            List<SealedSegment> sealed = state.sealed;
            int[] run = CompactionPolicy.pickRun(sealed, options.compactMinSegments(), options.compactTargetRows());
            if (run == null) {
                return false;
            }
            List<SealedSegment> inputs = sealed.subList(run[0], run[1]);
            SealedSegment merged = writeSegment(SegmentMerger.header(inputs, nextSegmentId.getAndIncrement(), options.blockRows()),
                    SegmentMerger.mergeColumns(inputs, options.blockRows()));
            List<SealedSegment> next = new ArrayList<>(sealed.subList(0, run[0]));
            next.add(merged);
            next.addAll(sealed.subList(run[1], sealed.size()));
            replaceSegments(next);
            deleteFiles(inputs);
            return true;
        } finally {
            maintenanceLock.unlock();
        }
    }

    /**
     * Retention: drops whole sealed segments whose every value of {@code column} (an integer or
     * timestamp column) is below {@code minValue}. Returns how many rows went.
     */
    public long dropSegmentsOlderThan(int column, long minValue) throws IOException {
        checkOpen();
        PhysicalType type = state.schema.physicalType(column);
        if (type != PhysicalType.LONG && type != PhysicalType.TIMESTAMP_TZ) {
            throw new IllegalArgumentException("retention needs an integer or timestamp column, "
                    + state.schema.column(column).name() + " is " + state.schema.column(column).type());
        }
        maintenanceLock.lock();
        try {
            List<SealedSegment> keep = new ArrayList<>();
            List<SealedSegment> drop = new ArrayList<>();
            for (SealedSegment segment : state.sealed) {
                ColumnStats stats = segment.stats(column);
                boolean old = stats.hasMinMax() && stats.nullCount() == 0 && stats.maxLong() < minValue;
                (old ? drop : keep).add(segment);
            }
            if (drop.isEmpty()) {
                return 0;
            }
            replaceSegments(keep);
            deleteFiles(drop);
            long rows = 0;
            for (SealedSegment segment : drop) {
                rows += segment.rowCount();
            }
            return rows;
        } finally {
            maintenanceLock.unlock();
        }
    }

    /** Makes {@code segments} the sealed list: manifest first (durably), then the published state. */
    private void replaceSegments(List<SealedSegment> segments) throws IOException {
        List<Manifest.SegmentEntry> entries = new ArrayList<>(segments.size());
        for (SealedSegment segment : segments) {
            entries.add(new Manifest.SegmentEntry(segment.id(), segment.rowCount()));
        }
        Manifest next = manifest.withSegments(nextSegmentId.get(), entries);
        next.write(directory);
        manifest = next;
        synchronized (stateLock) {
            state = state.withSealedSegments(segments);
        }
    }

    /**
     * Deletes replaced segment files at once. Snapshots that still hold them keep reading through
     * their memory mappings, which Linux keeps valid after the name is gone.
     */
    private void deleteFiles(List<SealedSegment> segments) throws IOException {
        for (SealedSegment segment : segments) {
            Files.deleteIfExists(segment.file());
        }
        DurableFiles.fsyncDirectory(segmentDirectory);
    }

    /** One round of background work: seal when due, then at most one compaction. */
    void maintain() throws IOException {
        if (closed || failure != null) {
            return;
        }
        long rows = state.open.rowCount();
        long since = openSinceMillis;
        boolean due = rows >= options.sealRows()
                || (since > 0 && System.currentTimeMillis() - since >= options.sealAgeMillis());
        if (due) {
            seal();
        }
        if (!closed) {
            compactOnce();
        }
    }

    long maintenanceIntervalMillis() {
        return options.maintenanceIntervalMillis();
    }

    private void fail(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("table store " + directory + " is closed");
        }
    }

    private void checkWritable() throws IOException {
        checkOpen();
        if (failure != null) {
            throw new IOException("table store " + directory + " failed earlier and accepts no more writes; reopen it", failure);
        }
    }

    /** Stops background work and closes the WAL; every acknowledged commit is already durable. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (maintenance != null) {
            maintenance.stop();
        }
        maintenanceLock.lock();
        appendLock.lock();
        try {
            wal.close();
        } finally {
            appendLock.unlock();
            maintenanceLock.unlock();
        }
    }
}
