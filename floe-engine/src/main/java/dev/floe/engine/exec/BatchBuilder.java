package dev.floe.engine.exec;

import dev.floe.engine.expr.Values;
import dev.floe.types.PhysicalType;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.ArrayList;
import java.util.List;

/** Collects rows copied from other batches (or given as values) into a fresh batch. */
final class BatchBuilder {
    private final ColumnVector[] columns;
    private int size;

    BatchBuilder(List<SqlType> types, int capacity) {
        columns = new ColumnVector[types.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = ColumnVector.allocate(types.get(i).physical(), Math.max(capacity, 16));
        }
    }

    static List<PhysicalType> physical(List<SqlType> types) {
        List<PhysicalType> p = new ArrayList<>(types.size());
        for (SqlType t : types) {
            p.add(t.physical());
        }
        return p;
    }

    void copyRow(ColumnBatch from, int row) {
        ensure(size + 1);
        for (int c = 0; c < columns.length; c++) {
            ColumnVector src = from.column(c);
            Object v = Values.get(src, row);
            Values.set(columns[c], size, v);
        }
        size++;
    }

    void addRow(Object[] values) {
        ensure(size + 1);
        for (int c = 0; c < columns.length; c++) {
            Values.set(columns[c], size, values[c]);
        }
        size++;
    }

    int size() {
        return size;
    }

    ColumnBatch build() {
        return new ColumnBatch(columns, size);
    }

    private void ensure(int n) {
        for (ColumnVector c : columns) {
            c.ensureCapacity(n);
        }
    }
}
