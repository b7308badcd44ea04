package dev.floe.server.sqlapi;

import dev.floe.engine.expr.ValueFormatter;
import dev.floe.types.SqlType;
import dev.floe.types.time.TimestampTz;
import java.time.ZoneOffset;

/**
 * Values as Snowflake's SQL API (and its drivers' JSON result format) sends them, always as strings:
 * <ul>
 * <li>NUMBER: the decimal text, {@code "123.45"}; FLOAT: the number as Snowflake shows it;</li>
 * <li>VARCHAR: the text; BOOLEAN: {@code "true"} / {@code "false"};</li>
 * <li>DATE: days since 1970-01-01, {@code "19737"};</li>
 * <li>TIME: seconds since midnight with as many fraction digits as the column's scale, {@code "37800.000000000"};</li>
 * <li>TIMESTAMP_NTZ: the wall clock as if it were UTC, TIMESTAMP_LTZ: the instant, both as epoch seconds with
 *     the column's scale of fraction digits, {@code "1705314600.000000000"};</li>
 * <li>TIMESTAMP_TZ: the instant as above, a space, and the offset in minutes plus 1440, {@code "1705314600.000000000 1500"}
 *     for +01:00;</li>
 * <li>VARIANT, OBJECT, ARRAY: JSON text; SQL NULL: JSON null.</li>
 * </ul>
 */
public final class SqlApiValues {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Snowflake's time zone index: offset minutes plus this, so that it is never negative. */
    private static final int TZ_INDEX_BASE = 1440;

    private SqlApiValues() {
    }

    public static String encode(Object value, SqlType type) {
        if (value == null) {
            return null;
        }
        switch (type.kind()) {
            case BOOLEAN: return (Boolean) value ? "true" : "false";
            case DATE: return Long.toString((Long) value);
            case TIME:
            case TIMESTAMP_NTZ:
            case TIMESTAMP_LTZ: return seconds((Long) value, type.precision());
            case TIMESTAMP_TZ: {
                TimestampTz tz = (TimestampTz) value;
                return seconds(tz.epochNanos(), type.precision()) + " " + (tz.offsetMinutes() + TZ_INDEX_BASE);
            }
            default: return ValueFormatter.format(value, type, ZoneOffset.UTC);
        }
    }

    /** Nanoseconds as seconds with {@code digits} fraction digits (truncated, floor for negative values). */
    static String seconds(long nanos, int digits) {
        long seconds = Math.floorDiv(nanos, NANOS_PER_SECOND);
        long fraction = Math.floorMod(nanos, NANOS_PER_SECOND);
        if (digits == 0) {
            return Long.toString(seconds);
        }
        StringBuilder out = new StringBuilder(24).append(seconds).append('.');
        String nine = Long.toString(NANOS_PER_SECOND + fraction).substring(1);
        return out.append(nine, 0, digits).toString();
    }

    /** Snowflake's lower-case type name in {@code rowType}: fixed, real, text, boolean, date, time, timestamp_ntz, ... */
    public static String typeName(SqlType type) {
        switch (type.kind()) {
            case NUMBER: return "fixed";
            case FLOAT: return "real";
            case VARCHAR: return "text";
            case NULL: return "text";
            default: return type.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
