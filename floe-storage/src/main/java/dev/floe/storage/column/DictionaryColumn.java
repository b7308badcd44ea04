package dev.floe.storage.column;

import dev.floe.storage.encoding.IndexSort;
import dev.floe.storage.encoding.Interner;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A column held as int codes into a dictionary of distinct values in first-seen order: strings
 * and VARIANTs, which in sensor data repeat heavily. Appends hash each value once; the WAL,
 * sealing and grouping then work on codes.
 */
public abstract class DictionaryColumn<T> extends MemColumn {
    protected int[] codes = new int[0];
    /** Writer side only (null in a capture). */
    protected final Interner<T> interner;
    /** Captured dictionary; entries [0, dictionarySize) are valid. */
    protected T[] dictionary;
    protected int dictionarySize;
    private volatile T[] exactDictionary;
    private volatile SortedDictionary<T> sorted;

    private Object lastSource;
    private int[] lastRemap;
    private int[] walLocalCodes = new int[0];
    private int[] walUsedCodes = new int[0];

    protected DictionaryColumn(Interner<T> interner) {
        this.interner = interner;
    }

    public final int code(int row) {
        return codes[row];
    }

    /** The captured dictionary, exactly {@link #dictionarySize()} long. */
    public final T[] dictionary() {
        T[] exact = exactDictionary;
        if (exact == null) {
            exact = Arrays.copyOf(dictionary, dictionarySize);
            exactDictionary = exact;
        }
        return exact;
    }

    public final int dictionarySize() {
        return dictionarySize;
    }

    /** The captured dictionary in value order, with each code's rank. */
    public final SortedDictionary<T> sortedDictionary() {
        SortedDictionary<T> s = sorted;
        if (s == null) {
            s = SortedDictionary.of(dictionary(), valueOrder());
            sorted = s;
        }
        return s;
    }

    protected abstract Comparator<T> valueOrder();

    protected abstract void writeEntry(T value, ByteSink out);

    @Override
    protected void ensureValueRows(int rows) {
        if (rows > codes.length) {
            codes = Arrays.copyOf(codes, grown(codes.length, rows));
        }
    }

    @Override
    protected void appendNullValues(int count) {
        Arrays.fill(codes, size, size + count, 0);
    }

    /** Appends a value from a source dictionary, interning each distinct source entry once. */
    protected final int codeOfSourceEntry(T[] sourceDictionary, int sourceCode) {
        if (lastSource != sourceDictionary || lastRemap.length < sourceDictionary.length) {
            lastSource = sourceDictionary;
            lastRemap = new int[sourceDictionary.length];
        }
        int mapped = lastRemap[sourceCode];
        if (mapped == 0) {
            mapped = interner.intern(sourceDictionary[sourceCode]) + 1;
            lastRemap[sourceCode] = mapped;
        }
        return mapped - 1;
    }

    public final void gatherCodes(int[] order, int from, int count, int[] out) {
        if (order == null) {
            System.arraycopy(codes, from, out, 0, count);
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = codes[order[from + i]];
            }
        }
    }

    @Override
    protected final IndexSort.RowComparator valueComparator() {
        int[] ranks = sortedDictionary().ranks();
        return (a, b) -> Integer.compare(ranks[codes[a]], ranks[codes[b]]);
    }

    /** Local dictionary of the values these rows use, then one varint local code per row. */
    @Override
    protected final void writeWalValues(int from, int count, ByteSink out) {
        if (walLocalCodes.length < interner.size()) {
            walLocalCodes = new int[Math.max(interner.size(), walLocalCodes.length * 2)];
        }
        if (walUsedCodes.length < count) {
            walUsedCodes = new int[count];
        }
        int used = 0;
        for (int row = from; row < from + count; row++) {
            int c = codes[row];
            if (!isNull(row) && walLocalCodes[c] == 0) {
                walUsedCodes[used++] = c;
                walLocalCodes[c] = used;
            }
        }
        T[] values = interner.values();
        out.putVarInt(used);
        for (int i = 0; i < used; i++) {
            writeEntry(values[walUsedCodes[i]], out);
        }
        for (int row = from; row < from + count; row++) {
            out.putVarInt(isNull(row) ? 0 : walLocalCodes[codes[row]] - 1);
        }
        for (int i = 0; i < used; i++) {
            walLocalCodes[walUsedCodes[i]] = 0;
        }
    }

    /** Reads a WAL column's local codes, checking each against the local dictionary's size. */
    static int[] readWalCodes(ByteReader in, int count, int dictionarySize) {
        int[] local = new int[count];
        int maxCode = Math.max(0, dictionarySize - 1);
        for (int i = 0; i < count; i++) {
            local[i] = in.getCount(maxCode, "dictionary code");
        }
        return local;
    }

    protected final void captureInto(DictionaryColumn<T> copy) {
        copy.codes = codes;
        copy.dictionary = interner.values();
        copy.dictionarySize = interner.size();
        copyStateTo(copy);
    }
}
