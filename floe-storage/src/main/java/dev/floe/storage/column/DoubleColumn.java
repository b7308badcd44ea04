package dev.floe.storage.column;

import dev.floe.storage.encoding.IndexSort;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import java.util.Arrays;

/** FLOAT values; ordered as {@link Double#compare}. */
public final class DoubleColumn extends MemColumn {
    private double[] values = new double[0];

    @Override
    public PhysicalType type() {
        return PhysicalType.DOUBLE;
    }

    @Override
    protected void ensureValueRows(int rows) {
        if (rows > values.length) {
            values = Arrays.copyOf(values, grown(values.length, rows));
        }
    }

    @Override
    protected void appendValues(ColumnVector source, int count) {
        System.arraycopy(((DoubleVector) source).values, 0, values, size, count);
    }

    @Override
    protected void appendNullValues(int count) {
        Arrays.fill(values, size, size + count, 0.0);
    }

    @Override
    protected void gatherValues(int[] order, int from, int count, ColumnVector target) {
        double[] out = ((DoubleVector) target).values;
        if (order == null) {
            System.arraycopy(values, from, out, 0, count);
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = values[order[from + i]];
            }
        }
    }

    @Override
    protected IndexSort.RowComparator valueComparator() {
        return (a, b) -> Double.compare(values[a], values[b]);
    }

    @Override
    protected void writeWalValues(int from, int count, ByteSink out) {
        out.ensureRoom(8 * count);
        for (int i = 0; i < count; i++) {
            out.putDouble(values[from + i]);
        }
    }

    static void readWalValues(ByteReader in, int count, DoubleVector target) {
        for (int i = 0; i < count; i++) {
            target.values[i] = in.getDouble();
        }
    }

    @Override
    public MemColumn capture() {
        DoubleColumn copy = new DoubleColumn();
        copy.values = values;
        copyStateTo(copy);
        return copy;
    }
}
