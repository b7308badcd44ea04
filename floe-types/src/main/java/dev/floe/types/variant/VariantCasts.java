package dev.floe.types.variant;

import static dev.floe.types.variant.VariantFormat.*;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * VARIANT casts with Snowflake's semantics: {@code ::STRING}, {@code ::INTEGER}, {@code ::FLOAT},
 * {@code ::BOOLEAN} of the value at an offset, and the same casts split by the scalar the variant
 * holds ({@code stringToLong} is what {@code ::INTEGER} does to a VARIANT string). The split forms
 * are what a shredded sub-column feeds: a cast over a shredded value is, by construction, the cast
 * over the variant it came from, failures and messages included.
 *
 * <ul>
 *   <li>JSON null casts to SQL NULL: {@link #castToString} returns null; the primitive casts cannot
 *       say NULL, so callers test {@link VariantReader#isNullAt} first (they throw
 *       IllegalArgumentException on a JSON null).</li>
 *   <li>To INTEGER, fractions round half away from zero (23.5 gives 24, -2.5 gives -3); strings are
 *       trimmed and parsed as numbers; true and false give 1 and 0; values beyond 64 bits fail with
 *       {@code Numeric value '<n>' is out of range}.</li>
 *   <li>To FLOAT, strings also accept NaN, inf, infinity (any case, signed).</li>
 *   <li>To BOOLEAN, numbers are true when not zero; strings accept true/t/yes/y/on/1 and
 *       false/f/no/n/off/0 in any case.</li>
 *   <li>A value that cannot convert fails with Snowflake's variant cast message:
 *       {@code Failed to cast variant value "abc" to FIXED} (REAL for FLOAT, BOOLEAN).</li>
 *   <li>To STRING: a string is itself (no quotes), a number its text (a DOUBLE as FLOAT text such as
 *       191.2 or 1e+20), a boolean true/false, an object or array its JSON.</li>
 * </ul>
 */
public final class VariantCasts {
    private static final String FIXED = "FIXED";
    private static final String REAL = "REAL";
    private static final String BOOLEAN = "BOOLEAN";
    private static final double TWO_POW_63 = 0x1p63;

    private VariantCasts() {
    }

    // ---- casts of the value at an offset

    /** {@code ::STRING}; null for JSON null. */
    public static String castToString(byte[] buf, int offset) {
        switch (buf[offset]) {
            case NULL: return null;
            case SHORT_STRING: case STRING: return VariantReader.stringAt(buf, offset);
            case INT8: case INT16: case INT32: case INT64: return longToString(VariantReader.longAt(buf, offset));
            case DOUBLE: return doubleToString(VariantReader.doubleAt(buf, offset));
            case FALSE: return booleanToString(false);
            case TRUE: return booleanToString(true);
            default: return JsonWriter.toJson(buf, offset); // exact numbers print as JSON does
        }
    }

    /** {@code ::INTEGER}. */
    public static long castToLong(byte[] buf, int offset) {
        switch (buf[offset]) {
            case INT8: case INT16: case INT32: case INT64: return VariantReader.longAt(buf, offset);
            case DECIMAL: return roundDecimal(VariantReader.decimalUnscaledAt(buf, offset), VariantReader.decimalScaleAt(buf, offset));
            case BIG_NUMBER: {
                BigDecimal number = VariantReader.bigDecimalAt(buf, offset);
                return roundToLong(number, number.toPlainString());
            }
            case DOUBLE: return doubleToLong(VariantReader.doubleAt(buf, offset));
            case SHORT_STRING: case STRING: return stringToLong(VariantReader.stringAt(buf, offset));
            case FALSE: return booleanToLong(false);
            case TRUE: return booleanToLong(true);
            case NULL: throw jsonNull();
            default: throw castFailure(JsonWriter.toJson(buf, offset), FIXED);
        }
    }

    /** {@code ::FLOAT}. */
    public static double castToDouble(byte[] buf, int offset) {
        switch (buf[offset]) {
            case INT8: case INT16: case INT32: case INT64: case DECIMAL: case BIG_NUMBER: case DOUBLE:
                return VariantReader.doubleAt(buf, offset);
            case SHORT_STRING: case STRING: return stringToDouble(VariantReader.stringAt(buf, offset));
            case FALSE: return booleanToDouble(false);
            case TRUE: return booleanToDouble(true);
            case NULL: throw jsonNull();
            default: throw castFailure(JsonWriter.toJson(buf, offset), REAL);
        }
    }

    /** {@code ::BOOLEAN}. */
    public static boolean castToBoolean(byte[] buf, int offset) {
        switch (buf[offset]) {
            case FALSE: return false;
            case TRUE: return true;
            case INT8: case INT16: case INT32: case INT64: return longToBoolean(VariantReader.longAt(buf, offset));
            case DECIMAL: return VariantReader.decimalUnscaledAt(buf, offset) != 0;
            case BIG_NUMBER: return VariantReader.bigDecimalAt(buf, offset).signum() != 0;
            case DOUBLE: return doubleToBoolean(VariantReader.doubleAt(buf, offset));
            case SHORT_STRING: case STRING: return stringToBoolean(VariantReader.stringAt(buf, offset));
            case NULL: throw jsonNull();
            default: throw castFailure(JsonWriter.toJson(buf, offset), BOOLEAN);
        }
    }

    // ---- a VARIANT INTEGER

    public static String longToString(long v) {
        return Long.toString(v);
    }

    public static double longToDouble(long v) {
        return v;
    }

    public static boolean longToBoolean(long v) {
        return v != 0;
    }

    // ---- a VARIANT DOUBLE

    /** FLOAT text, e.g. 191.2, 0.1, 1e+20, 1.5e-07, NaN, inf. */
    public static String doubleToString(double v) {
        return NumberText.floatText(v);
    }

    public static long doubleToLong(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw castFailure(jsonDouble(v), FIXED);
        }
        double magnitude = Math.abs(v);
        double whole = Math.floor(magnitude);
        if (magnitude - whole >= 0.5) { // exact: the fraction of a double is a double
            whole += 1;
        }
        if (whole >= TWO_POW_63) {
            throw outOfRange(new BigDecimal(v).setScale(0, RoundingMode.HALF_UP).toPlainString());
        }
        long rounded = (long) whole;
        return v < 0 ? -rounded : rounded;
    }

    public static boolean doubleToBoolean(double v) {
        return v != 0;
    }

    // ---- a VARIANT STRING

    public static long stringToLong(String s) {
        String t = s.trim();
        long fast = parseSmallInteger(t);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        BigDecimal number = parseExact(t);
        if (number == null) {
            throw castFailure(quoted(s), FIXED);
        }
        return roundToLong(number, t);
    }

    public static double stringToDouble(String s) {
        String t = s.trim();
        String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (unsigned.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!isDecimalText(t)) {
            throw castFailure(quoted(s), REAL);
        }
        return Double.parseDouble(t);
    }

    public static boolean stringToBoolean(String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "true": case "t": case "yes": case "y": case "on": case "1": return true;
            case "false": case "f": case "no": case "n": case "off": case "0": return false;
            default: throw castFailure(quoted(s), BOOLEAN);
        }
    }

    // ---- a VARIANT BOOLEAN

    public static String booleanToString(boolean v) {
        return v ? "true" : "false";
    }

    public static long booleanToLong(boolean v) {
        return v ? 1 : 0;
    }

    public static double booleanToDouble(boolean v) {
        return v ? 1 : 0;
    }

    // ---- helpers

    /** unscaled / 10^scale rounded half away from zero. */
    static long roundDecimal(long unscaled, int scale) {
        if (scale == 0) {
            return unscaled;
        }
        if (scale > 18) { // |value| < 10^18 / 10^19: rounds to zero
            return 0;
        }
        long divisor = VariantWriter.pow10(scale);
        long quotient = unscaled / divisor;
        long remainder = Math.abs(unscaled % divisor);
        if (remainder >= divisor - remainder) {
            quotient += unscaled < 0 ? -1 : 1;
        }
        return quotient;
    }

    /** Rounds half away from zero; {@code shown} names the number when it is out of range. */
    private static long roundToLong(BigDecimal number, String shown) {
        if (number.precision() - number.scale() > 19) {
            throw outOfRange(shown);
        }
        BigDecimal rounded = number.setScale(0, RoundingMode.HALF_UP);
        if (rounded.unscaledValue().bitLength() >= 64) {
            throw outOfRange(rounded.toPlainString());
        }
        return rounded.longValue();
    }

    /** An optional sign and 1 to 18 digits, parsed; Long.MIN_VALUE when the text is anything else. */
    private static long parseSmallInteger(String t) {
        int n = t.length();
        int i = n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        if (n - i < 1 || n - i > 18) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (int k = i; k < n; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            v = v * 10 + (c - '0');
        }
        return t.charAt(0) == '-' ? -v : v;
    }

    private static BigDecimal parseExact(String t) {
        if (!isDecimalText(t)) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Sign, digits, point and exponent characters only, with at least one digit (what Double/BigDecimal need, minus their extras). */
    private static boolean isDecimalText(String t) {
        boolean digit = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        JsonWriter.appendQuoted(sb, s);
        return sb.toString();
    }

    private static String jsonDouble(double v) {
        StringBuilder sb = new StringBuilder(24);
        NumberText.appendJsonDouble(sb, v);
        return sb.toString();
    }

    private static VariantException castFailure(String json, String target) {
        return new VariantException("Failed to cast variant value " + json + " to " + target);
    }

    private static VariantException outOfRange(String number) {
        return new VariantException("Numeric value '" + number + "' is out of range");
    }

    private static IllegalArgumentException jsonNull() {
        return new IllegalArgumentException("JSON null casts to SQL NULL; test for it before a primitive cast");
    }
}
