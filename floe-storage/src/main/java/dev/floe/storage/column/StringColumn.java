package dev.floe.storage.column;

import dev.floe.storage.encoding.Interner;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.StringVector;
import java.util.Comparator;

/** VARCHAR values, dictionary-coded; readers get dictionary-mode vectors. */
public final class StringColumn extends DictionaryColumn<String> {
    public StringColumn() {
        super(new Interner.Strings());
    }

    private StringColumn(boolean captured) {
        super(null);
    }

    @Override
    public PhysicalType type() {
        return PhysicalType.STRING;
    }

    @Override
    protected Comparator<String> valueOrder() {
        return Comparator.naturalOrder();
    }

    @Override
    protected void writeEntry(String value, ByteSink out) {
        out.putString(value);
    }

    @Override
    protected void appendValues(ColumnVector source, int count) {
        StringVector s = (StringVector) source;
        for (int i = 0; i < count; i++) {
            if (s.isNull(i)) {
                codes[size + i] = 0;
            } else if (s.isDictionary()) {
                codes[size + i] = codeOfSourceEntry(s.dictionary, s.codes[i]);
            } else {
                codes[size + i] = interner.intern(s.values[i]);
            }
        }
    }

    @Override
    protected void gatherValues(int[] order, int from, int count, ColumnVector target) {
        StringVector out = (StringVector) target;
        useDictionary(out, dictionary(), count);
        gatherCodes(order, from, count, out.codes);
    }

    /** Switches a vector to dictionary mode over {@code dictionary}, with room for {@code count} codes. */
    public static void useDictionary(StringVector vector, String[] dictionary, int count) {
        if (vector.codes == null || vector.codes.length < count) {
            vector.codes = new int[Math.max(count, vector.capacity())];
        }
        vector.dictionary = dictionary;
    }

    static void readWalValues(ByteReader in, int count, StringVector target) {
        int size = in.getCount(count, "dictionary size");
        String[] dictionary = new String[size];
        for (int i = 0; i < size; i++) {
            dictionary[i] = in.getString();
        }
        target.codes = readWalCodes(in, count, size);
        target.dictionary = dictionary;
    }

    @Override
    public MemColumn capture() {
        StringColumn copy = new StringColumn(true);
        captureInto(copy);
        return copy;
    }
}
