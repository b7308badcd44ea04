package dev.floe.storage.encoding;

import java.util.Arrays;

/**
 * Assigns dense codes 0, 1, 2, ... to distinct values in first-seen order (open addressing, no
 * boxing). The value array only grows by copying, so an array obtained from {@link #values()}
 * keeps its first {@link #size()} entries forever: readers may hold it while interning continues.
 */
public abstract class Interner<T> {
    private T[] values;
    private int size;
    private int[] slots;
    private int[] hashes;

    protected Interner(T[] initial) {
        values = initial;
        slots = new int[64];
        hashes = new int[initial.length];
    }

    protected abstract int hash(T value);

    protected abstract boolean same(T a, T b);

    public int intern(T value) {
        int h = mix(hash(value));
        int mask = slots.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(value, h, slot);
            }
            int code = entry - 1;
            if (hashes[code] == h && same(values[code], value)) {
                return code;
            }
        }
    }

    private int add(T value, int h, int slot) {
        if (size == values.length) {
            int grown = Math.max(16, size * 2);
            values = Arrays.copyOf(values, grown);
            hashes = Arrays.copyOf(hashes, grown);
        }
        int code = size++;
        values[code] = value;
        hashes[code] = h;
        slots[slot] = code + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = hashes[code] & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = code + 1;
        }
        slots = grown;
    }

    /** The distinct values by code; entries at and beyond {@link #size()} are unspecified. */
    public T[] values() {
        return values;
    }

    public int size() {
        return size;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Interns strings. */
    public static final class Strings extends Interner<String> {
        public Strings() {
            super(new String[16]);
        }

        @Override
        protected int hash(String value) {
            return value.hashCode();
        }

        @Override
        protected boolean same(String a, String b) {
            return a.equals(b);
        }
    }

    /** Interns byte strings by content (VARIANT values). */
    public static final class Bytes extends Interner<byte[]> {
        public Bytes() {
            super(new byte[16][]);
        }

        @Override
        protected int hash(byte[] value) {
            return Arrays.hashCode(value);
        }

        @Override
        protected boolean same(byte[] a, byte[] b) {
            return Arrays.equals(a, b);
        }
    }
}
