package dev.floe.types.time;

import java.time.ZoneId;

/**
 * Reads date, time and timestamp strings the way Snowflake's AUTO input format does. One instance
 * can be reused for many values (it keeps the last parse's fields), so a column can be converted
 * without allocating per row; it is not thread-safe.
 *
 * <p>Accepted (after trimming whitespace), per https://docs.snowflake.com/en/sql-reference/date-time-input-output
 * (AUTO detection):
 * <ul>
 *   <li>dates {@code YYYY-MM-DD} (month and day may have one digit), {@code DD-MON-YYYY},
 *       {@code MM/DD/YYYY};</li>
 *   <li>a date, then {@code T} or spaces, then {@code HH24[:MI[:SS[.FF]]]} with 1 to 9 fractional
 *       digits, then optionally spaces and a zone: {@code Z}, {@code +hh}, {@code +hhmm},
 *       {@code +hh:mm} (or {@code -});</li>
 *   <li>times {@code HH24:MI[:SS[.FF]]} (a zone after them is ignored);</li>
 *   <li>an integer: seconds, milliseconds, microseconds or nanoseconds since the epoch by magnitude
 *       (see {@link TemporalCasts#epochNanosByMagnitude}).</li>
 * </ul>
 */
public final class DateTimeParser {
    private CharSequence text;
    private int pos;
    private int end;

    private long days;
    private long nanosOfDay;
    private boolean hasZone;
    private int zoneMinutes;
    private boolean isEpochInteger;
    private long epochNanos;
    private int offsetMinutes;

    /** A DATE (days since 1970-01-01): the date part of any accepted date or timestamp; a zone is ignored. */
    public long parseDate(CharSequence s) {
        if (!scanTimestamp(s)) {
            throw notRecognized("Date", s);
        }
        return isEpochInteger ? CivilCalendar.daysOf(epochNanos) : days;
    }

    /** A TIME (nanoseconds of the day): a time, or the time of day of any accepted timestamp. */
    public long parseTime(CharSequence s) {
        if (scanTimeOfDay(s)) {
            return nanosOfDay;
        }
        if (!scanTimestamp(s)) {
            throw notRecognized("Time", s);
        }
        return isEpochInteger ? CivilCalendar.nanosOfDay(epochNanos) : nanosOfDay;
    }

    /**
     * A TIMESTAMP_NTZ: the wall clock as written. A zone in the string is ignored, not applied:
     * Snowflake's TIMESTAMP_NTZ example stores '2014-01-02 16:00:00 +00:00' as 16:00 in a
     * America/Los_Angeles session (https://docs.snowflake.com/en/sql-reference/data-types-datetime,
     * "TIMESTAMP_NTZ" examples).
     */
    public long parseTimestampNtz(CharSequence s) {
        scanTimestampOrThrow(s);
        return isEpochInteger ? epochNanos : wallNanos(s);
    }

    /**
     * A TIMESTAMP_LTZ (epoch nanoseconds): a string with a zone is that instant; one without is a
     * wall clock in the session zone (same documentation page, TIMESTAMP_LTZ examples).
     */
    public long parseTimestampLtz(CharSequence s, ZoneId session) {
        scanTimestampOrThrow(s);
        if (isEpochInteger) {
            return epochNanos;
        }
        long wall = wallNanos(s);
        return hasZone ? instant(wall, zoneMinutes, s) : instant(wall, session, s);
    }

    /**
     * A TIMESTAMP_TZ: returns the epoch nanoseconds and leaves the offset in
     * {@link #offsetMinutes()}. Without a zone in the string the session zone's offset at that wall
     * clock is used ("If a time zone is not provided, the session time zone offset is used",
     * data-types-datetime page).
     */
    public long parseTimestampTz(CharSequence s, ZoneId session) {
        scanTimestampOrThrow(s);
        if (isEpochInteger) {
            offsetMinutes = ZoneOffsets.offsetSecondsAt(session, epochNanos) / 60;
            return epochNanos;
        }
        long wall = wallNanos(s);
        offsetMinutes = hasZone ? zoneMinutes : ZoneOffsets.offsetSecondsForWallClock(session, wall) / 60;
        return instant(wall, offsetMinutes, s);
    }

    /** The offset found by the last {@link #parseTimestampTz}. */
    public int offsetMinutes() {
        return offsetMinutes;
    }

    private void scanTimestampOrThrow(CharSequence s) {
        if (!scanTimestamp(s)) {
            throw notRecognized("Timestamp", s);
        }
    }

    private long wallNanos(CharSequence s) {
        return wallNanos(days, nanosOfDay, s);
    }

    /** Nanoseconds of a day plus a time of day, or the out-of-range error naming the input {@code s}. */
    static long wallNanos(long days, long nanosOfDay, CharSequence s) {
        try {
            return CivilCalendar.nanosOf(days, nanosOfDay);
        } catch (ArithmeticException e) {
            throw outOfRange(s);
        }
    }

    static long instant(long wall, int offsetMinutes, CharSequence s) {
        try {
            return Math.subtractExact(wall, offsetMinutes * CivilCalendar.NANOS_PER_MINUTE);
        } catch (ArithmeticException e) {
            throw outOfRange(s);
        }
    }

    static long instant(long wall, ZoneId zone, CharSequence s) {
        try {
            return ZoneOffsets.toEpochNanos(wall, zone);
        } catch (ArithmeticException e) {
            throw outOfRange(s);
        }
    }

    static IllegalArgumentException notRecognized(String what, CharSequence s) {
        return new IllegalArgumentException(what + " '" + s + "' is not recognized");
    }

    static IllegalArgumentException outOfRange(CharSequence s) {
        return new IllegalArgumentException("Timestamp '" + s + "' is outside the range Floe can hold"
                + " (1677-09-21 00:12:43.145224192 to 2262-04-11 23:47:16.854775807 UTC)");
    }

    // ---- scanning ----

    private void reset(CharSequence s) {
        text = s;
        pos = 0;
        end = s.length();
        while (pos < end && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        while (end > pos && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        nanosOfDay = 0;
        hasZone = false;
        isEpochInteger = false;
    }

    private boolean scanTimestamp(CharSequence s) {
        reset(s);
        if (scanEpochInteger()) {
            return true;
        }
        if (!scanDate()) {
            return false;
        }
        if (pos == end) {
            return true;
        }
        char separator = text.charAt(pos);
        if (separator == 'T' || separator == 't') {
            pos++;
        } else if (!skipWhitespace()) {
            return false;
        }
        if (!scanClock(false)) {
            return false;
        }
        skipWhitespace();
        return (pos == end || scanZone()) && pos == end;
    }

    private boolean scanTimeOfDay(CharSequence s) {
        reset(s);
        if (!scanClock(true)) {
            return false;
        }
        skipWhitespace();
        return (pos == end || scanZone()) && pos == end;
    }

    private boolean scanEpochInteger() {
        int p = pos;
        boolean negative = p < end && text.charAt(p) == '-';
        if (negative) {
            p++;
        }
        int digitsEnd = p;
        while (digitsEnd < end && isDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd == p || digitsEnd != end || digitsEnd - p > 19) {
            return false;
        }
        long value = 0;
        try {
            for (int i = p; i < digitsEnd; i++) {
                value = Math.addExact(Math.multiplyExact(value, 10L), text.charAt(i) - '0');
            }
        } catch (ArithmeticException e) {
            return false;
        }
        try {
            epochNanos = TemporalCasts.epochNanosByMagnitude(negative ? -value : value);
        } catch (ArithmeticException e) {
            throw outOfRange(text);
        }
        isEpochInteger = true;
        pos = end;
        return true;
    }

    private boolean scanDate() {
        int start = pos;
        if (scanIsoDate()) {
            return true;
        }
        pos = start;
        if (scanDayMonthNameYear()) {
            return true;
        }
        pos = start;
        return scanUsDate();
    }

    /** YYYY-MM-DD */
    private boolean scanIsoDate() {
        long year = digits(4, 4);
        if (year < 0 || !expect('-')) {
            return false;
        }
        long month = digits(1, 2);
        if (month < 0 || !expect('-')) {
            return false;
        }
        return setDate(year, month, digits(1, 2));
    }

    /** DD-MON-YYYY */
    private boolean scanDayMonthNameYear() {
        long day = digits(1, 2);
        if (day < 0 || !expect('-')) {
            return false;
        }
        int month = monthName();
        if (month < 0 || !expect('-')) {
            return false;
        }
        return setDate(digits(4, 4), month, day);
    }

    /** MM/DD/YYYY */
    private boolean scanUsDate() {
        long month = digits(1, 2);
        if (month < 0 || !expect('/')) {
            return false;
        }
        long day = digits(1, 2);
        if (day < 0 || !expect('/')) {
            return false;
        }
        return setDate(digits(4, 4), month, day);
    }

    private boolean setDate(long year, long month, long day) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > CivilCalendar.lengthOfMonth(year, (int) month)) {
            return false;
        }
        days = CivilCalendar.daysFromCivil(year, (int) month, (int) day);
        return true;
    }

    private int monthName() {
        int month = CalendarNames.monthAt(text, pos, end);
        if (month != 0) {
            pos += 3;
        }
        return month == 0 ? -1 : month;
    }

    /** HH24[:MI[:SS[.FF]]]; minutes required for a bare TIME so that an integer stays an epoch value. */
    private boolean scanClock(boolean minutesRequired) {
        long hour = digits(1, 2);
        if (hour < 0 || hour > 23) {
            return false;
        }
        long minute = 0;
        long second = 0;
        long fraction = 0;
        if (expect(':')) {
            minute = digits(2, 2);
            if (minute < 0 || minute > 59) {
                return false;
            }
            if (expect(':')) {
                second = digits(2, 2);
                if (second < 0 || second > 59) {
                    return false;
                }
                if (expect('.')) {
                    fraction = fractionNanos();
                    if (fraction < 0) {
                        return false;
                    }
                }
            }
        } else if (minutesRequired) {
            return false;
        }
        nanosOfDay = hour * CivilCalendar.NANOS_PER_HOUR + minute * CivilCalendar.NANOS_PER_MINUTE
                + second * CivilCalendar.NANOS_PER_SECOND + fraction;
        return true;
    }

    /** 1 to 9 digits after the decimal point, as nanoseconds. */
    private long fractionNanos() {
        int start = pos;
        long value = digits(1, 9);
        if (value < 0 || (pos < end && isDigit(text.charAt(pos)))) {
            return -1;
        }
        for (int i = pos - start; i < 9; i++) {
            value *= 10;
        }
        return value;
    }

    /** Z, +hh, +hhmm or +hh:mm (or -). */
    private boolean scanZone() {
        char c = text.charAt(pos);
        if (c == 'Z' || c == 'z') {
            pos++;
            zoneMinutes = 0;
            hasZone = true;
            return true;
        }
        if (c != '+' && c != '-') {
            return false;
        }
        pos++;
        long hours = digits(2, 2);
        if (hours < 0 || hours > 23) {
            return false;
        }
        long minutes = 0;
        if (pos < end) {
            expect(':');
            minutes = digits(2, 2);
            if (minutes < 0 || minutes > 59) {
                return false;
            }
        }
        zoneMinutes = (int) (c == '-' ? -(hours * 60 + minutes) : hours * 60 + minutes);
        hasZone = true;
        return true;
    }

    /** Reads min..max digits as a number, or returns -1 (position then undefined). */
    private long digits(int min, int max) {
        long value = 0;
        int count = 0;
        while (count < max && pos < end && isDigit(text.charAt(pos))) {
            value = value * 10 + (text.charAt(pos) - '0');
            pos++;
            count++;
        }
        return count >= min ? value : -1;
    }

    private boolean expect(char c) {
        if (pos < end && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean skipWhitespace() {
        int start = pos;
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
