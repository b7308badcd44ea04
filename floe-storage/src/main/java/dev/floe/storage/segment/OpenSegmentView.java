package dev.floe.storage.segment;

import dev.floe.storage.ColumnStats;
import dev.floe.storage.SegmentView;
import dev.floe.storage.ShreddedColumn;
import dev.floe.storage.column.MemColumn;
import dev.floe.storage.column.VectorStats;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnVector;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The committed prefix of an in-memory segment (the open one, or one being sealed). Zone maps are
 * computed on demand; those of complete blocks never change and are shared by all views of the
 * segment.
 */
public final class OpenSegmentView implements SegmentView {
    private final long id;
    private final int blockRows;
    private final int rowCount;
    private final MemColumn[] columns;
    private final IntFunction<PhysicalType> tableColumnTypes;
    private final ConcurrentHashMap<Long, ColumnStats> completeBlockStats;

    OpenSegmentView(long id, int blockRows, int rowCount, MemColumn[] columns, IntFunction<PhysicalType> tableColumnTypes,
                    ConcurrentHashMap<Long, ColumnStats> completeBlockStats) {
        this.id = id;
        this.blockRows = blockRows;
        this.rowCount = rowCount;
        this.columns = columns;
        this.tableColumnTypes = tableColumnTypes;
        this.completeBlockStats = completeBlockStats;
    }

    /** The captured columns, for sealing. */
    public MemColumn[] columns() {
        return columns;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public boolean sealed() {
        return false;
    }

    @Override
    public int rowCount() {
        return rowCount;
    }

    @Override
    public int blockCount() {
        return (rowCount + blockRows - 1) / blockRows;
    }

    @Override
    public int blockStart(int block) {
        return block * blockRows;
    }

    @Override
    public int blockRowCount(int block) {
        return Math.min(blockRows, rowCount - block * blockRows);
    }

    @Override
    public ColumnStats stats(int column) {
        ColumnStats total = ColumnStats.countsOnly(typeOf(column), 0, 0);
        for (int b = 0; b < blockCount(); b++) {
            total = total.merge(blockStats(b, column));
        }
        return total;
    }

    @Override
    public ColumnStats blockStats(int block, int column) {
        int count = blockRowCount(block);
        if (column >= columns.length) {
            return ColumnStats.countsOnly(tableColumnTypes.apply(column), count, 0);
        }
        if (count < blockRows) {
            return computeStats(block, column, count);
        }
        Long key = ((long) block << 20) | column;
        ColumnStats stats = completeBlockStats.get(key);
        if (stats == null) {
            stats = computeStats(block, column, count);
            completeBlockStats.putIfAbsent(key, stats);
        }
        return stats;
    }

    private ColumnStats computeStats(int block, int column, int count) {
        ColumnVector vector = ColumnVector.allocate(columns[column].type(), count);
        columns[column].gather(null, block * blockRows, count, vector);
        return VectorStats.of(vector, count);
    }

    @Override
    public void read(int block, int column, ColumnVector target) {
        int count = blockRowCount(block);
        if (column >= columns.length) {
            MissingColumn.readNulls(target, count);
            return;
        }
        if (target.type() != columns[column].type()) {
            throw new IllegalArgumentException("column " + column + " is " + columns[column].type() + ", target vector is " + target.type());
        }
        columns[column].gather(null, block * blockRows, count, target);
    }

    @Override
    public ShreddedColumn shredded(int column, String path) {
        return null;
    }

    @Override
    public java.util.List<ShreddedColumn> shreddedColumns(int column) {
        return java.util.List.of();
    }

    private PhysicalType typeOf(int column) {
        return column < columns.length ? columns[column].type() : tableColumnTypes.apply(column);
    }

    @Override
    public String toString() {
        return "OpenSegmentView{id=" + id + ", rows=" + rowCount + "}";
    }
}
