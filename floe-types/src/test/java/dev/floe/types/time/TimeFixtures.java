package dev.floe.types.time;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** Parse and show helpers so tests read as Snowflake literals in, Snowflake output out. */
final class TimeFixtures {
    static final ZoneId UTC = ZoneOffset.UTC;
    static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private TimeFixtures() {
    }

    static long date(String s) {
        return DateTimes.parseDate(s);
    }

    static long time(String s) {
        return DateTimes.parseTime(s);
    }

    static long ntz(String s) {
        return DateTimes.parseTimestampNtz(s);
    }

    static long ltz(String s, ZoneId session) {
        return DateTimes.parseTimestampLtz(s, session);
    }

    static TimestampTz tz(String s) {
        return DateTimes.parseTimestampTz(s, UTC);
    }

    static String showDate(long days) {
        return TemporalFormatter.formatDate(days);
    }

    static String showTime(long nanosOfDay) {
        return TemporalFormatter.formatTime(nanosOfDay);
    }

    static String showNtz(long wallNanos) {
        return TemporalFormatter.formatTimestampNtz(wallNanos);
    }

    static String showLtz(long epochNanos, ZoneId session) {
        return TemporalFormatter.formatTimestampLtz(epochNanos, session);
    }

    static String showTz(TimestampTz value) {
        return TemporalFormatter.formatTimestampTz(value.epochNanos(), value.offsetMinutes());
    }
}
