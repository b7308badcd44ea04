package dev.floe.types.vector;

import dev.floe.types.PhysicalType;
import java.util.Arrays;

/**
 * VARCHAR values, in one of two modes. Plain: {@link #values} holds a String per position.
 * Dictionary: {@link #codes} holds an index into {@link #dictionary} per position (sealed
 * segments store strings this way, and grouping or comparing by code avoids touching the
 * strings). {@link #get} works in both modes.
 */
public final class StringVector extends ColumnVector {
    public String[] values;
    public int[] codes;
    public String[] dictionary;

    public StringVector(int capacity) {
        values = new String[capacity];
    }

    /** A vector in dictionary mode over a shared dictionary. */
    public static StringVector ofDictionary(String[] dictionary, int capacity) {
        StringVector v = new StringVector(0);
        v.values = null;
        v.codes = new int[capacity];
        v.dictionary = dictionary;
        return v;
    }

    public boolean isDictionary() {
        return codes != null;
    }

    public String get(int position) {
        return codes != null ? dictionary[codes[position]] : values[position];
    }

    /** Sets a plain value; a dictionary-mode vector must not be written this way. */
    public void set(int position, String value) {
        if (value == null) {
            setNull(position);
        } else {
            setNotNull(position);
            values[position] = value;
        }
    }

    @Override
    public PhysicalType type() {
        return PhysicalType.STRING;
    }

    @Override
    public int capacity() {
        return codes != null ? codes.length : values.length;
    }

    @Override
    public void ensureCapacity(int capacity) {
        if (capacity > capacity()) {
            int grown = grownCapacity(capacity(), capacity);
            if (codes != null) {
                codes = Arrays.copyOf(codes, grown);
            } else {
                values = Arrays.copyOf(values, grown);
            }
            growNullBits(grown);
        }
    }

    @Override
    public void copyFrom(ColumnVector source, int from, int to) {
        if (source.isNull(from)) {
            setNull(to);
        } else {
            setNotNull(to);
            StringVector s = (StringVector) source;
            if (codes != null && s.dictionary == dictionary) {
                codes[to] = s.codes[from];
            } else {
                values[to] = s.get(from);
            }
        }
    }
}
