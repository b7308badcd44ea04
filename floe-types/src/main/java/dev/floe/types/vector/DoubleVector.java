package dev.floe.types.vector;

import dev.floe.types.PhysicalType;
import java.util.Arrays;

/** FLOAT values. */
public final class DoubleVector extends ColumnVector {
    public double[] values;

    public DoubleVector(int capacity) {
        values = new double[capacity];
    }

    @Override
    public PhysicalType type() {
        return PhysicalType.DOUBLE;
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
            values[to] = ((DoubleVector) source).values[from];
        }
    }
}
