package dev.floe.storage.encoding;

import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.FormatException;

/**
 * Encodes a run of 64-bit integers as the smallest of: one constant; frame of reference (minimum,
 * common divisor of the distances to it, bit-packed quotients); delta (first value, minimum
 * delta, common divisor, bit-packed delta quotients); or patched delta, which packs the typical
 * deltas narrowly and lists the few outliers apart. The divisor turns millisecond timestamps
 * held in nanoseconds into small numbers; delta wins on sorted columns; patched delta wins on
 * timestamps sorted by (time bucket, device), which restart at each device's run.
 */
public final class LongCodec {
    static final int CONSTANT = 0;
    static final int FRAME_OF_REFERENCE = 1;
    static final int DELTA = 2;
    static final int PATCHED_DELTA = 3;
    /** Deltas outside this share at each end become exceptions in the patched encoding. */
    private static final int OUTLIER_PERCENT = 1;

    private LongCodec() {
    }

    public static void encode(long[] values, int count, ByteSink out) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            long v = values[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (count == 0 || min == max) {
            out.putByte(CONSTANT);
            out.putLong(count == 0 ? 0 : min);
            return;
        }
        long range = max - min;
        long forGcd = range < 0 ? 1 : gcdOfOffsets(values, count, min);
        int forWidth = BitPacking.width(range < 0 ? range : range / forGcd);

        long minDelta = Long.MAX_VALUE;
        long maxDelta = Long.MIN_VALUE;
        boolean deltaFits = true;
        for (int i = 1; i < count && deltaFits; i++) {
            long a = values[i];
            long b = values[i - 1];
            long d = a - b;
            deltaFits = ((a ^ b) & (a ^ d)) >= 0;
            minDelta = Math.min(minDelta, d);
            maxDelta = Math.max(maxDelta, d);
        }
        long deltaRange = maxDelta - minDelta;
        boolean deltaUsable = deltaFits && deltaRange >= 0;
        long deltaGcd = !deltaUsable || deltaRange == 0 ? 1 : gcdOfDeltaOffsets(values, count, minDelta);
        int deltaWidth = deltaUsable ? BitPacking.width(deltaRange / deltaGcd) : 64;
        long forBits = (long) count * forWidth;
        long deltaBits = deltaUsable ? (long) (count - 1) * deltaWidth + 64 : Long.MAX_VALUE;
        if (deltaFits && count > 2 && encodePatchedIfSmaller(values, count, Math.min(forBits, deltaBits), out)) {
            return;
        }
        if (deltaBits < forBits) {
            long[] scratch = Scratch.longs(count);
            for (int i = 1; i < count; i++) {
                scratch[i - 1] = (values[i] - values[i - 1] - minDelta) / deltaGcd;
            }
            out.putByte(DELTA);
            out.putLong(values[0]);
            out.putLong(minDelta);
            out.putVarLong(deltaGcd);
            out.putByte(deltaWidth);
            BitPacking.pack(scratch, count - 1, deltaWidth, out);
            return;
        }
        long[] scratch = Scratch.longs(count);
        for (int i = 0; i < count; i++) {
            scratch[i] = forGcd == 1 ? values[i] - min : (values[i] - min) / forGcd;
        }
        out.putByte(FRAME_OF_REFERENCE);
        out.putLong(min);
        out.putVarLong(forGcd);
        out.putByte(forWidth);
        BitPacking.pack(scratch, count, forWidth, out);
    }

    /**
     * Patched delta: deltas inside [low, high] (the range left after cutting the outlying percent
     * at each end) are packed as (delta - low) / divisor; the others are exceptions, listed as
     * (index, delta) after the header. Written only when it takes fewer bits than
     * {@code bitsToBeat}; returns whether it was.
     */
    private static boolean encodePatchedIfSmaller(long[] values, int count, long bitsToBeat, ByteSink out) {
        int n = count - 1;
        long[] deltas = new long[n];
        for (int i = 0; i < n; i++) deltas[i] = values[i + 1] - values[i];
        long[] sorted = deltas.clone();
        java.util.Arrays.sort(sorted);
        int cut = n * OUTLIER_PERCENT / 100;
        long low = sorted[cut];
        long high = sorted[n - 1 - cut];
        if (high - low < 0) return false;
        long gcd = 0;
        int exceptions = 0;
        for (long d : deltas) {
            if (d >= low && d <= high) gcd = gcd(gcd, d - low);
        }
        gcd = gcd == 0 ? 1 : gcd;
        for (long d : deltas) {
            if (d < low || d > high || (d - low) % gcd != 0) exceptions++;
        }
        int width = BitPacking.width((high - low) / gcd);
        long bits = (long) n * width + exceptions * 96L + 160;
        if (exceptions == 0 || bits >= bitsToBeat) {
            return false;
        }
        long[] packed = Scratch.longs(n);
        out.putByte(PATCHED_DELTA);
        out.putLong(values[0]);
        out.putLong(low);
        out.putVarLong(gcd);
        out.putByte(width);
        out.putVarInt(exceptions);
        for (int i = 0; i < n; i++) {
            long d = deltas[i];
            if (d < low || d > high || (d - low) % gcd != 0) {
                out.putVarInt(i);
                out.putLong(d);
                packed[i] = 0;
            } else {
                packed[i] = (d - low) / gcd;
            }
        }
        BitPacking.pack(packed, n, width, out);
        return true;
    }

    /** GCD of {@code values[i] - base}; stops early once it reaches 1. */
    private static long gcdOfOffsets(long[] values, int count, long base) {
        long g = 0;
        for (int i = 0; i < count && g != 1; i++) {
            g = gcd(g, values[i] - base);
        }
        return g == 0 ? 1 : g;
    }

    /** GCD of {@code (values[i] - values[i-1]) - minDelta}; stops early once it reaches 1. */
    private static long gcdOfDeltaOffsets(long[] values, int count, long minDelta) {
        long g = 0;
        for (int i = 1; i < count && g != 1; i++) {
            g = gcd(g, values[i] - values[i - 1] - minDelta);
        }
        return g == 0 ? 1 : g;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public static void decode(ByteReader in, long[] out, int count) {
        int kind = in.getByte();
        switch (kind) {
            case CONSTANT: {
                java.util.Arrays.fill(out, 0, count, in.getLong());
                return;
            }
            case FRAME_OF_REFERENCE: {
                long base = in.getLong();
                long gcd = in.getVarLong();
                int width = width(in);
                int start = in.skip(BitPacking.packedBytes(count, width));
                BitPacking.unpack(in.buffer(), start, in.position(), width, out, count);
                if (gcd == 1) {
                    for (int i = 0; i < count; i++) {
                        out[i] += base;
                    }
                } else {
                    for (int i = 0; i < count; i++) {
                        out[i] = base + out[i] * gcd;
                    }
                }
                return;
            }
            case DELTA: {
                long prev = in.getLong();
                long minDelta = in.getLong();
                long gcd = in.getVarLong();
                int width = width(in);
                int start = in.skip(BitPacking.packedBytes(count - 1, width));
                BitPacking.unpack(in.buffer(), start, in.position(), width, out, count - 1);
                for (int i = 0; i < count - 1; i++) {
                    long step = minDelta + out[i] * gcd;
                    out[i] = prev;
                    prev += step;
                }
                out[count - 1] = prev;
                return;
            }
            case PATCHED_DELTA: {
                long prev = in.getLong();
                long low = in.getLong();
                long gcd = in.getVarLong();
                int width = width(in);
                int exceptions = in.getCount(Math.max(0, count - 1), "exception count");
                int[] at = new int[exceptions];
                long[] exact = new long[exceptions];
                for (int e = 0; e < exceptions; e++) {
                    at[e] = in.getCount(count - 2, "exception index");
                    exact[e] = in.getLong();
                }
                int start = in.skip(BitPacking.packedBytes(count - 1, width));
                BitPacking.unpack(in.buffer(), start, in.position(), width, out, count - 1);
                for (int i = 0; i < count - 1; i++) {
                    out[i] = low + out[i] * gcd;
                }
                for (int e = 0; e < exceptions; e++) {
                    out[at[e]] = exact[e];
                }
                for (int i = 0; i < count - 1; i++) {
                    long step = out[i];
                    out[i] = prev;
                    prev += step;
                }
                out[count - 1] = prev;
                return;
            }
            default:
                throw new FormatException("unknown integer encoding " + kind);
        }
    }

    private static int width(ByteReader in) {
        int width = in.getByte();
        if (width > 64) {
            throw new FormatException("bit width " + width + " exceeds 64");
        }
        return width;
    }
}
