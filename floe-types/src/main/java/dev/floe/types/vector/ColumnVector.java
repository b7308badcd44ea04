package dev.floe.types.vector;

import dev.floe.types.PhysicalType;
import java.util.Arrays;

/**
 * A column of values of one physical type, with a real null bitmap (Snowflake's NULL semantics
 * need true NULLs, not sentinels). The bitmap is allocated lazily: a vector that never saw a
 * NULL costs nothing for it. Vectors are mutable and not thread-safe; an operator owns the ones
 * it fills.
 */
public abstract class ColumnVector {
    private long[] nullBits;

    public abstract PhysicalType type();

    /** How many positions this vector can hold without growing. */
    public abstract int capacity();

    /** Grows the vector to hold at least {@code capacity} positions, keeping its contents. */
    public abstract void ensureCapacity(int capacity);

    /** Copies position {@code from} of {@code source} (same type) into position {@code to}. */
    public abstract void copyFrom(ColumnVector source, int from, int to);

    public final boolean isNull(int position) {
        long[] bits = nullBits;
        return bits != null && (bits[position >>> 6] & (1L << position)) != 0;
    }

    public final void setNull(int position) {
        if (nullBits == null) {
            nullBits = new long[bitWords(capacity())];
        } else if (nullBits.length < bitWords(position + 1)) {
            nullBits = Arrays.copyOf(nullBits, bitWords(capacity()));
        }
        nullBits[position >>> 6] |= 1L << position;
    }

    /** Marks the position as holding a value (clears a NULL left by an earlier use). */
    public final void setNotNull(int position) {
        if (nullBits != null && (position >>> 6) < nullBits.length) {
            nullBits[position >>> 6] &= ~(1L << position);
        }
    }

    /** True when some position may be NULL; false guarantees none is. */
    public final boolean mayHaveNulls() {
        return nullBits != null;
    }

    /** Forgets all NULL marks, so that the vector can be refilled. */
    public void reset() {
        nullBits = null;
    }

    /** The raw null bitmap, or null when no position is NULL. For encoders. */
    public final long[] nullBits() {
        return nullBits;
    }

    protected final void growNullBits(int capacity) {
        if (nullBits != null && nullBits.length < bitWords(capacity)) {
            nullBits = Arrays.copyOf(nullBits, bitWords(capacity));
        }
    }

    protected static int bitWords(int positions) {
        return (positions + 63) >>> 6;
    }

    protected static int grownCapacity(int current, int needed) {
        int grown = Math.max(needed, current + (current >> 1) + 16);
        return grown < 0 ? Integer.MAX_VALUE - 8 : grown;
    }

    public static ColumnVector allocate(PhysicalType type, int capacity) {
        switch (type) {
            case BOOLEAN: return new BooleanVector(capacity);
            case LONG: return new LongVector(capacity);
            case DOUBLE: return new DoubleVector(capacity);
            case STRING: return new StringVector(capacity);
            case VARIANT: return new VariantVector(capacity);
            case TIMESTAMP_TZ: return new TimestampTzVector(capacity);
            default: throw new IllegalArgumentException("no vector for " + type);
        }
    }
}
