package dev.floe.storage.encoding;

import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.FormatException;

/**
 * Encodes doubles either raw or, when every value is a decimal with few fractional digits (sensor
 * readings such as 23.45), as the integers {@code value * 10^e} through {@link LongCodec} — the
 * idea of ALP (Afroozeh et al., SIGMOD 2023) without its per-vector exception lists. Lossless:
 * the decimal form is chosen only when {@code (double) scaled / 10^e} reproduces every value bit
 * for bit, which is exactly what decoding computes.
 */
public final class DoubleCodec {
    static final int RAW = 0;
    static final int DECIMAL = 1;
    private static final int MAX_EXPONENT = 15;
    private static final double MAX_SCALED = 0x1p52;
    private static final double[] POWERS_OF_TEN = new double[MAX_EXPONENT + 1];

    static {
        double p = 1;
        for (int e = 0; e <= MAX_EXPONENT; e++) {
            POWERS_OF_TEN[e] = p;
            p *= 10;
        }
    }

    private DoubleCodec() {
    }

    public static void encode(double[] values, int count, ByteSink out) {
        int exponent = decimalExponent(values, count);
        if (exponent >= 0) {
            int mark = out.size();
            double power = POWERS_OF_TEN[exponent];
            long[] scaled = Scratch.moreLongs(count);
            for (int i = 0; i < count; i++) {
                scaled[i] = Math.round(values[i] * power);
            }
            out.putByte(DECIMAL);
            out.putByte(exponent);
            LongCodec.encode(scaled, count, out);
            if (out.size() - mark < 1 + 8L * count) {
                return;
            }
            out.truncate(mark);
        }
        out.putByte(RAW);
        out.ensureRoom(8 * count);
        for (int i = 0; i < count; i++) {
            out.putDouble(values[i]);
        }
    }

    public static void decode(ByteReader in, double[] out, int count) {
        int kind = in.getByte();
        if (kind == RAW) {
            int start = in.skip(8 * count);
            java.nio.ByteBuffer buffer = in.buffer();
            for (int i = 0; i < count; i++) {
                out[i] = buffer.getDouble(start + 8 * i);
            }
        } else if (kind == DECIMAL) {
            int exponent = in.getByte();
            if (exponent > MAX_EXPONENT) {
                throw new FormatException("decimal exponent " + exponent + " exceeds " + MAX_EXPONENT);
            }
            double power = POWERS_OF_TEN[exponent];
            long[] scaled = Scratch.longs(count);
            LongCodec.decode(in, scaled, count);
            for (int i = 0; i < count; i++) {
                out[i] = scaled[i] / power;
            }
        } else {
            throw new FormatException("unknown double encoding " + kind);
        }
    }

    /** The smallest e for which every value survives the decimal round trip, or -1. */
    static int decimalExponent(double[] values, int count) {
        int e = 0;
        for (int i = 0; i < count; ) {
            if (roundTrips(values[i], e)) {
                i++;
            } else if (++e > MAX_EXPONENT) {
                return -1;
            } else {
                i = 0;
            }
        }
        return e;
    }

    private static boolean roundTrips(double value, int exponent) {
        double power = POWERS_OF_TEN[exponent];
        double scaled = value * power;
        if (!(Math.abs(scaled) < MAX_SCALED)) {
            return false;
        }
        return Double.doubleToRawLongBits(Math.round(scaled) / power) == Double.doubleToRawLongBits(value);
    }
}
