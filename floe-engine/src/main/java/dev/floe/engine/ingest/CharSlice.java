package dev.floe.engine.ingest;

/** A reusable view of part of a char array, so that parsers reading CharSequence need no String per value. */
final class CharSlice implements CharSequence {
    private char[] chars;
    private int offset;
    private int length;

    CharSlice set(char[] chars, int offset, int length) {
        this.chars = chars;
        this.offset = offset;
        this.length = length;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, offset + start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, offset, length);
    }
}
