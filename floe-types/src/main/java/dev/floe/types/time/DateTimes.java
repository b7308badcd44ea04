package dev.floe.types.time;

import java.time.ZoneId;

/**
 * One-off string to temporal conversions (Snowflake AUTO input format). Each call uses a fresh
 * {@link DateTimeParser}; code converting many values should keep its own parser.
 *
 * <p>Errors are IllegalArgumentException worded as Snowflake words them, e.g.
 * {@code Timestamp 'abc' is not recognized}.
 */
public final class DateTimes {
    private DateTimes() {
    }

    /** Days since 1970-01-01. */
    public static long parseDate(String s) {
        return new DateTimeParser().parseDate(s);
    }

    /** Nanoseconds of the day. */
    public static long parseTime(String s) {
        return new DateTimeParser().parseTime(s);
    }

    /** Wall-clock nanoseconds since 1970-01-01 00:00; a zone in the string is ignored. */
    public static long parseTimestampNtz(String s) {
        return new DateTimeParser().parseTimestampNtz(s);
    }

    /** Epoch nanoseconds; a string without a zone is read in the session zone. */
    public static long parseTimestampLtz(String s, ZoneId session) {
        return new DateTimeParser().parseTimestampLtz(s, session);
    }

    /** Instant and offset; a string without a zone takes the session zone's offset at that wall clock. */
    public static TimestampTz parseTimestampTz(String s, ZoneId session) {
        DateTimeParser parser = new DateTimeParser();
        long epochNanos = parser.parseTimestampTz(s, session);
        return new TimestampTz(epochNanos, parser.offsetMinutes());
    }
}
