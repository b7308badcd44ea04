package dev.floe.storage.segment;

import dev.floe.storage.column.MemColumn;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The open segment: rows appended in commit order into growable in-memory columns. Only the
 * appending thread (holding the store's append lock) calls the mutating methods; readers see
 * {@link #capture captured} views that are frozen at a committed row count.
 */
public final class MutableSegment {
    private final long id;
    private final int blockRows;
    private final long firstRow;
    private final ConcurrentHashMap<Long, dev.floe.storage.ColumnStats> completeBlockStats = new ConcurrentHashMap<>();
    private MemColumn[] columns;
    private int rowCount;
    private long minCommitSeq = -1;
    private long maxCommitSeq = -1;
    private long firstAppendMillis;

    public MutableSegment(long id, int blockRows, long firstRow, List<PhysicalType> types) {
        this.id = id;
        this.blockRows = blockRows;
        this.firstRow = firstRow;
        this.columns = new MemColumn[types.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = MemColumn.create(types.get(i));
        }
    }

    public long id() {
        return id;
    }

    public int rowCount() {
        return rowCount;
    }

    public long firstRow() {
        return firstRow;
    }

    public long minCommitSeq() {
        return minCommitSeq;
    }

    public long maxCommitSeq() {
        return maxCommitSeq;
    }

    /** When the oldest row arrived (0 while empty). */
    public long firstAppendMillis() {
        return firstAppendMillis;
    }

    /** Appends the first {@code count} positions of each vector (validated, in column order). */
    public void append(ColumnVector[] vectors, int count, long commitSeq, long nowMillis) {
        if (count > Integer.MAX_VALUE - 8 - rowCount) {
            throw new IllegalStateException("open segment cannot hold " + count + " more rows");
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c].append(vectors[c], count);
        }
        if (rowCount == 0 && count > 0) {
            firstAppendMillis = nowMillis;
        }
        rowCount += count;
        if (minCommitSeq < 0) {
            minCommitSeq = commitSeq;
        }
        maxCommitSeq = commitSeq;
    }

    public static ColumnVector[] vectorsOf(ColumnBatch batch) {
        ColumnVector[] vectors = new ColumnVector[batch.columnCount()];
        for (int c = 0; c < vectors.length; c++) {
            vectors[c] = batch.column(c);
        }
        return vectors;
    }

    /** Records a commit that added no rows (offset tokens only, or a schema change). */
    public void noteCommit(long commitSeq) {
        if (minCommitSeq < 0) {
            minCommitSeq = commitSeq;
        }
        maxCommitSeq = commitSeq;
    }

    /** Adds a column; the rows already here read as NULL in it. */
    public void addColumn(PhysicalType type) {
        MemColumn column = MemColumn.create(type);
        column.appendNulls(rowCount);
        columns = Arrays.copyOf(columns, columns.length + 1);
        columns[columns.length - 1] = column;
    }

    /** Writes rows [from, from+count) of every column in the WAL's column form. */
    public void writeWal(int from, int count, ByteSink out) {
        for (MemColumn column : columns) {
            out.putByte(column.type().ordinal());
            column.writeWal(from, count, out);
        }
    }

    public int columnCount() {
        return columns.length;
    }

    /** A view of the rows appended so far, unaffected by later appends. */
    public OpenSegmentView capture(IntFunction<PhysicalType> tableColumnTypes) {
        MemColumn[] captured = new MemColumn[columns.length];
        for (int c = 0; c < captured.length; c++) {
            captured[c] = columns[c].capture();
        }
        return new OpenSegmentView(id, blockRows, rowCount, captured, tableColumnTypes, completeBlockStats);
    }
}
