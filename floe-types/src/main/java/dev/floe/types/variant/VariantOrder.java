package dev.floe.types.variant;

import static dev.floe.types.variant.VariantFormat.*;

import java.math.BigDecimal;

/**
 * A total order over VARIANT values, with equality and a hash consistent with it (equal values hash
 * alike), for ORDER BY, GROUP BY, DISTINCT and joins on variants.
 *
 * <p>Values order first by kind: numbers &lt; strings &lt; booleans &lt; arrays &lt; objects &lt;
 * JSON null &lt; undefined. Numbers compare by exact value across INTEGER, DECIMAL and DOUBLE (1, 1.0
 * and 1e0 are equal; a DOUBLE counts as the exact binary value it holds), with -0.0 equal to 0,
 * -Infinity below every number, Infinity above, and NaN above Infinity. Strings compare by code point
 * (UTF-8 bytes), false before true, arrays element by element then by length, objects pair by pair
 * in key order (key, then value) then by size.
 */
final class VariantOrder {
    private static final int RANK_NUMBER = 0;
    private static final int RANK_STRING = 1;
    private static final int RANK_BOOLEAN = 2;
    private static final int RANK_ARRAY = 3;
    private static final int RANK_OBJECT = 4;
    private static final int RANK_NULL = 5;
    private static final int RANK_UNDEFINED = 6;

    private VariantOrder() {
    }

    private static int rank(int tag) {
        switch (tag) {
            case INT8: case INT16: case INT32: case INT64: case DECIMAL: case BIG_NUMBER: case DOUBLE:
                return RANK_NUMBER;
            case SHORT_STRING: case STRING: return RANK_STRING;
            case FALSE: case TRUE: return RANK_BOOLEAN;
            case ARRAY: return RANK_ARRAY;
            case OBJECT: return RANK_OBJECT;
            case NULL: return RANK_NULL;
            case UNDEFINED: return RANK_UNDEFINED;
            default: throw VariantReader.badTag(tag, -1);
        }
    }

    static int compare(byte[] a, int ao, byte[] b, int bo) {
        int ta = a[ao] & 0xFF;
        int tb = b[bo] & 0xFF;
        int ra = rank(ta);
        int rb = rank(tb);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        switch (ra) {
            case RANK_NUMBER: return compareNumbers(a, ao, b, bo);
            case RANK_STRING:
                return Bytes.compare(a, VariantReader.stringStartAt(a, ao), VariantReader.stringLengthAt(a, ao),
                    b, VariantReader.stringStartAt(b, bo), VariantReader.stringLengthAt(b, bo));
            case RANK_BOOLEAN: return Integer.compare(ta, tb);
            case RANK_ARRAY: return compareArrays(a, ao, b, bo);
            case RANK_OBJECT: return compareObjects(a, ao, b, bo);
            default: return 0;
        }
    }

    private static int compareArrays(byte[] a, int ao, byte[] b, int bo) {
        int na = VariantReader.arraySizeAt(a, ao);
        int nb = VariantReader.arraySizeAt(b, bo);
        for (int i = 0, n = Math.min(na, nb); i < n; i++) {
            int c = compare(a, VariantReader.rawElementAt(a, ao, i), b, VariantReader.rawElementAt(b, bo, i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(na, nb);
    }

    private static int compareObjects(byte[] a, int ao, byte[] b, int bo) {
        int na = VariantReader.fieldCount(a, ao);
        int nb = VariantReader.fieldCount(b, bo);
        for (int i = 0, n = Math.min(na, nb); i < n; i++) {
            int c = Bytes.compare(a, VariantReader.keyStart(a, ao, i), VariantReader.keyLength(a, ao, i),
                b, VariantReader.keyStart(b, bo, i), VariantReader.keyLength(b, bo, i));
            if (c == 0) {
                c = compare(a, VariantReader.fieldValueAt(a, ao, i), b, VariantReader.fieldValueAt(b, bo, i));
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(na, nb);
    }

    private static int compareNumbers(byte[] a, int ao, byte[] b, int bo) {
        int ta = a[ao];
        int tb = b[bo];
        boolean smallA = ta != DOUBLE && ta != BIG_NUMBER;
        boolean smallB = tb != DOUBLE && tb != BIG_NUMBER;
        if (smallA && smallB) {
            long ua = unscaled(a, ao);
            long ub = unscaled(b, bo);
            int sa = scale(a, ao);
            int sb = scale(b, bo);
            if (sa == sb) {
                return Long.compare(ua, ub);
            }
            // Bring both to the larger scale when that cannot overflow.
            int diff = Math.abs(sa - sb);
            if (diff <= 18) {
                long factor = VariantWriter.pow10(diff);
                try {
                    return sa < sb ? Long.compare(Math.multiplyExact(ua, factor), ub)
                        : Long.compare(ua, Math.multiplyExact(ub, factor));
                } catch (ArithmeticException overflow) {
                    // fall through to the exact comparison
                }
            }
        } else if (ta == DOUBLE && tb == DOUBLE) {
            return compareDoubles(VariantReader.doubleAt(a, ao), VariantReader.doubleAt(b, bo));
        }
        int special = compareNonFinite(a, ao, b, bo);
        if (special != Integer.MIN_VALUE) {
            return special;
        }
        return exact(a, ao).compareTo(exact(b, bo));
    }

    /** Orders NaN and infinities against anything; MIN_VALUE when both are finite. */
    private static int compareNonFinite(byte[] a, int ao, byte[] b, int bo) {
        double da = a[ao] == DOUBLE ? VariantReader.doubleAt(a, ao) : 0;
        double db = b[bo] == DOUBLE ? VariantReader.doubleAt(b, bo) : 0;
        if (Double.isFinite(da) && Double.isFinite(db)) {
            return Integer.MIN_VALUE;
        }
        return compareDoubles(Double.isFinite(da) ? 0 : da, Double.isFinite(db) ? 0 : db);
    }

    /** Double.compare with -0.0 equal to 0.0 (NaN stays greatest and equal to itself). */
    private static int compareDoubles(double x, double y) {
        if (x == y) {
            return 0;
        }
        return Double.compare(x, y);
    }

    private static long unscaled(byte[] buf, int offset) {
        return buf[offset] == DECIMAL ? VariantReader.decimalUnscaledAt(buf, offset) : VariantReader.longAt(buf, offset);
    }

    private static int scale(byte[] buf, int offset) {
        return buf[offset] == DECIMAL ? VariantReader.decimalScaleAt(buf, offset) : 0;
    }

    private static BigDecimal exact(byte[] buf, int offset) {
        return buf[offset] == DOUBLE ? new BigDecimal(VariantReader.doubleAt(buf, offset)) : VariantReader.bigDecimalAt(buf, offset);
    }

    static int hash(byte[] buf, int offset) {
        int tag = buf[offset] & 0xFF;
        switch (rank(tag)) {
            case RANK_NUMBER: return hashNumber(buf, offset);
            case RANK_STRING:
                return Bytes.hash(buf, VariantReader.stringStartAt(buf, offset), VariantReader.stringLengthAt(buf, offset));
            case RANK_BOOLEAN: return tag == TRUE ? 1231 : 1237;
            case RANK_ARRAY: {
                int h = RANK_ARRAY;
                for (int i = 0, n = VariantReader.arraySizeAt(buf, offset); i < n; i++) {
                    h = 31 * h + hash(buf, VariantReader.rawElementAt(buf, offset, i));
                }
                return h;
            }
            case RANK_OBJECT: {
                int h = RANK_OBJECT;
                for (int i = 0, n = VariantReader.fieldCount(buf, offset); i < n; i++) {
                    h = 31 * h + Bytes.hash(buf, VariantReader.keyStart(buf, offset, i), VariantReader.keyLength(buf, offset, i));
                    h = 31 * h + hash(buf, VariantReader.fieldValueAt(buf, offset, i));
                }
                return h;
            }
            case RANK_NULL: return 0x6e756c6c;
            default: return 0x756e6466;
        }
    }

    /**
     * Equal numbers hash alike whatever their kind: integral values that fit in 64 bits hash as that
     * long, all others as the nearest double (exact for a DOUBLE, correctly rounded for an exact
     * number, so an exact number equal to a DOUBLE yields that very double).
     */
    private static int hashNumber(byte[] buf, int offset) {
        switch (buf[offset]) {
            case INT8: case INT16: case INT32: case INT64:
                return Long.hashCode(VariantReader.longAt(buf, offset));
            case DECIMAL: {
                long unscaled = VariantReader.decimalUnscaledAt(buf, offset);
                int scale = VariantReader.decimalScaleAt(buf, offset);
                // Stored without trailing zeros: scale 0 is integral, any other scale is not.
                return scale == 0 ? Long.hashCode(unscaled) : Double.hashCode(VariantReader.decimalToDouble(unscaled, scale));
            }
            case BIG_NUMBER:
                return Double.hashCode(VariantReader.doubleAt(buf, offset));
            default: {
                double d = VariantReader.doubleAt(buf, offset);
                if (d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63) {
                    return Long.hashCode((long) d);
                }
                return Double.hashCode(d);
            }
        }
    }
}
