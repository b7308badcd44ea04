package dev.floe.types.variant;

import static dev.floe.types.variant.VariantFormat.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Reads values of the {@link VariantFormat binary form} in place, by offset, without allocating
 * (except where a method returns a new String or BigDecimal). Hot paths navigate with
 * {@link #findField} and {@link #elementAt} and read scalars at the offset they land on.
 *
 * <p>Methods taking an offset expect it to point at a value's tag, as returned by the navigation
 * methods or 0 for the whole value. Scalar readers expect the matching kind; they throw
 * {@link IllegalArgumentException} on another.
 */
public final class VariantReader {
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    private VariantReader() {
    }

    public static int tagAt(byte[] buf, int offset) {
        return buf[offset] & 0xFF;
    }

    /** The kind of the value at {@code offset}. */
    public static VariantType typeAt(byte[] buf, int offset) {
        int tag = buf[offset] & 0xFF;
        switch (tag) {
            case NULL: return VariantType.NULL_VALUE;
            case FALSE: case TRUE: return VariantType.BOOLEAN;
            case INT8: case INT16: case INT32: case INT64: return VariantType.INTEGER;
            case DECIMAL: return VariantType.DECIMAL;
            case BIG_NUMBER: return buf[offset + 1] == 0 ? VariantType.INTEGER : VariantType.DECIMAL;
            case DOUBLE: return VariantType.DOUBLE;
            case SHORT_STRING: case STRING: return VariantType.STRING;
            case OBJECT: return VariantType.OBJECT;
            case ARRAY: return VariantType.ARRAY;
            default: throw badTag(tag, offset);
        }
    }

    /** How many bytes the value at {@code offset} occupies. */
    public static int sizeAt(byte[] buf, int offset) {
        int tag = buf[offset] & 0xFF;
        switch (tag) {
            case NULL: case FALSE: case TRUE: case UNDEFINED: return 1;
            case INT8: return 2;
            case INT16: return 3;
            case INT32: return 5;
            case INT64: case DOUBLE: return 9;
            case DECIMAL: return 10;
            case BIG_NUMBER: return 3 + (buf[offset + 2] & 0xFF);
            case SHORT_STRING: return 2 + (buf[offset + 1] & 0xFF);
            case STRING: return 5 + Bytes.getInt(buf, offset + 1);
            case OBJECT: {
                int w = buf[offset + 1];
                int count = Bytes.getUnsigned(buf, offset + 2, w);
                int keyTable = offset + 2 + w;
                int valueTable = keyTable + (count + 1) * w;
                int keys = valueTable + (count + 1) * w;
                int values = keys + Bytes.getUnsigned(buf, keyTable + count * w, w);
                return values + Bytes.getUnsigned(buf, valueTable + count * w, w) - offset;
            }
            case ARRAY: {
                int w = buf[offset + 1];
                int count = Bytes.getUnsigned(buf, offset + 2, w);
                int table = offset + 2 + w;
                int elements = table + (count + 1) * w;
                return elements + Bytes.getUnsigned(buf, table + count * w, w) - offset;
            }
            default: throw badTag(tag, offset);
        }
    }

    public static boolean isNullAt(byte[] buf, int offset) {
        return buf[offset] == NULL;
    }

    // ---- objects

    /** Number of fields of the object at {@code offset}, or -1 when it is not an object. */
    public static int fieldCount(byte[] buf, int offset) {
        if (buf[offset] != OBJECT) {
            return -1;
        }
        return Bytes.getUnsigned(buf, offset + 2, buf[offset + 1]);
    }

    /**
     * The offset of the value stored under {@code utf8Key} in the object at {@code offset}, or -1
     * when the value there is not an object or has no such key. A binary search over the sorted keys.
     */
    public static int findField(byte[] buf, int offset, byte[] utf8Key) {
        if (buf[offset] != OBJECT) {
            return -1;
        }
        int w = buf[offset + 1];
        int count = Bytes.getUnsigned(buf, offset + 2, w);
        int keyTable = offset + 2 + w;
        int valueTable = keyTable + (count + 1) * w;
        int keys = valueTable + (count + 1) * w;
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = Bytes.getUnsigned(buf, keyTable + mid * w, w);
            int end = Bytes.getUnsigned(buf, keyTable + (mid + 1) * w, w);
            int c = Bytes.compare(buf, keys + start, end - start, utf8Key, 0, utf8Key.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                int values = keys + Bytes.getUnsigned(buf, keyTable + count * w, w);
                return values + Bytes.getUnsigned(buf, valueTable + mid * w, w);
            }
        }
        return -1;
    }

    /** Where the UTF-8 bytes of key {@code i} of the object at {@code offset} start. */
    public static int keyStart(byte[] buf, int offset, int i) {
        int w = buf[offset + 1];
        int count = Bytes.getUnsigned(buf, offset + 2, w);
        int keyTable = offset + 2 + w;
        return keyTable + 2 * (count + 1) * w + Bytes.getUnsigned(buf, keyTable + i * w, w);
    }

    /** The length in bytes of key {@code i} of the object at {@code offset}. */
    public static int keyLength(byte[] buf, int offset, int i) {
        int w = buf[offset + 1];
        int keyTable = offset + 2 + w;
        return Bytes.getUnsigned(buf, keyTable + (i + 1) * w, w) - Bytes.getUnsigned(buf, keyTable + i * w, w);
    }

    public static String keyAt(byte[] buf, int offset, int i) {
        return new String(buf, keyStart(buf, offset, i), keyLength(buf, offset, i), StandardCharsets.UTF_8);
    }

    /** The offset of value {@code i} (in key order) of the object at {@code offset}. */
    public static int fieldValueAt(byte[] buf, int offset, int i) {
        int w = buf[offset + 1];
        int count = Bytes.getUnsigned(buf, offset + 2, w);
        int keyTable = offset + 2 + w;
        int valueTable = keyTable + (count + 1) * w;
        int keys = valueTable + (count + 1) * w;
        int values = keys + Bytes.getUnsigned(buf, keyTable + count * w, w);
        return values + Bytes.getUnsigned(buf, valueTable + i * w, w);
    }

    // ---- arrays

    /** Number of elements (undefined ones included) of the array at {@code offset}, or -1. */
    public static int arraySizeAt(byte[] buf, int offset) {
        if (buf[offset] != ARRAY) {
            return -1;
        }
        return Bytes.getUnsigned(buf, offset + 2, buf[offset + 1]);
    }

    /**
     * The offset of element {@code index} of the array at {@code offset}, or -1 when the value is not
     * an array, the index is out of range, or the element is undefined.
     */
    public static int elementAt(byte[] buf, int offset, int index) {
        int element = rawElementAt(buf, offset, index);
        return element < 0 || buf[element] == UNDEFINED ? -1 : element;
    }

    /** Like {@link #elementAt} but lands on undefined elements too. */
    static int rawElementAt(byte[] buf, int offset, int index) {
        if (buf[offset] != ARRAY) {
            return -1;
        }
        int w = buf[offset + 1];
        int count = Bytes.getUnsigned(buf, offset + 2, w);
        if (index < 0 || index >= count) {
            return -1;
        }
        int table = offset + 2 + w;
        return table + (count + 1) * w + Bytes.getUnsigned(buf, table + index * w, w);
    }

    // ---- scalars

    public static boolean booleanAt(byte[] buf, int offset) {
        int tag = buf[offset];
        if (tag == TRUE) {
            return true;
        }
        if (tag == FALSE) {
            return false;
        }
        throw wrongKind(buf, offset, "BOOLEAN");
    }

    /** True when the value is an INTEGER that fits in 64 bits (then {@link #longAt} reads it). */
    public static boolean isLongAt(byte[] buf, int offset) {
        int tag = buf[offset];
        return tag >= INT8 && tag <= INT64;
    }

    /** The INTEGER at {@code offset}; see {@link #isLongAt}. */
    public static long longAt(byte[] buf, int offset) {
        switch (buf[offset]) {
            case INT8: return buf[offset + 1];
            case INT16: return Bytes.getShort(buf, offset + 1);
            case INT32: return Bytes.getInt(buf, offset + 1);
            case INT64: return Bytes.getLong(buf, offset + 1);
            default: throw wrongKind(buf, offset, "INTEGER");
        }
    }

    /** The unscaled value of the DECIMAL at {@code offset} (tag {@link VariantFormat#DECIMAL}). */
    public static long decimalUnscaledAt(byte[] buf, int offset) {
        if (buf[offset] != DECIMAL) {
            throw wrongKind(buf, offset, "DECIMAL");
        }
        return Bytes.getLong(buf, offset + 2);
    }

    public static int decimalScaleAt(byte[] buf, int offset) {
        if (buf[offset] != DECIMAL) {
            throw wrongKind(buf, offset, "DECIMAL");
        }
        return buf[offset + 1];
    }

    /** Any exact number (INTEGER or DECIMAL) as a BigDecimal. */
    public static BigDecimal bigDecimalAt(byte[] buf, int offset) {
        switch (buf[offset]) {
            case INT8: case INT16: case INT32: case INT64:
                return BigDecimal.valueOf(longAt(buf, offset));
            case DECIMAL:
                return BigDecimal.valueOf(Bytes.getLong(buf, offset + 2), buf[offset + 1]);
            case BIG_NUMBER:
                return new BigDecimal(bigUnscaled(buf, offset), buf[offset + 1]);
            default:
                throw wrongKind(buf, offset, "exact number");
        }
    }

    static BigInteger bigUnscaled(byte[] buf, int offset) {
        return new BigInteger(buf, offset + 3, buf[offset + 2] & 0xFF);
    }

    /** Any number as the nearest double (exact numbers are rounded correctly). */
    public static double doubleAt(byte[] buf, int offset) {
        switch (buf[offset]) {
            case DOUBLE: return Double.longBitsToDouble(Bytes.getLong(buf, offset + 1));
            case INT8: case INT16: case INT32: case INT64: return longAt(buf, offset);
            case DECIMAL: return decimalToDouble(Bytes.getLong(buf, offset + 2), buf[offset + 1]);
            case BIG_NUMBER: return bigDecimalAt(buf, offset).doubleValue();
            default: throw wrongKind(buf, offset, "number");
        }
    }

    /** unscaled / 10^scale rounded correctly: exact operands divide exactly-rounded in IEEE 754. */
    static double decimalToDouble(long unscaled, int scale) {
        if (scale == 0) {
            return unscaled;
        }
        if (scale < POW10.length && Math.abs(unscaled) < (1L << 53)) {
            return unscaled / POW10[scale];
        }
        return BigDecimal.valueOf(unscaled, scale).doubleValue();
    }

    public static boolean isStringAt(byte[] buf, int offset) {
        int tag = buf[offset];
        return tag == SHORT_STRING || tag == STRING;
    }

    /** Where the UTF-8 bytes of the string at {@code offset} start. */
    public static int stringStartAt(byte[] buf, int offset) {
        switch (buf[offset]) {
            case SHORT_STRING: return offset + 2;
            case STRING: return offset + 5;
            default: throw wrongKind(buf, offset, "STRING");
        }
    }

    /** The length in bytes of the UTF-8 string at {@code offset}. */
    public static int stringLengthAt(byte[] buf, int offset) {
        switch (buf[offset]) {
            case SHORT_STRING: return buf[offset + 1] & 0xFF;
            case STRING: return Bytes.getInt(buf, offset + 1);
            default: throw wrongKind(buf, offset, "STRING");
        }
    }

    public static String stringAt(byte[] buf, int offset) {
        return new String(buf, stringStartAt(buf, offset), stringLengthAt(buf, offset), StandardCharsets.UTF_8);
    }

    /** Whether the string at {@code offset} is exactly {@code utf8}; false for non-strings. */
    public static boolean stringEquals(byte[] buf, int offset, byte[] utf8) {
        if (!isStringAt(buf, offset)) {
            return false;
        }
        return Bytes.equal(buf, stringStartAt(buf, offset), stringLengthAt(buf, offset), utf8, 0, utf8.length);
    }

    /** Compares the string at {@code offset} with {@code utf8} in code point order. */
    public static int compareString(byte[] buf, int offset, byte[] utf8) {
        return Bytes.compare(buf, stringStartAt(buf, offset), stringLengthAt(buf, offset), utf8, 0, utf8.length);
    }

    /**
     * A hash of the string at {@code offset} equal to {@link #utf8Hash} of its bytes, so that a
     * dictionary keyed by UTF-8 bytes can be probed without building a String.
     */
    public static int stringHash(byte[] buf, int offset) {
        return Bytes.hash(buf, stringStartAt(buf, offset), stringLengthAt(buf, offset));
    }

    public static int utf8Hash(byte[] utf8) {
        return Bytes.hash(utf8, 0, utf8.length);
    }

    private static IllegalArgumentException wrongKind(byte[] buf, int offset, String expected) {
        return new IllegalArgumentException("expected " + expected + " at offset " + offset
            + " but found tag 0x" + Integer.toHexString(buf[offset] & 0xFF));
    }

    static IllegalArgumentException badTag(int tag, int offset) {
        return new IllegalArgumentException("not a variant value: tag 0x" + Integer.toHexString(tag)
            + " at offset " + offset);
    }
}
