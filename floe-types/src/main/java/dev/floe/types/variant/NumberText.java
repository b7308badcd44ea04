package dev.floe.types.variant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How Snowflake spells binary floating point numbers. */
final class NumberText {
    private static final MathContext JSON_DIGITS = new MathContext(16, RoundingMode.HALF_EVEN);
    private static final MathContext FLOAT_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    /**
     * A DOUBLE inside VARIANT text (TO_JSON, VARIANT display): C's {@code %.15e}, e.g.
     * {@code 1.912000000000000e+02}. Non-finite values as NaN, Infinity, -Infinity.
     */
    static void appendJsonDouble(StringBuilder sb, double d) {
        if (appendNonFinite(sb, d, "NaN", "Infinity")) {
            return;
        }
        if (d == 0) {
            sb.append(Double.doubleToRawLongBits(d) < 0 ? "-" : "").append("0.000000000000000e+00");
            return;
        }
        BigDecimal rounded = new BigDecimal(d).round(JSON_DIGITS);
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        if (d < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0)).append('.');
        sb.append(digits, 1, digits.length());
        for (int k = digits.length(); k < 16; k++) {
            sb.append('0');
        }
        appendExponent(sb, exponent);
    }

    /**
     * A FLOAT converted to VARCHAR: C's {@code %.15g}: 15 significant digits, trailing zeros dropped,
     * an exponent below 1e-4 and from 1e15 (191.2, 0.1, 1e+20, 1.5e-07); non-finite as NaN, inf, -inf.
     */
    static String floatText(double d) {
        StringBuilder sb = new StringBuilder(24);
        if (appendNonFinite(sb, d, "NaN", "inf")) {
            return sb.toString();
        }
        if (d == 0) {
            return Double.doubleToRawLongBits(d) < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(FLOAT_DIGITS).stripTrailingZeros();
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        if (d < 0) {
            sb.append('-');
        }
        if (exponent < -4 || exponent >= 15) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            appendExponent(sb, exponent);
        } else {
            sb.append(rounded.abs().toPlainString());
        }
        return sb.toString();
    }

    private static boolean appendNonFinite(StringBuilder sb, double d, String nan, String infinity) {
        if (Double.isNaN(d)) {
            sb.append(nan);
            return true;
        }
        if (Double.isInfinite(d)) {
            sb.append(d < 0 ? "-" : "").append(infinity);
            return true;
        }
        return false;
    }

    private static void appendExponent(StringBuilder sb, int exponent) {
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            sb.append('0');
        }
        sb.append(abs);
    }

    /** An exact number unscaled / 10^scale in plain notation (no exponent, no trailing zeros kept). */
    static void appendDecimal(StringBuilder sb, long unscaled, int scale) {
        if (scale == 0) {
            sb.append(unscaled);
            return;
        }
        sb.append(BigDecimal.valueOf(unscaled, scale).toPlainString());
    }
}
