package dev.floe.storage.encoding;

import dev.floe.storage.io.ByteSink;
import java.nio.ByteBuffer;

/**
 * Packs unsigned values of a fixed bit width (0..64) back to back, least significant bit first,
 * into {@code ceil(n * width / 8)} bytes.
 */
public final class BitPacking {
    private BitPacking() {
    }

    /** Bits needed to hold {@code value} taken as unsigned. */
    public static int width(long value) {
        return 64 - Long.numberOfLeadingZeros(value);
    }

    public static int packedBytes(int count, int width) {
        return (int) (((long) count * width + 7) >>> 3);
    }

    public static void pack(long[] values, int count, int width, ByteSink out) {
        if (width == 0) {
            return;
        }
        out.ensureRoom(packedBytes(count, width) + 8);
        long acc = 0;
        int bits = 0;
        for (int i = 0; i < count; i++) {
            long v = values[i];
            acc |= v << bits;
            bits += width;
            if (bits >= 64) {
                out.putLong(acc);
                bits -= 64;
                acc = bits == 0 ? 0 : v >>> (width - bits);
            }
        }
        for (int written = 0; written < bits; written += 8) {
            out.putByte((int) acc);
            acc >>>= 8;
        }
    }

    /**
     * Unpacks {@code count} values of {@code width} bits stored at {@code offset} into
     * {@code out[0..count)}. {@code end} bounds the packed bytes (exclusive).
     */
    public static void unpack(ByteBuffer buffer, int offset, int end, int width, long[] out, int count) {
        if (width == 0) {
            java.util.Arrays.fill(out, 0, count, 0L);
            return;
        }
        long mask = width == 64 ? -1L : (1L << width) - 1;
        int i = 0;
        if (width <= 56) {
            // Values whose 8-byte window lies inside the packed bytes decode with one load each.
            long lastWindow = (long) (end - offset - 8) << 3;
            int fast = lastWindow < 0 ? 0 : (int) Math.min(count, lastWindow / width + 1);
            long bitPos = 0;
            for (; i < fast; i++, bitPos += width) {
                out[i] = (buffer.getLong(offset + (int) (bitPos >>> 3)) >>> (bitPos & 7)) & mask;
            }
        }
        for (; i < count; i++) {
            out[i] = readBits(buffer, offset, (long) i * width, width);
        }
    }

    private static long readBits(ByteBuffer buffer, int offset, long bitPos, int width) {
        int first = offset + (int) (bitPos >>> 3);
        int shift = (int) (bitPos & 7);
        int bytes = (shift + width + 7) >>> 3;
        long lo = 0;
        for (int b = 0; b < Math.min(bytes, 8); b++) {
            lo |= (buffer.get(first + b) & 0xFFL) << (8 * b);
        }
        long v = lo >>> shift;
        if (bytes > 8) {
            v |= (buffer.get(first + 8) & 0xFFL) << (64 - shift);
        }
        return width == 64 ? v : v & ((1L << width) - 1);
    }
}
