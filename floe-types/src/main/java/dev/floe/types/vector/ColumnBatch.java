package dev.floe.types.vector;

import dev.floe.types.PhysicalType;
import java.util.List;

/** Rows held column by column: every vector holds the same number of positions, {@link #size}. */
public final class ColumnBatch {
    private final ColumnVector[] columns;
    private int size;

    public ColumnBatch(ColumnVector[] columns, int size) {
        this.columns = columns;
        this.size = size;
    }

    public static ColumnBatch allocate(List<PhysicalType> types, int capacity) {
        ColumnVector[] columns = new ColumnVector[types.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = ColumnVector.allocate(types.get(i), capacity);
        }
        return new ColumnBatch(columns, 0);
    }

    public ColumnVector column(int index) {
        return columns[index];
    }

    public int columnCount() {
        return columns.length;
    }

    public int size() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
