package dev.floe.types.time;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A compiled Snowflake date/time format, for TO_DATE / TO_TIME / TO_TIMESTAMP_* (and their TRY_
 * forms) with a format argument, and for TO_CHAR / TO_VARCHAR of a temporal value. Immutable and
 * thread-safe: compile a constant format once and share it.
 *
 * <p>Elements (https://docs.snowflake.com/en/sql-reference/functions-conversion#date-and-time-formats-in-conversion-functions),
 * in any letter case: {@code YYYY}, {@code YY}, {@code UUUU}, {@code MM}, {@code MON},
 * {@code MMMM}, {@code DD}, {@code DY}, {@code HH24}, {@code HH12}, {@code HH} (24-hour),
 * {@code AM}/{@code PM}, {@code MI}, {@code SS}, {@code FF} and {@code FF0}..{@code FF9},
 * {@code TZH:TZM}, {@code TZHTZM}, {@code TZH}. Anything else, and text in double quotes, is copied
 * when writing and must match when reading (see {@link FormatTokenizer}, {@link FormatReader}).
 *
 * <p>Writing: names in English title case ({@code Jan}, {@code January}, {@code Tue}); {@code FFn}
 * truncates to n digits and {@code FF} writes nine; {@code YYYY} writes the year of the era and
 * {@code UUUU} the signed proleptic year, at least four digits each. Offset elements write the
 * value's offset ({@code +05:30}, {@code +0530}, {@code +05}); a value without a zone (DATE, TIME,
 * TIMESTAMP_NTZ) writes {@code Z} for each, as Snowflake shows an NTZ value "with the UTC
 * indicator (Z)" (https://docs.snowflake.com/en/sql-reference/data-types-datetime). A DATE has
 * time 00:00:00 and a TIME the date 1970-01-01.
 *
 * <p>Reading: a mismatch throws IllegalArgumentException worded as Snowflake's error,
 * {@code Can't parse '<input>' as date with format '<format>'} ({@code time}, {@code timestamp}).
 * A zone read from the input is ignored for DATE, TIME and TIMESTAMP_NTZ and applied for
 * TIMESTAMP_LTZ and TIMESTAMP_TZ; without one the session zone is used. Each parse allocates one
 * small {@link FormatReader}.
 */
public final class TemporalFormat {
    /** Snowflake's default TWO_DIGIT_CENTURY_START: YY reads 70..99 as 1970..1999 and 00..69 as 2000..2069. */
    public static final int DEFAULT_TWO_DIGIT_CENTURY_START = 1970;

    private final String format;
    private final FormatPiece[] pieces;
    private final int twoDigitCenturyStart;

    private TemporalFormat(String format, FormatPiece[] pieces, int twoDigitCenturyStart) {
        this.format = format;
        this.pieces = pieces;
        this.twoDigitCenturyStart = twoDigitCenturyStart;
    }

    /** Compiles a format with the default TWO_DIGIT_CENTURY_START; throws IllegalArgumentException if it is malformed. */
    public static TemporalFormat compile(String format) {
        return compile(format, DEFAULT_TWO_DIGIT_CENTURY_START);
    }

    /** Compiles a format whose YY reads into the 100 years starting at {@code twoDigitCenturyStart}. */
    public static TemporalFormat compile(String format, int twoDigitCenturyStart) {
        Objects.requireNonNull(format, "format");
        return new TemporalFormat(format, FormatTokenizer.tokenize(format), twoDigitCenturyStart);
    }

    /** The format as written. */
    public String format() {
        return format;
    }

    @Override
    public String toString() {
        return format;
    }

    // ---- reading ----

    /** TO_DATE(s, format): days since 1970-01-01. */
    public long parseDate(CharSequence s) {
        return read(s, "date").days();
    }

    /** TO_TIME(s, format): nanoseconds of the day. */
    public long parseTime(CharSequence s) {
        return read(s, "time").nanosOfDay();
    }

    /** TO_TIMESTAMP_NTZ(s, format): the wall clock as written; an offset in the input is ignored. */
    public long parseTimestampNtz(CharSequence s) {
        FormatReader reader = read(s, "timestamp");
        return DateTimeParser.wallNanos(reader.days(), reader.nanosOfDay(), s);
    }

    /** TO_TIMESTAMP_LTZ(s, format): epoch nanoseconds; without an offset the wall clock is read in the session zone. */
    public long parseTimestampLtz(CharSequence s, ZoneId session) {
        FormatReader reader = read(s, "timestamp");
        long wall = DateTimeParser.wallNanos(reader.days(), reader.nanosOfDay(), s);
        return reader.hasOffset()
                ? DateTimeParser.instant(wall, reader.offsetMinutes(), s)
                : DateTimeParser.instant(wall, session, s);
    }

    /** TO_TIMESTAMP_TZ(s, format): the instant and its offset; without one, the session zone's offset at that wall clock. */
    public TimestampTz parseTimestampTz(CharSequence s, ZoneId session) {
        FormatReader reader = read(s, "timestamp");
        long wall = DateTimeParser.wallNanos(reader.days(), reader.nanosOfDay(), s);
        int offsetMinutes = reader.hasOffset()
                ? reader.offsetMinutes()
                : ZoneOffsets.offsetSecondsForWallClock(session, wall) / 60;
        return new TimestampTz(DateTimeParser.instant(wall, offsetMinutes, s), offsetMinutes);
    }

    private FormatReader read(CharSequence s, String target) {
        FormatReader reader = new FormatReader(s);
        if (!reader.read(pieces, twoDigitCenturyStart)) {
            throw new IllegalArgumentException("Can't parse '" + s + "' as " + target + " with format '" + format + "'");
        }
        return reader;
    }

    // ---- writing ----

    public void appendDate(StringBuilder out, long days) {
        write(out, days, 0, false, 0);
    }

    public void appendTime(StringBuilder out, long nanosOfDay) {
        write(out, 0, nanosOfDay, false, 0);
    }

    public void appendTimestampNtz(StringBuilder out, long wallNanos) {
        write(out, CivilCalendar.daysOf(wallNanos), CivilCalendar.nanosOfDay(wallNanos), false, 0);
    }

    /** A TIMESTAMP_LTZ is written as its wall clock and offset in the session zone. */
    public void appendTimestampLtz(StringBuilder out, long epochNanos, ZoneId session) {
        appendTimestampTz(out, epochNanos, ZoneOffsets.offsetSecondsAt(session, epochNanos) / 60);
    }

    public void appendTimestampTz(StringBuilder out, long epochNanos, int offsetMinutes) {
        long wall = TemporalCasts.tzToNtz(epochNanos, offsetMinutes);
        write(out, CivilCalendar.daysOf(wall), CivilCalendar.nanosOfDay(wall), true, offsetMinutes);
    }

    public String formatDate(long days) {
        StringBuilder out = new StringBuilder();
        appendDate(out, days);
        return out.toString();
    }

    public String formatTime(long nanosOfDay) {
        StringBuilder out = new StringBuilder();
        appendTime(out, nanosOfDay);
        return out.toString();
    }

    public String formatTimestampNtz(long wallNanos) {
        StringBuilder out = new StringBuilder();
        appendTimestampNtz(out, wallNanos);
        return out.toString();
    }

    public String formatTimestampLtz(long epochNanos, ZoneId session) {
        StringBuilder out = new StringBuilder();
        appendTimestampLtz(out, epochNanos, session);
        return out.toString();
    }

    public String formatTimestampTz(long epochNanos, int offsetMinutes) {
        StringBuilder out = new StringBuilder();
        appendTimestampTz(out, epochNanos, offsetMinutes);
        return out.toString();
    }

    private void write(StringBuilder out, long days, long nanosOfDay, boolean zoned, int offsetMinutes) {
        long date = CivilCalendar.civilFromDays(days);
        long year = CivilCalendar.year(date);
        int hour = (int) (nanosOfDay / CivilCalendar.NANOS_PER_HOUR);
        for (FormatPiece piece : pieces) {
            switch (piece.element()) {
                case LITERAL:
                    out.append(piece.literal());
                    break;
                case YEAR:
                    appendYear(out, year > 0 ? year : 1 - year);
                    break;
                case YEAR_OF_CENTURY:
                    TemporalFormatter.appendDigits(out, (year > 0 ? year : 1 - year) % 100, 2);
                    break;
                case ISO_YEAR:
                    if (year < 0) {
                        out.append('-');
                    }
                    appendYear(out, Math.abs(year));
                    break;
                case MONTH:
                    TemporalFormatter.appendDigits(out, CivilCalendar.month(date), 2);
                    break;
                case MONTH_ABBREVIATION:
                    CalendarNames.appendAbbreviation(out, CalendarNames.month(CivilCalendar.month(date)));
                    break;
                case MONTH_NAME:
                    out.append(CalendarNames.month(CivilCalendar.month(date)));
                    break;
                case DAY:
                    TemporalFormatter.appendDigits(out, CivilCalendar.day(date), 2);
                    break;
                case WEEKDAY:
                    CalendarNames.appendAbbreviation(out, CalendarNames.weekday(CivilCalendar.dayOfWeekIso(days)));
                    break;
                case HOUR_24:
                    TemporalFormatter.appendDigits(out, hour, 2);
                    break;
                case HOUR_12:
                    TemporalFormatter.appendDigits(out, hour % 12 == 0 ? 12 : hour % 12, 2);
                    break;
                case MERIDIEM:
                    out.append(hour < 12 ? "AM" : "PM");
                    break;
                case MINUTE:
                    TemporalFormatter.appendDigits(out, nanosOfDay / CivilCalendar.NANOS_PER_MINUTE % 60, 2);
                    break;
                case SECOND:
                    TemporalFormatter.appendDigits(out, nanosOfDay / CivilCalendar.NANOS_PER_SECOND % 60, 2);
                    break;
                case FRACTION:
                    appendFraction(out, piece, nanosOfDay % CivilCalendar.NANOS_PER_SECOND);
                    break;
                default:
                    appendOffset(out, piece.element(), zoned, offsetMinutes);
            }
        }
    }

    private static void appendYear(StringBuilder out, long year) {
        if (year <= 9999) {
            TemporalFormatter.appendDigits(out, year, 4);
        } else {
            out.append(year);
        }
    }

    private static void appendFraction(StringBuilder out, FormatPiece piece, long nanos) {
        if (piece.dotted()) {
            out.append('.');
        }
        long value = nanos;
        for (int i = piece.fractionDigits(); i < 9; i++) {
            value /= 10;
        }
        TemporalFormatter.appendDigits(out, value, piece.fractionDigits());
    }

    private static void appendOffset(StringBuilder out, FormatElement element, boolean zoned, int offsetMinutes) {
        if (!zoned) {
            out.append('Z');
            return;
        }
        int magnitude = Math.abs(offsetMinutes);
        out.append(offsetMinutes < 0 ? '-' : '+');
        TemporalFormatter.appendDigits(out, magnitude / 60, 2);
        if (element == FormatElement.OFFSET_HOURS_COLON_MINUTES) {
            out.append(':');
        }
        if (element != FormatElement.OFFSET_HOURS) {
            TemporalFormatter.appendDigits(out, magnitude % 60, 2);
        }
    }
}
