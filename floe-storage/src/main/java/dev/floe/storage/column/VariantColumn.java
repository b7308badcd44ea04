package dev.floe.storage.column;

import dev.floe.storage.encoding.Interner;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.VariantVector;
import java.util.Arrays;
import java.util.Comparator;

/**
 * VARIANT values in their binary form, deduplicated by content: sensor objects such as a
 * device's location repeat on every row, and readers then share one array per distinct value.
 * Ordered by unsigned bytes (only meaningful for clustering, never for SQL comparisons).
 */
public final class VariantColumn extends DictionaryColumn<byte[]> {
    public VariantColumn() {
        super(new Interner.Bytes());
    }

    private VariantColumn(boolean captured) {
        super(null);
    }

    @Override
    public PhysicalType type() {
        return PhysicalType.VARIANT;
    }

    @Override
    protected Comparator<byte[]> valueOrder() {
        return Arrays::compareUnsigned;
    }

    @Override
    protected void writeEntry(byte[] value, ByteSink out) {
        out.putByteString(value);
    }

    @Override
    protected void appendValues(ColumnVector source, int count) {
        byte[][] values = ((VariantVector) source).values;
        for (int i = 0; i < count; i++) {
            codes[size + i] = source.isNull(i) ? 0 : interner.intern(values[i]);
        }
    }

    @Override
    protected void gatherValues(int[] order, int from, int count, ColumnVector target) {
        byte[][] out = ((VariantVector) target).values;
        byte[][] dict = dictionary;
        for (int i = 0; i < count; i++) {
            int row = order == null ? from + i : order[from + i];
            out[i] = isNull(row) ? null : dict[codes[row]];
        }
    }

    static void readWalValues(ByteReader in, int count, VariantVector target) {
        int size = in.getCount(count, "dictionary size");
        byte[][] dictionary = new byte[size][];
        for (int i = 0; i < size; i++) {
            dictionary[i] = in.getByteString();
        }
        int[] codes = readWalCodes(in, count, size);
        for (int i = 0; i < count; i++) {
            target.values[i] = target.isNull(i) ? null : dictionary[codes[i]];
        }
    }

    @Override
    public MemColumn capture() {
        VariantColumn copy = new VariantColumn(true);
        captureInto(copy);
        return copy;
    }
}
