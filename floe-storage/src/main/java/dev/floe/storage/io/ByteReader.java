package dev.floe.storage.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Sequential little-endian reads over a region of a buffer (heap or memory-mapped), checking
 * every read against the region's end so that truncated or corrupt input fails with a
 * {@link FormatException} rather than reading garbage. Uses absolute gets only, so many readers
 * may share one buffer.
 */
public final class ByteReader {
    private final ByteBuffer buffer;
    private final int end;
    private int position;

    public ByteReader(ByteBuffer buffer, int from, int to) {
        if (buffer.order() != ByteOrder.LITTLE_ENDIAN) {
            throw new IllegalArgumentException("buffer must be little-endian");
        }
        this.buffer = buffer;
        this.position = from;
        this.end = to;
    }

    public static ByteReader of(byte[] bytes, int from, int to) {
        return new ByteReader(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), from, to);
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    public ByteBuffer buffer() {
        return buffer;
    }

    /** Reserves {@code length} bytes and returns where they start. */
    public int skip(int length) {
        require(length);
        int start = position;
        position += length;
        return start;
    }

    public int getByte() {
        require(1);
        return buffer.get(position++) & 0xFF;
    }

    public int getInt() {
        require(4);
        int v = buffer.getInt(position);
        position += 4;
        return v;
    }

    public long getLong() {
        require(8);
        long v = buffer.getLong(position);
        position += 8;
        return v;
    }

    public double getDouble() {
        return Double.longBitsToDouble(getLong());
    }

    public long getVarLong() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = getByte();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new FormatException("varint longer than 10 bytes at " + position);
    }

    public int getVarInt() {
        long v = getVarLong();
        if (v > 0xFFFFFFFFL) {
            throw new FormatException("varint " + v + " does not fit 32 bits");
        }
        return (int) v;
    }

    /** A non-negative int bounded by {@code max}, for counts and lengths. */
    public int getCount(int max, String what) {
        long v = getVarLong();
        if (v < 0 || v > max) {
            throw new FormatException(what + " " + v + " out of range 0.." + max);
        }
        return (int) v;
    }

    public long getZigZag() {
        long v = getVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    public byte[] getByteString() {
        int length = getCount(remaining(), "byte string length");
        byte[] out = new byte[length];
        buffer.get(position, out, 0, length);
        position += length;
        return out;
    }

    public String getString() {
        return new String(getByteString(), StandardCharsets.UTF_8);
    }

    private void require(int length) {
        if (length < 0 || position + length > end || position + length < 0) {
            throw new FormatException("truncated: needed " + length + " bytes at " + position + ", region ends at " + end);
        }
    }
}
