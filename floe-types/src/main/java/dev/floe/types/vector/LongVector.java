package dev.floe.types.vector;

import dev.floe.types.PhysicalType;
import java.util.Arrays;

/** 64-bit integers: NUMBER (unscaled), DATE, TIME and TIMESTAMP_NTZ/LTZ; see {@link PhysicalType}. */
public class LongVector extends ColumnVector {
    public long[] values;

    public LongVector(int capacity) {
        values = new long[capacity];
    }

    @Override
    public PhysicalType type() {
        return PhysicalType.LONG;
    }

    @Override
    public int capacity() {
        return values.length;
    }

    @Override
    public void ensureCapacity(int capacity) {
        if (capacity > values.length) {
            int grown = grownCapacity(values.length, capacity);
            values = Arrays.copyOf(values, grown);
            growNullBits(grown);
        }
    }

    @Override
    public void copyFrom(ColumnVector source, int from, int to) {
        if (source.isNull(from)) {
            setNull(to);
        } else {
            setNotNull(to);
            values[to] = ((LongVector) source).values[from];
        }
    }
}
