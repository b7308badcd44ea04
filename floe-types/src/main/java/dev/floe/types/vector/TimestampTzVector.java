package dev.floe.types.vector;

import dev.floe.types.PhysicalType;
import java.util.Arrays;

/** TIMESTAMP_TZ: the instant in {@link #values} (epoch nanoseconds) plus its UTC offset in minutes. */
public final class TimestampTzVector extends LongVector {
    public int[] offsetMinutes;

    public TimestampTzVector(int capacity) {
        super(capacity);
        offsetMinutes = new int[capacity];
    }

    @Override
    public PhysicalType type() {
        return PhysicalType.TIMESTAMP_TZ;
    }

    @Override
    public void ensureCapacity(int capacity) {
        super.ensureCapacity(capacity);
        if (offsetMinutes.length < values.length) {
            offsetMinutes = Arrays.copyOf(offsetMinutes, values.length);
        }
    }

    @Override
    public void copyFrom(ColumnVector source, int from, int to) {
        super.copyFrom(source, from, to);
        offsetMinutes[to] = ((TimestampTzVector) source).offsetMinutes[from];
    }
}
