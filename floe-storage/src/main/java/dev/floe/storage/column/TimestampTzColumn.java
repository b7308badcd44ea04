package dev.floe.storage.column;

import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.TimestampTzVector;
import java.util.Arrays;

/** TIMESTAMP_TZ: the instant (ordered and compared by it) plus the UTC offset in minutes. */
public final class TimestampTzColumn extends LongColumn {
    private int[] offsets = new int[0];

    @Override
    public PhysicalType type() {
        return PhysicalType.TIMESTAMP_TZ;
    }

    @Override
    protected void ensureValueRows(int rows) {
        super.ensureValueRows(rows);
        if (offsets.length < values.length) {
            offsets = Arrays.copyOf(offsets, values.length);
        }
    }

    @Override
    protected void appendValues(ColumnVector source, int count) {
        super.appendValues(source, count);
        System.arraycopy(((TimestampTzVector) source).offsetMinutes, 0, offsets, size, count);
    }

    @Override
    protected void appendNullValues(int count) {
        super.appendNullValues(count);
        Arrays.fill(offsets, size, size + count, 0);
    }

    @Override
    protected void gatherValues(int[] order, int from, int count, ColumnVector target) {
        super.gatherValues(order, from, count, target);
        int[] out = ((TimestampTzVector) target).offsetMinutes;
        if (order == null) {
            System.arraycopy(offsets, from, out, 0, count);
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = offsets[order[from + i]];
            }
        }
    }

    @Override
    protected void writeWalValues(int from, int count, ByteSink out) {
        super.writeWalValues(from, count, out);
        for (int i = 0; i < count; i++) {
            out.putZigZag(offsets[from + i]);
        }
    }

    static void readWalValues(ByteReader in, int count, TimestampTzVector target) {
        LongColumn.readWalValues(in, count, target);
        for (int i = 0; i < count; i++) {
            target.offsetMinutes[i] = (int) in.getZigZag();
        }
    }

    @Override
    public MemColumn capture() {
        TimestampTzColumn copy = new TimestampTzColumn();
        copy.values = values;
        copy.offsets = offsets;
        copyStateTo(copy);
        return copy;
    }
}
