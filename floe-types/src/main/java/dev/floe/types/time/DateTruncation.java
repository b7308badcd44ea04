package dev.floe.types.time;

import dev.floe.types.TypeKind;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * DATE_TRUNC and TIME_SLICE.
 *
 * <p>DATE_TRUNC returns the start of the unit holding the value, in the value's type; weeks start on
 * Monday (WEEK_START = 0 behaves as 1, https://docs.snowflake.com/en/sql-reference/functions-date-time#calendar-weeks-and-weekdays).
 * TIMESTAMP_LTZ truncates the session-zone wall clock; TIMESTAMP_TZ its own wall clock, keeping
 * its offset.
 *
 * <p>TIME_SLICE (https://docs.snowflake.com/en/sql-reference/functions/time_slice) takes DATE or
 * TIMESTAMP_NTZ and aligns slices to 1970-01-01 00:00:00; week slices to Monday 1969-12-29.
 */
public final class DateTruncation {
    /** 1969-12-29, the Monday of the week holding 1970-01-01. */
    private static final long FIRST_MONDAY = -3;
    private static final long MONTHS_BEFORE_1970 = 1970 * 12L;

    private DateTruncation() {
    }

    /** DATE_TRUNC(part, value) for DATE, TIME, TIMESTAMP_NTZ and TIMESTAMP_LTZ. */
    public static long dateTrunc(DatePart part, long value, TypeKind kind, ZoneId session) {
        DateArithmetic.requireArithmetic(part, "DATE_TRUNC");
        switch (kind) {
            case DATE:
                return part.isTimeUnit() ? value : truncDays(part, value);
            case TIME:
                DateArithmetic.requireTimeUnit(part, "DATE_TRUNC");
                return value - value % part.nanos();
            case TIMESTAMP_NTZ:
                return truncWall(part, value);
            case TIMESTAMP_LTZ:
                long wall = ZoneOffsets.toWallNanos(value, session);
                if (part.isTimeUnit()) {
                    // Stay on the instant line so a repeated DST hour truncates within itself.
                    return value - Math.floorMod(wall, part.nanos());
                }
                return ZoneOffsets.toEpochNanos(truncWall(part, wall), session);
            case TIMESTAMP_TZ:
                throw DateArithmetic.tzNeedsOffset("DATE_TRUNC");
            default:
                throw DateArithmetic.notTemporal("DATE_TRUNC", kind);
        }
    }

    /** DATE_TRUNC on a TIMESTAMP_TZ: the truncated epoch nanoseconds; the offset stays the same. */
    public static long dateTrunc(DatePart part, long epochNanos, int offsetMinutes) {
        DateArithmetic.requireArithmetic(part, "DATE_TRUNC");
        long offsetNanos = offsetMinutes * CivilCalendar.NANOS_PER_MINUTE;
        return truncWall(part, epochNanos + offsetNanos) - offsetNanos;
    }

    /**
     * LAST_DAY(date [, part]): the last day of the YEAR, QUARTER, MONTH (the SQL default) or WEEK
     * holding the day; a week ends on Sunday (WEEK_START = 0). The result is a DATE even for a
     * timestamp argument, so callers pass the timestamp's date
     * (https://docs.snowflake.com/en/sql-reference/functions/last_day).
     */
    public static long lastDay(DatePart part, long days) {
        switch (part) {
            case WEEK:
                return CivilCalendar.mondayOfWeek(days) + 6;
            case MONTH:
            case QUARTER:
            case YEAR:
                return CivilCalendar.plusMonths(truncDays(part, days), part.months()) - 1;
            default:
                throw new IllegalArgumentException("LAST_DAY does not support date part " + part
                        + "; use YEAR, QUARTER, MONTH or WEEK");
        }
    }

    /**
     * TIME_SLICE(value, sliceLength, part, 'START' | 'END') for a DATE (YEAR, QUARTER, MONTH, WEEK,
     * DAY) or TIMESTAMP_NTZ (those plus HOUR, MINUTE, SECOND); the result has the input's type.
     */
    public static long timeSlice(long value, int sliceLength, DatePart part, boolean end, TypeKind kind) {
        if (sliceLength < 1) {
            throw new IllegalArgumentException("TIME_SLICE slice length must be at least 1, got " + sliceLength);
        }
        if (kind != TypeKind.DATE && kind != TypeKind.TIMESTAMP_NTZ) {
            throw new IllegalArgumentException("TIME_SLICE takes a DATE or TIMESTAMP_NTZ, got " + kind
                    + " (cast TIMESTAMP_LTZ and TIMESTAMP_TZ to TIMESTAMP_NTZ first)");
        }
        boolean timeUnitAllowed = kind == TypeKind.TIMESTAMP_NTZ
                && (part == DatePart.HOUR || part == DatePart.MINUTE || part == DatePart.SECOND);
        if (part.isTimeUnit() ? !timeUnitAllowed : !part.isArithmetic()) {
            throw new IllegalArgumentException("TIME_SLICE does not support date or time part " + part + " for " + kind);
        }
        long start;
        if (part.isTimeUnit()) {
            long slice = Math.multiplyExact(sliceLength, part.nanos());
            start = Math.floorDiv(value, slice) * slice;
        } else {
            long days = kind == TypeKind.DATE ? value : CivilCalendar.daysOf(value);
            long startDays = sliceStartDays(part, sliceLength, days);
            start = kind == TypeKind.DATE ? startDays : CivilCalendar.nanosOf(startDays, 0);
        }
        return end ? DateArithmetic.dateAdd(part, sliceLength, start, kind, ZoneOffset.UTC) : start;
    }

    private static long sliceStartDays(DatePart part, long n, long days) {
        switch (part) {
            case DAY:
                return Math.floorDiv(days, n) * n;
            case WEEK:
                return Math.floorDiv(days - FIRST_MONDAY, 7 * n) * 7 * n + FIRST_MONDAY;
            default:
                long months = CivilCalendar.monthIndex(days) - MONTHS_BEFORE_1970;
                long sliceMonths = n * part.months();
                long startMonths = Math.floorDiv(months, sliceMonths) * sliceMonths;
                return CivilCalendar.plusMonths(0, startMonths);
        }
    }

    private static long truncWall(DatePart part, long wallNanos) {
        if (part.isTimeUnit()) {
            return wallNanos - Math.floorMod(wallNanos, part.nanos());
        }
        return CivilCalendar.nanosOf(truncDays(part, CivilCalendar.daysOf(wallNanos)), 0);
    }

    private static long truncDays(DatePart part, long days) {
        switch (part) {
            case DAY:
                return days;
            case WEEK:
                return CivilCalendar.mondayOfWeek(days);
            default:
                long date = CivilCalendar.civilFromDays(days);
                int month = CivilCalendar.month(date);
                int firstMonth = part == DatePart.MONTH ? month : part == DatePart.QUARTER ? (month - 1) / 3 * 3 + 1 : 1;
                return CivilCalendar.daysFromCivil(CivilCalendar.year(date), firstMonth, 1);
        }
    }
}
