package dev.floe.storage.segment;

import dev.floe.storage.column.StringColumn;
import dev.floe.storage.encoding.DoubleCodec;
import dev.floe.storage.encoding.LongCodec;
import dev.floe.storage.encoding.Scratch;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.FormatException;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.TimestampTzVector;
import dev.floe.types.vector.VariantVector;

/**
 * One block of one column in a segment file: a flags byte, the null bitmap when the block has
 * NULLs, then the values in a type-specific encoding (docs/storage-format.md). NULL positions are
 * encoded as a copy of the preceding value so they do not widen frames of reference.
 */
final class ChunkCodec {
    private static final int HAS_NULLS = 1;

    private ChunkCodec() {
    }

    /** Encodes a block of a column stored by value; the vector's NULL slots are overwritten. */
    static void encodeValues(ColumnVector vector, int count, ByteSink out) {
        writeNulls(vector, count, out);
        switch (vector.type()) {
            case LONG:
            case TIMESTAMP_TZ: {
                LongVector v = (LongVector) vector;
                long[] values = Scratch.moreLongs(count);
                System.arraycopy(v.values, 0, values, 0, count);
                fillNullSlots(vector, values, count);
                LongCodec.encode(values, count, out);
                if (vector instanceof TimestampTzVector) {
                    int[] offsets = ((TimestampTzVector) vector).offsetMinutes;
                    for (int i = 0; i < count; i++) {
                        values[i] = vector.isNull(i) ? 0 : offsets[i];
                    }
                    LongCodec.encode(values, count, out);
                }
                return;
            }
            case DOUBLE: {
                double[] values = ((DoubleVector) vector).values;
                for (int i = 0; i < count; i++) {
                    if (vector.isNull(i)) {
                        values[i] = i == 0 ? firstNonNull(vector, values, count) : values[i - 1];
                    }
                }
                DoubleCodec.encode(values, count, out);
                return;
            }
            case BOOLEAN: {
                boolean[] bools = ((BooleanVector) vector).values;
                long[] values = Scratch.moreLongs(count);
                for (int i = 0; i < count; i++) {
                    values[i] = bools[i] ? 1 : 0;
                }
                LongCodec.encode(values, count, out);
                return;
            }
            case VARIANT: {
                byte[][] values = ((VariantVector) vector).values;
                long[] lengths = Scratch.moreLongs(count);
                int total = 0;
                for (int i = 0; i < count; i++) {
                    lengths[i] = vector.isNull(i) ? 0 : values[i].length;
                    total += (int) lengths[i];
                }
                LongCodec.encode(lengths, count, out);
                out.ensureRoom(total);
                for (int i = 0; i < count; i++) {
                    if (!vector.isNull(i)) {
                        out.putBytes(values[i]);
                    }
                }
                return;
            }
            default:
                throw new IllegalArgumentException("not a by-value column: " + vector.type());
        }
    }

    /** Encodes a block of a dictionary-coded column: NULLs from {@code nulls}, codes as integers. */
    static void encodeCodes(ColumnVector nulls, int[] codes, int count, ByteSink out) {
        writeNulls(nulls, count, out);
        long[] values = Scratch.moreLongs(count);
        for (int i = 0; i < count; i++) {
            values[i] = codes[i];
        }
        fillNullSlots(nulls, values, count);
        LongCodec.encode(values, count, out);
    }

    /**
     * Decodes a block into positions 0..count-1 of {@code target}; {@code dictionary} is the
     * segment column's dictionary (String[] or byte[][]) or null for by-value columns.
     */
    static void decode(ByteReader in, int count, ColumnVector target, Object dictionary) {
        target.ensureCapacity(count);
        target.reset();
        int flags = in.getByte();
        if ((flags & ~HAS_NULLS) != 0) {
            throw new FormatException("unknown chunk flags " + flags);
        }
        if ((flags & HAS_NULLS) != 0) {
            readNulls(in, count, target);
        }
        switch (target.type()) {
            case LONG:
                LongCodec.decode(in, ((LongVector) target).values, count);
                return;
            case TIMESTAMP_TZ: {
                TimestampTzVector v = (TimestampTzVector) target;
                LongCodec.decode(in, v.values, count);
                long[] offsets = Scratch.longs(count);
                LongCodec.decode(in, offsets, count);
                for (int i = 0; i < count; i++) {
                    v.offsetMinutes[i] = (int) offsets[i];
                }
                return;
            }
            case DOUBLE:
                DoubleCodec.decode(in, ((DoubleVector) target).values, count);
                return;
            case BOOLEAN: {
                long[] bits = Scratch.longs(count);
                LongCodec.decode(in, bits, count);
                boolean[] out = ((BooleanVector) target).values;
                for (int i = 0; i < count; i++) {
                    out[i] = bits[i] != 0;
                }
                return;
            }
            case STRING: {
                String[] strings = (String[]) dictionary;
                StringVector v = (StringVector) target;
                StringColumn.useDictionary(v, strings, count);
                long[] codes = decodeCodes(in, count, strings.length);
                for (int i = 0; i < count; i++) {
                    v.codes[i] = (int) codes[i];
                }
                return;
            }
            case VARIANT:
                decodeVariants(in, count, (VariantVector) target, (byte[][]) dictionary);
                return;
            default:
                throw new IllegalArgumentException("no chunk form for " + target.type());
        }
    }

    private static void decodeVariants(ByteReader in, int count, VariantVector target, byte[][] dictionary) {
        if (dictionary != null) {
            long[] codes = decodeCodes(in, count, dictionary.length);
            for (int i = 0; i < count; i++) {
                target.values[i] = target.isNull(i) ? null : dictionary[(int) codes[i]];
            }
            return;
        }
        long[] lengths = Scratch.longs(count);
        LongCodec.decode(in, lengths, count);
        for (int i = 0; i < count; i++) {
            if (lengths[i] < 0 || lengths[i] > in.remaining()) {
                throw new FormatException("variant length " + lengths[i] + " exceeds the chunk");
            }
            if (target.isNull(i)) {
                target.values[i] = null;
            } else {
                byte[] value = new byte[(int) lengths[i]];
                in.buffer().get(in.skip(value.length), value, 0, value.length);
                target.values[i] = value;
            }
        }
    }

    /** Decodes codes into the thread's scratch array, each checked against the dictionary. */
    private static long[] decodeCodes(ByteReader in, int count, int dictionarySize) {
        long[] codes = Scratch.longs(count);
        LongCodec.decode(in, codes, count);
        long limit = Math.max(1, dictionarySize);
        for (int i = 0; i < count; i++) {
            if (codes[i] < 0 || codes[i] >= limit) {
                throw new FormatException("dictionary code " + codes[i] + " out of range 0.." + (limit - 1));
            }
        }
        return codes;
    }

    private static void writeNulls(ColumnVector vector, int count, ByteSink out) {
        boolean any = false;
        for (int i = 0; i < count && vector.mayHaveNulls() && !any; i++) {
            any = vector.isNull(i);
        }
        out.putByte(any ? HAS_NULLS : 0);
        if (any) {
            for (int word = 0; word < (count + 63) >>> 6; word++) {
                long bits = 0;
                for (int bit = 0; bit < 64 && word * 64 + bit < count; bit++) {
                    if (vector.isNull(word * 64 + bit)) {
                        bits |= 1L << bit;
                    }
                }
                out.putLong(bits);
            }
        }
    }

    private static void readNulls(ByteReader in, int count, ColumnVector target) {
        for (int word = 0; word < (count + 63) >>> 6; word++) {
            long bits = in.getLong();
            while (bits != 0) {
                int row = word * 64 + Long.numberOfTrailingZeros(bits);
                if (row >= count) {
                    throw new FormatException("null bit set beyond the block's " + count + " rows");
                }
                target.setNull(row);
                bits &= bits - 1;
            }
        }
    }

    private static void fillNullSlots(ColumnVector nulls, long[] values, int count) {
        if (!nulls.mayHaveNulls()) {
            return;
        }
        long fill = 0;
        for (int i = 0; i < count; i++) {
            if (!nulls.isNull(i)) {
                fill = values[i];
                break;
            }
        }
        for (int i = 0; i < count; i++) {
            if (nulls.isNull(i)) {
                values[i] = fill;
            } else {
                fill = values[i];
            }
        }
    }

    private static double firstNonNull(ColumnVector vector, double[] values, int count) {
        for (int i = 0; i < count; i++) {
            if (!vector.isNull(i)) {
                return values[i];
            }
        }
        return 0.0;
    }
}
