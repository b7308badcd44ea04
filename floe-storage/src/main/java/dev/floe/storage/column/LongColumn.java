package dev.floe.storage.column;

import dev.floe.storage.encoding.IndexSort;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.LongVector;
import java.util.Arrays;

/** 64-bit integers (NUMBER, DATE, TIME, TIMESTAMP_NTZ/LTZ). */
public class LongColumn extends MemColumn {
    protected long[] values = new long[0];

    @Override
    public PhysicalType type() {
        return PhysicalType.LONG;
    }

    public long value(int row) {
        return values[row];
    }

    @Override
    protected void ensureValueRows(int rows) {
        if (rows > values.length) {
            values = Arrays.copyOf(values, grown(values.length, rows));
        }
    }

    @Override
    protected void appendValues(ColumnVector source, int count) {
        System.arraycopy(((LongVector) source).values, 0, values, size, count);
    }

    @Override
    protected void appendNullValues(int count) {
        Arrays.fill(values, size, size + count, 0L);
    }

    @Override
    protected void gatherValues(int[] order, int from, int count, ColumnVector target) {
        long[] out = ((LongVector) target).values;
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
        return (a, b) -> Long.compare(values[a], values[b]);
    }

    @Override
    protected void writeWalValues(int from, int count, ByteSink out) {
        out.ensureRoom(8 * count);
        for (int i = 0; i < count; i++) {
            out.putLong(values[from + i]);
        }
    }

    static void readWalValues(ByteReader in, int count, LongVector target) {
        for (int i = 0; i < count; i++) {
            target.values[i] = in.getLong();
        }
    }

    @Override
    public MemColumn capture() {
        LongColumn copy = new LongColumn();
        copy.values = values;
        copyStateTo(copy);
        return copy;
    }
}
