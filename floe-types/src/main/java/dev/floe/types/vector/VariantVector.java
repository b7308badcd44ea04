package dev.floe.types.vector;

import dev.floe.types.PhysicalType;
import java.util.Arrays;

/** VARIANT, OBJECT and ARRAY values, each in the binary form of {@code dev.floe.types.variant}. */
public final class VariantVector extends ColumnVector {
    public byte[][] values;

    public VariantVector(int capacity) {
        values = new byte[capacity][];
    }

    public void set(int position, byte[] value) {
        if (value == null) {
            setNull(position);
        } else {
            setNotNull(position);
            values[position] = value;
        }
    }

    @Override
    public PhysicalType type() {
        return PhysicalType.VARIANT;
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
            values[to] = ((VariantVector) source).values[from];
        }
    }
}
