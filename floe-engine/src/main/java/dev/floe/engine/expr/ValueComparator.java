package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.time.TimestampTz;
import dev.floe.types.variant.Variant;

/** Orders two non-NULL values of the same SQL type (see {@link Values} for their objects). */
public final class ValueComparator {
    private ValueComparator() {
    }

    public static int compare(Object a, Object b, SqlType type) {
        switch (type.physical()) {
            case LONG: return Long.compare((Long) a, (Long) b);
            case DOUBLE: return compareDoubles((Double) a, (Double) b);
            case STRING: return ((String) a).compareTo((String) b);
            case BOOLEAN: return Boolean.compare((Boolean) a, (Boolean) b);
            case VARIANT: return Variant.compare((byte[]) a, (byte[]) b);
            case TIMESTAMP_TZ: return Long.compare(((TimestampTz) a).epochNanos(), ((TimestampTz) b).epochNanos());
            default: throw new IllegalStateException("cannot compare " + type);
        }
    }

    /** Snowflake orders NaN above every other FLOAT and treats it as equal to itself. */
    public static int compareDoubles(double a, double b) {
        return Double.compare(a == 0.0 ? 0.0 : a, b == 0.0 ? 0.0 : b);
    }

    public static boolean equal(Object a, Object b, SqlType type) {
        if (type.physical() == dev.floe.types.PhysicalType.VARIANT) {
            return Variant.equals((byte[]) a, (byte[]) b);
        }
        return compare(a, b, type) == 0;
    }

    public static int hash(Object value, SqlType type) {
        switch (type.physical()) {
            case VARIANT: return Variant.hash((byte[]) value);
            case DOUBLE: {
                double d = (Double) value;
                return Double.hashCode(d == 0.0 ? 0.0 : d);
            }
            case TIMESTAMP_TZ: return Long.hashCode(((TimestampTz) value).epochNanos());
            default: return value.hashCode();
        }
    }
}
