package dev.floe.storage.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.FormatException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodecTest {
    private static long[] roundTrip(long[] values) {
        ByteSink sink = new ByteSink(16);
        LongCodec.encode(values, values.length, sink);
        long[] out = new long[values.length];
        ByteReader in = ByteReader.of(sink.array(), 0, sink.size());
        LongCodec.decode(in, out, values.length);
        assertEquals(0, in.remaining());
        return out;
    }

    @Test
    void longsRoundTripAtEveryBitWidth() {
        Random random = new Random(1);
        for (int width = 0; width <= 64; width++) {
            long[] values = new long[333];
            for (int i = 0; i < values.length; i++) {
                long r = random.nextLong();
                values[i] = width == 64 ? r : r & ((1L << width) - 1);
            }
            assertArrayEquals(values, roundTrip(values), "width " + width);
        }
    }

    @Test
    void longsRoundTripAtTheExtremes() {
        long[][] cases = {
            {},
            {42},
            {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1},
            {Long.MAX_VALUE, Long.MIN_VALUE},
            {5, 5, 5, 5},
            {Long.MIN_VALUE, Long.MIN_VALUE + 1},
        };
        for (long[] values : cases) {
            assertArrayEquals(values, roundTrip(values), Arrays.toString(values));
        }
    }

    @Test
    void sortedTimestampsUseDeltasWithTheirCommonDivisor() {
        long[] values = new long[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1_705_314_600_000_000_000L + i * 10_000_000L + (i % 3) * 1_000_000L;
        }
        ByteSink sink = new ByteSink(16);
        LongCodec.encode(values, values.length, sink);
        assertEquals(LongCodec.DELTA, sink.array()[0]);
        // deltas are 11e6, 11e6, 8e6: minimum 8e6, divisor 3e6 (a 4-byte varint), one bit per delta
        assertEquals(1 + 8 + 8 + 4 + 1 + BitPacking.packedBytes(999, 1), sink.size());
        assertArrayEquals(values, roundTrip(values));
    }

    @Test
    void timestampsRestartingPerDeviceUsePatchedDeltas() {
        // Rows sorted by (time bucket, device): each device's run climbs 200 ms a row, then the
        // next device starts again near the bucket's beginning.
        long[] values = new long[8192];
        long t0 = 1_705_314_600_000_000_000L;
        for (int i = 0; i < values.length; i++) {
            int device = i / 410;
            values[i] = t0 + device * 10_000_000L + (i % 410) * 200_000_000L + (i % 7) * 1_000_000L;
        }
        ByteSink sink = new ByteSink(16);
        LongCodec.encode(values, values.length, sink);
        assertEquals(LongCodec.PATCHED_DELTA, sink.array()[0]);
        assertTrue(sink.size() < values.length * 2, "patched deltas take " + sink.size() + " bytes");
        assertArrayEquals(values, roundTrip(values));
    }

    @Test
    void patchedDeltasRoundTripWithOutliersAnywhere() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 3 + random.nextInt(600);
            long[] values = new long[n];
            long v = random.nextLong() >> 8;
            for (int i = 0; i < n; i++) {
                long step = random.nextInt(100) < 3 ? (random.nextLong() >> 20) : 1000 + random.nextInt(50) * 10;
                v += step;
                values[i] = v;
            }
            assertArrayEquals(values, roundTrip(values), "trial " + trial);
        }
    }

    @Test
    void multiplesShareAFrameOfReferenceDivisor() {
        long[] values = {3000, 9000, 6000, 3000, 12000};
        ByteSink sink = new ByteSink(16);
        LongCodec.encode(values, values.length, sink);
        assertEquals(LongCodec.FRAME_OF_REFERENCE, sink.array()[0]);
        assertArrayEquals(values, roundTrip(values));
    }

    @Test
    void corruptEncodingIsAFormatException() {
        byte[] bad = {9, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThrows(FormatException.class, () -> LongCodec.decode(ByteReader.of(bad, 0, bad.length), new long[1], 1));
        byte[] truncated = {LongCodec.FRAME_OF_REFERENCE, 0, 0};
        assertThrows(FormatException.class, () -> LongCodec.decode(ByteReader.of(truncated, 0, truncated.length), new long[4], 4));
    }

    @Test
    void decimalDoublesBecomeScaledIntegersAndOthersStayRaw() {
        double[] decimals = {23.5, 101.25, -0.01, 1013.2, 0};
        assertEquals(2, DoubleCodec.decimalExponent(decimals, decimals.length));
        double[] raw = {1.0 / 3, 1.0};
        assertEquals(-1, DoubleCodec.decimalExponent(raw, raw.length));
        double[] special = {Double.NaN, -0.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e300};
        for (double[] values : new double[][] {decimals, raw, special}) {
            ByteSink sink = new ByteSink(16);
            DoubleCodec.encode(values, values.length, sink);
            double[] out = new double[values.length];
            DoubleCodec.decode(ByteReader.of(sink.array(), 0, sink.size()), out, values.length);
            for (int i = 0; i < values.length; i++) {
                assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(out[i]), Arrays.toString(values));
            }
        }
    }

    @Test
    void indexSortIsStable() {
        int[] keys = {3, 1, 2, 1, 3, 0, 2, 1, 0, 3, 3, 2, 1, 0, 0, 1, 2, 3, 1, 2, 0, 0, 3, 1, 2, 2, 1, 0, 3, 1};
        int[] order = IndexSort.sortedOrder(keys.length, (a, b) -> Integer.compare(keys[a], keys[b]));
        for (int i = 1; i < order.length; i++) {
            int c = Integer.compare(keys[order[i - 1]], keys[order[i]]);
            assertEquals(true, c < 0 || (c == 0 && order[i - 1] < order[i]), "position " + i);
        }
    }

    @Test
    void internerKeepsFirstSeenCodes() {
        Interner.Strings interner = new Interner.Strings();
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, interner.intern("v" + i));
        }
        assertEquals(500, interner.intern("v500"));
        assertEquals(1000, interner.size());
        assertEquals("v999", interner.values()[999]);
    }
}
