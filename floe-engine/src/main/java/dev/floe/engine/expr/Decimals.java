package dev.floe.engine.expr;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** NUMBER(p,s) arithmetic on 64-bit unscaled values, rounding half away from zero as Snowflake does. */
public final class Decimals {
    static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Decimals() {
    }

    public static long pow10(int n) {
        if (n < 0 || n >= POW10.length) {
            throw outOfRange();
        }
        return POW10[n];
    }

    /** Changes the scale of an unscaled value, rounding half away from zero when digits are dropped. */
    public static long rescale(long unscaled, int fromScale, int toScale) {
        if (toScale == fromScale) {
            return unscaled;
        }
        if (toScale > fromScale) {
            return multiplyExact(unscaled, pow10(toScale - fromScale));
        }
        long div = pow10(fromScale - toScale);
        long q = unscaled / div;
        long r = unscaled % div;
        if (Math.abs(r) * 2 >= div) {
            q += unscaled < 0 ? -1 : 1;
        }
        return q;
    }

    /** Checks that the value has at most {@code precision} digits. */
    public static long checkPrecision(long unscaled, int precision) {
        if (precision < 19 && (unscaled >= POW10[precision] || unscaled <= -POW10[precision])) {
            throw new FloeException(ErrorCode.NUMERIC_OVERFLOW,
                    "Number out of representable range: type FIXEDSB8{nullable=true}, value " + unscaled);
        }
        return unscaled;
    }

    public static long multiplyExact(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
    }

    public static long addExact(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
    }

    public static long subtractExact(long a, long b) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
    }

    public static BigDecimal toBigDecimal(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }

    public static long fromBigDecimal(BigDecimal value, int scale) {
        BigDecimal scaled = value.setScale(scale, RoundingMode.HALF_UP);
        if (scaled.precision() - scaled.scale() > 38 - scale || scaled.unscaledValue().bitLength() > 63) {
            throw outOfRange();
        }
        return scaled.unscaledValue().longValueExact();
    }

    public static double toDouble(long unscaled, int scale) {
        return scale == 0 ? (double) unscaled : unscaled / (double) POW10[scale];
    }

    /** The unscaled value of a double at a scale, rounding half away from zero. */
    public static long fromDouble(double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new FloeException(ErrorCode.NUMERIC_VALUE_INVALID, "Numeric value '" + value + "' is not recognized");
        }
        return fromBigDecimal(new BigDecimal(value), scale);
    }

    /** Parses decimal text (e.g. '12.5', '-3', '1e3') into an unscaled value at a scale. */
    public static long parse(String text, int scale) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new FloeException(ErrorCode.NUMERIC_VALUE_INVALID, "Numeric value '" + text + "' is not recognized");
        }
        return fromBigDecimal(value, scale);
    }

    public static String format(long unscaled, int scale) {
        if (scale == 0) {
            return Long.toString(unscaled);
        }
        StringBuilder sb = new StringBuilder(24);
        appendTo(sb, unscaled, scale);
        return sb.toString();
    }

    public static void appendTo(StringBuilder sb, long unscaled, int scale) {
        if (scale == 0) {
            sb.append(unscaled);
            return;
        }
        if (unscaled < 0) {
            sb.append('-');
            if (unscaled == Long.MIN_VALUE) {
                sb.append(BigDecimal.valueOf(unscaled, scale).negate().toPlainString());
                return;
            }
            unscaled = -unscaled;
        }
        long div = POW10[scale];
        sb.append(unscaled / div).append('.');
        String frac = Long.toString(unscaled % div);
        for (int i = frac.length(); i < scale; i++) {
            sb.append('0');
        }
        sb.append(frac);
    }

    public static int compare(long a, int scaleA, long b, int scaleB) {
        if (scaleA == scaleB) {
            return Long.compare(a, b);
        }
        try {
            return scaleA < scaleB
                    ? Long.compare(Math.multiplyExact(a, POW10[scaleB - scaleA]), b)
                    : Long.compare(a, Math.multiplyExact(b, POW10[scaleA - scaleB]));
        } catch (ArithmeticException e) {
            return toBigDecimal(a, scaleA).compareTo(toBigDecimal(b, scaleB));
        }
    }

    static FloeException outOfRange() {
        return new FloeException(ErrorCode.NUMERIC_OVERFLOW, "Number out of representable range");
    }
}
