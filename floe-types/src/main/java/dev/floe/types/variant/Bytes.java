package dev.floe.types.variant;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian reads and writes on byte arrays, and unsigned UTF-8 byte comparison. */
final class Bytes {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    static short getShort(byte[] b, int off) {
        return (short) SHORT.get(b, off);
    }

    static int getInt(byte[] b, int off) {
        return (int) INT.get(b, off);
    }

    static long getLong(byte[] b, int off) {
        return (long) LONG.get(b, off);
    }

    static void putShort(byte[] b, int off, short v) {
        SHORT.set(b, off, v);
    }

    static void putInt(byte[] b, int off, int v) {
        INT.set(b, off, v);
    }

    static void putLong(byte[] b, int off, long v) {
        LONG.set(b, off, v);
    }

    /** An unsigned integer of {@code width} (1, 2 or 4) bytes. */
    static int getUnsigned(byte[] b, int off, int width) {
        switch (width) {
            case 1: return b[off] & 0xFF;
            case 2: return getShort(b, off) & 0xFFFF;
            default: return getInt(b, off);
        }
    }

    static void putUnsigned(byte[] b, int off, int width, int v) {
        switch (width) {
            case 1: b[off] = (byte) v; break;
            case 2: putShort(b, off, (short) v); break;
            default: putInt(b, off, v);
        }
    }

    /** Compares two byte ranges as unsigned bytes, which orders UTF-8 text by code point. */
    static int compare(byte[] a, int aFrom, int aLen, byte[] b, int bFrom, int bLen) {
        int mismatch = java.util.Arrays.mismatch(a, aFrom, aFrom + aLen, b, bFrom, bFrom + bLen);
        if (mismatch < 0) {
            return 0;
        }
        if (mismatch == aLen || mismatch == bLen) {
            return Integer.compare(aLen, bLen);
        }
        return Integer.compare(a[aFrom + mismatch] & 0xFF, b[bFrom + mismatch] & 0xFF);
    }

    static boolean equal(byte[] a, int aFrom, int aLen, byte[] b, int bFrom, int bLen) {
        return aLen == bLen && java.util.Arrays.equals(a, aFrom, aFrom + aLen, b, bFrom, bFrom + bLen);
    }

    static int hash(byte[] b, int from, int len) {
        int h = 1;
        for (int i = from, end = from + len; i < end; i++) {
            h = 31 * h + b[i];
        }
        return h;
    }
}
