package dev.floe.engine.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Converts number text to the unscaled value of a NUMBER(precision, scale) column, rounding extra
 * fraction digits half away from zero as Snowflake does. Plain decimals are read without
 * allocating; exponents and very long texts go through BigDecimal.
 */
final class DecimalText {
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    private DecimalText() {
    }

    /**
     * The unscaled value, or throws {@link NumberFormatException} when the text is no number and
     * {@link ArithmeticException} when the value has more integer digits than the type holds.
     */
    static long toUnscaled(CharSequence text, int precision, int scale) {
        int len = text.length();
        int i = 0;
        boolean negative = false;
        if (i < len && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long integer = 0;
        int integerDigits = 0;
        int digits = 0;
        while (i < len && isDigit(text.charAt(i))) {
            integer = integer * 10 + (text.charAt(i) - '0');
            if (integer != 0) integerDigits++;
            if (integerDigits > 18) return slowPath(text, precision, scale);
            digits++;
            i++;
        }
        long fraction = 0;
        int fractionDigits = 0;
        boolean roundUp = false;
        if (i < len && text.charAt(i) == '.') {
            i++;
            while (i < len && isDigit(text.charAt(i))) {
                int d = text.charAt(i) - '0';
                if (fractionDigits < scale) {
                    fraction = fraction * 10 + d;
                    fractionDigits++;
                } else if (fractionDigits == scale) {
                    roundUp = d >= 5;
                    fractionDigits++;
                }
                digits++;
                i++;
            }
        }
        if (i < len) {
            char c = text.charAt(i);
            if ((c == 'e' || c == 'E') && digits > 0) return slowPath(text, precision, scale);
            throw new NumberFormatException("not a number");
        }
        if (digits == 0) throw new NumberFormatException("not a number");
        int keptFraction = Math.min(fractionDigits, scale);
        fraction *= POW10[scale - keptFraction];
        int maxIntegerDigits = precision - scale;
        if (integerDigits > maxIntegerDigits) throw new ArithmeticException("out of range");
        long unscaled = Math.addExact(Math.multiplyExact(integer, POW10[scale]), fraction);
        if (roundUp) unscaled++;
        if (precision < 19 && unscaled >= POW10[precision]) throw new ArithmeticException("out of range");
        return negative ? -unscaled : unscaled;
    }

    private static long slowPath(CharSequence text, int precision, int scale) {
        BigDecimal value = new BigDecimal(text.toString()).setScale(scale, RoundingMode.HALF_UP);
        if (value.precision() - value.scale() > precision - scale) throw new ArithmeticException("out of range");
        return value.unscaledValue().longValueExact();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
