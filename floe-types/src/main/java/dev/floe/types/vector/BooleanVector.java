package dev.floe.types.vector;

import dev.floe.types.PhysicalType;
import java.util.Arrays;

/** BOOLEAN values. */
public final class BooleanVector extends ColumnVector {
    public boolean[] values;

    public BooleanVector(int capacity) {
        values = new boolean[capacity];
    }

    @Override
    public PhysicalType type() {
        return PhysicalType.BOOLEAN;
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
            values[to] = ((BooleanVector) source).values[from];
        }
    }
}
