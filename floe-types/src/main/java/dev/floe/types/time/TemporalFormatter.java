package dev.floe.types.time;

import java.time.ZoneId;

/**
 * Renders temporal values in Snowflake's default output formats, writing digits straight into a
 * StringBuilder (no per-field objects):
 * <ul>
 *   <li>DATE {@code YYYY-MM-DD}, TIME {@code HH24:MI:SS} (DATE_OUTPUT_FORMAT / TIME_OUTPUT_FORMAT
 *       defaults, https://docs.snowflake.com/en/sql-reference/functions-date-time#output-formats);</li>
 *   <li>TIMESTAMP_NTZ {@code YYYY-MM-DD HH24:MI:SS.FF3};</li>
 *   <li>TIMESTAMP_LTZ and TIMESTAMP_TZ {@code YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM}, LTZ in the session
 *       zone (TIMESTAMP_OUTPUT_FORMAT default; LTZ/TZ-specific formats default to it).</li>
 * </ul>
 * FF3 truncates to milliseconds. The ISO forms (for JSON) print {@code T}, the fraction in groups of
 * three digits only when not zero, and {@code Z} or {@code +hh:mm}.
 */
public final class TemporalFormatter {
    private TemporalFormatter() {
    }

    public static void appendDate(StringBuilder out, long days) {
        long date = CivilCalendar.civilFromDays(days);
        long year = CivilCalendar.year(date);
        if (year >= 0 && year <= 9999) {
            appendDigits(out, year, 4);
        } else {
            out.append(year);
        }
        out.append('-');
        appendDigits(out, CivilCalendar.month(date), 2);
        out.append('-');
        appendDigits(out, CivilCalendar.day(date), 2);
    }

    /** HH24:MI:SS of a TIME value (nanoseconds of the day); the fraction is not shown. */
    public static void appendTime(StringBuilder out, long nanosOfDay) {
        appendDigits(out, nanosOfDay / CivilCalendar.NANOS_PER_HOUR, 2);
        out.append(':');
        appendDigits(out, nanosOfDay / CivilCalendar.NANOS_PER_MINUTE % 60, 2);
        out.append(':');
        appendDigits(out, nanosOfDay / CivilCalendar.NANOS_PER_SECOND % 60, 2);
    }

    public static void appendTimestampNtz(StringBuilder out, long wallNanos) {
        long nanosOfDay = CivilCalendar.nanosOfDay(wallNanos);
        appendDate(out, CivilCalendar.daysOf(wallNanos));
        out.append(' ');
        appendTime(out, nanosOfDay);
        out.append('.');
        appendDigits(out, nanosOfDay / CivilCalendar.NANOS_PER_MILLI % 1000, 3);
    }

    public static void appendTimestampLtz(StringBuilder out, long epochNanos, ZoneId session) {
        appendTimestampTz(out, epochNanos, ZoneOffsets.offsetSecondsAt(session, epochNanos) / 60);
    }

    public static void appendTimestampTz(StringBuilder out, long epochNanos, int offsetMinutes) {
        appendTimestampNtz(out, TemporalCasts.tzToNtz(epochNanos, offsetMinutes));
        out.append(' ').append(offsetMinutes < 0 ? '-' : '+');
        int magnitude = Math.abs(offsetMinutes);
        appendDigits(out, magnitude / 60, 2);
        appendDigits(out, magnitude % 60, 2);
    }

    public static String formatDate(long days) {
        StringBuilder out = new StringBuilder(10);
        appendDate(out, days);
        return out.toString();
    }

    public static String formatTime(long nanosOfDay) {
        StringBuilder out = new StringBuilder(8);
        appendTime(out, nanosOfDay);
        return out.toString();
    }

    public static String formatTimestampNtz(long wallNanos) {
        StringBuilder out = new StringBuilder(23);
        appendTimestampNtz(out, wallNanos);
        return out.toString();
    }

    public static String formatTimestampLtz(long epochNanos, ZoneId session) {
        StringBuilder out = new StringBuilder(29);
        appendTimestampLtz(out, epochNanos, session);
        return out.toString();
    }

    public static String formatTimestampTz(long epochNanos, int offsetMinutes) {
        StringBuilder out = new StringBuilder(29);
        appendTimestampTz(out, epochNanos, offsetMinutes);
        return out.toString();
    }

    /** ISO 8601 local date-time, e.g. {@code 2024-01-15T10:30:00.125}. */
    public static void appendIsoTimestampNtz(StringBuilder out, long wallNanos) {
        long nanosOfDay = CivilCalendar.nanosOfDay(wallNanos);
        appendDate(out, CivilCalendar.daysOf(wallNanos));
        out.append('T');
        appendTime(out, nanosOfDay);
        long fraction = nanosOfDay % CivilCalendar.NANOS_PER_SECOND;
        if (fraction != 0) {
            out.append('.');
            if (fraction % CivilCalendar.NANOS_PER_MILLI == 0) {
                appendDigits(out, fraction / CivilCalendar.NANOS_PER_MILLI, 3);
            } else if (fraction % CivilCalendar.NANOS_PER_MICRO == 0) {
                appendDigits(out, fraction / CivilCalendar.NANOS_PER_MICRO, 6);
            } else {
                appendDigits(out, fraction, 9);
            }
        }
    }

    /** ISO 8601 date-time with offset, e.g. {@code 2024-01-15T10:30:00+02:00} or {@code ...Z}. */
    public static void appendIsoTimestampTz(StringBuilder out, long epochNanos, int offsetMinutes) {
        appendIsoTimestampNtz(out, TemporalCasts.tzToNtz(epochNanos, offsetMinutes));
        if (offsetMinutes == 0) {
            out.append('Z');
            return;
        }
        out.append(offsetMinutes < 0 ? '-' : '+');
        int magnitude = Math.abs(offsetMinutes);
        appendDigits(out, magnitude / 60, 2);
        out.append(':');
        appendDigits(out, magnitude % 60, 2);
    }

    public static void appendIsoTimestampLtz(StringBuilder out, long epochNanos, ZoneId session) {
        appendIsoTimestampTz(out, epochNanos, ZoneOffsets.offsetSecondsAt(session, epochNanos) / 60);
    }

    /** Writes a non-negative value below 10^width zero-padded to exactly {@code width} (0..9) digits. */
    static void appendDigits(StringBuilder out, long value, int width) {
        switch (width) {
            case 0:
                return;
            case 1:
                out.append((char) ('0' + value));
                return;
            case 2:
                append2(out, (int) value);
                return;
            case 3:
                out.append((char) ('0' + value / 100));
                append2(out, (int) (value % 100));
                return;
            case 4:
                append2(out, (int) (value / 100));
                append2(out, (int) (value % 100));
                return;
            default:
                appendDigits(out, value / 1000, width - 3);
                appendDigits(out, value % 1000, 3);
        }
    }

    private static void append2(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
