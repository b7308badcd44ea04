package dev.floe.storage.column;

import dev.floe.storage.encoding.IndexSort;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnVector;
import java.util.Arrays;

/** BOOLEAN values; FALSE orders before TRUE. */
public final class BooleanColumn extends MemColumn {
    private boolean[] values = new boolean[0];

    @Override
    public PhysicalType type() {
        return PhysicalType.BOOLEAN;
    }

    @Override
    protected void ensureValueRows(int rows) {
        if (rows > values.length) {
            values = Arrays.copyOf(values, grown(values.length, rows));
        }
    }

    @Override
    protected void appendValues(ColumnVector source, int count) {
        System.arraycopy(((BooleanVector) source).values, 0, values, size, count);
    }

    @Override
    protected void appendNullValues(int count) {
        Arrays.fill(values, size, size + count, false);
    }

    @Override
    protected void gatherValues(int[] order, int from, int count, ColumnVector target) {
        boolean[] out = ((BooleanVector) target).values;
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
        return (a, b) -> Boolean.compare(values[a], values[b]);
    }

    @Override
    protected void writeWalValues(int from, int count, ByteSink out) {
        for (int word = 0; word < (count + 63) >>> 6; word++) {
            long bits = 0;
            for (int bit = 0; bit < 64 && word * 64 + bit < count; bit++) {
                if (values[from + word * 64 + bit]) {
                    bits |= 1L << bit;
                }
            }
            out.putLong(bits);
        }
    }

    static void readWalValues(ByteReader in, int count, BooleanVector target) {
        for (int word = 0; word < (count + 63) >>> 6; word++) {
            long bits = in.getLong();
            for (int bit = 0; bit < 64 && word * 64 + bit < count; bit++) {
                target.values[word * 64 + bit] = (bits & (1L << bit)) != 0;
            }
        }
    }

    @Override
    public MemColumn capture() {
        BooleanColumn copy = new BooleanColumn();
        copy.values = values;
        copyStateTo(copy);
        return copy;
    }
}
