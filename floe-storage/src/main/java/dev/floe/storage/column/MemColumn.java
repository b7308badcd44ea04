package dev.floe.storage.column;

import dev.floe.storage.encoding.IndexSort;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnVector;
import java.util.Arrays;

/**
 * A growable in-memory column: the open segment's storage, and the staging area compaction merges
 * into. One writer appends; readers work on a {@link #capture() captured} copy that shares the
 * arrays but is frozen at a row count. Appends only write positions at or beyond every captured
 * row count, and growth copies into new arrays, so a captured column never changes under a
 * reader. (A null bitmap word shared between a captured row and a newer one may be rewritten
 * with the same bits for the captured rows; 64-bit JVMs do not tear long stores.)
 */
public abstract class MemColumn {
    private static final long[] NO_BITS = new long[0];

    protected long[] nullBits = NO_BITS;
    protected int size;
    protected boolean anyNull;

    public abstract PhysicalType type();

    /** Rows held (for a captured column: rows visible to it). */
    public final int size() {
        return size;
    }

    public final boolean isNull(int row) {
        return anyNull && (row >>> 6) < nullBits.length && (nullBits[row >>> 6] & (1L << row)) != 0;
    }

    public final boolean hasNulls() {
        return anyNull;
    }

    /** Appends {@code count} rows from positions 0.. of {@code source}, of this column's type. */
    public final void append(ColumnVector source, int count) {
        ensureValueRows(size + count);
        if (source.mayHaveNulls()) {
            for (int i = 0; i < count; i++) {
                if (source.isNull(i)) {
                    markNull(size + i);
                }
            }
        }
        appendValues(source, count);
        size += count;
    }

    /** Appends {@code count} NULLs (rows that existed before an added column). */
    public final void appendNulls(int count) {
        ensureValueRows(size + count);
        for (int i = 0; i < count; i++) {
            markNull(size + i);
        }
        appendNullValues(count);
        size += count;
    }

    /**
     * Copies rows into positions {@code 0..count-1} of {@code target}: rows
     * {@code order[from..from+count)} when {@code order} is given, else rows {@code from..from+count).
     */
    public final void gather(int[] order, int from, int count, ColumnVector target) {
        target.ensureCapacity(count);
        target.reset();
        if (anyNull) {
            for (int i = 0; i < count; i++) {
                if (isNull(order == null ? from + i : order[from + i])) {
                    target.setNull(i);
                }
            }
        }
        gatherValues(order, from, count, target);
    }

    /** Orders rows by value, NULLs last. */
    public final IndexSort.RowComparator comparator() {
        IndexSort.RowComparator values = valueComparator();
        return (a, b) -> {
            boolean nullA = isNull(a);
            if (nullA || isNull(b)) {
                return Boolean.compare(nullA, isNull(b));
            }
            return values.compare(a, b);
        };
    }

    /** The order of two rows that both hold a value. */
    protected abstract IndexSort.RowComparator valueComparator();

    /** Writes rows [from, from+count) in the WAL's column form (see docs/storage-format.md). */
    public final void writeWal(int from, int count, ByteSink out) {
        boolean nulls = false;
        for (int i = 0; i < count && anyNull && !nulls; i++) {
            nulls = isNull(from + i);
        }
        out.putByte(nulls ? 1 : 0);
        if (nulls) {
            for (int word = 0; word < (count + 63) >>> 6; word++) {
                long bits = 0;
                for (int bit = 0; bit < 64 && word * 64 + bit < count; bit++) {
                    if (isNull(from + word * 64 + bit)) {
                        bits |= 1L << bit;
                    }
                }
                out.putLong(bits);
            }
        }
        writeWalValues(from, count, out);
    }

    /** Reads one column written by {@link #writeWal} into a new vector. */
    public static ColumnVector readWal(PhysicalType type, ByteReader in, int count) {
        ColumnVector vector = ColumnVector.allocate(type, count);
        if (in.getByte() != 0) {
            for (int word = 0; word < (count + 63) >>> 6; word++) {
                long bits = in.getLong();
                while (bits != 0) {
                    int bit = Long.numberOfTrailingZeros(bits);
                    int row = word * 64 + bit;
                    if (row < count) {
                        vector.setNull(row);
                    }
                    bits &= bits - 1;
                }
            }
        }
        switch (type) {
            case LONG: LongColumn.readWalValues(in, count, (dev.floe.types.vector.LongVector) vector); break;
            case TIMESTAMP_TZ: TimestampTzColumn.readWalValues(in, count, (dev.floe.types.vector.TimestampTzVector) vector); break;
            case DOUBLE: DoubleColumn.readWalValues(in, count, (dev.floe.types.vector.DoubleVector) vector); break;
            case BOOLEAN: BooleanColumn.readWalValues(in, count, (dev.floe.types.vector.BooleanVector) vector); break;
            case STRING: StringColumn.readWalValues(in, count, (dev.floe.types.vector.StringVector) vector); break;
            case VARIANT: VariantColumn.readWalValues(in, count, (dev.floe.types.vector.VariantVector) vector); break;
            default: throw new IllegalStateException("no WAL form for " + type);
        }
        return vector;
    }

    /** A frozen copy sharing this column's arrays, seeing its current rows only. */
    public abstract MemColumn capture();

    protected final void copyStateTo(MemColumn copy) {
        copy.nullBits = nullBits;
        copy.size = size;
        copy.anyNull = anyNull;
    }

    protected abstract void appendValues(ColumnVector source, int count);

    protected abstract void appendNullValues(int count);

    protected abstract void gatherValues(int[] order, int from, int count, ColumnVector target);

    protected abstract void writeWalValues(int from, int count, ByteSink out);

    /** Makes room for {@code rows} rows in the value arrays. */
    protected abstract void ensureValueRows(int rows);

    private void markNull(int row) {
        int word = row >>> 6;
        if (word >= nullBits.length) {
            nullBits = Arrays.copyOf(nullBits, Math.max(word + 1, nullBits.length * 2));
        }
        nullBits[word] |= 1L << row;
        anyNull = true;
    }

    protected static int grown(int current, int needed) {
        return Math.max(needed, Math.max(1024, current + (current >> 1)));
    }

    public static MemColumn create(PhysicalType type) {
        switch (type) {
            case LONG: return new LongColumn();
            case TIMESTAMP_TZ: return new TimestampTzColumn();
            case DOUBLE: return new DoubleColumn();
            case BOOLEAN: return new BooleanColumn();
            case STRING: return new StringColumn();
            case VARIANT: return new VariantColumn();
            default: throw new IllegalArgumentException("no column storage for " + type);
        }
    }
}
