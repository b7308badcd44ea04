package dev.floe.types.time;

import dev.floe.types.TypeKind;
import java.time.ZoneId;

/**
 * DATEADD and DATEDIFF over Floe's physical temporal values.
 *
 * <p>Rules (https://docs.snowflake.com/en/sql-reference/functions/dateadd and .../datediff):
 * <ul>
 *   <li>Month, quarter and year additions keep the day unless the target month is shorter, then
 *       clamp to its last day (Jan 31 + 1 month = Feb 29 in 2024).</li>
 *   <li>A DATE plus a unit of a day or more is a DATE; plus an hour or less it is a TIMESTAMP_NTZ
 *       from midnight. A TIME takes only units of an hour or less (it wraps around midnight).</li>
 *   <li>DATEDIFF counts unit boundaries crossed: DATEDIFF(year, '2010-12-31', '2011-01-01') = 1;
 *       sub-unit parts are ignored. Weeks start on Monday (WEEK_START = 0, Snowflake's default).</li>
 *   <li>TIMESTAMP_LTZ works in the session zone: day-or-larger units move the wall clock there
 *       (the result is re-read in the zone, so a day is 23 or 25 hours across DST); hour-or-smaller
 *       units are elapsed time. TIMESTAMP_TZ works on its own wall clock and keeps its offset.</li>
 * </ul>
 */
public final class DateArithmetic {
    private DateArithmetic() {
    }

    /** The type DATEADD returns for a part and an argument type. */
    public static TypeKind dateAddResultKind(DatePart part, TypeKind kind) {
        requireArithmetic(part, "DATEADD");
        switch (kind) {
            case DATE:
                return part.isTimeUnit() ? TypeKind.TIMESTAMP_NTZ : TypeKind.DATE;
            case TIME:
                requireTimeUnit(part, "DATEADD");
                return TypeKind.TIME;
            case TIMESTAMP_NTZ:
            case TIMESTAMP_LTZ:
            case TIMESTAMP_TZ:
                return kind;
            default:
                throw notTemporal("DATEADD", kind);
        }
    }

    /**
     * DATEADD(part, n, value) for DATE, TIME, TIMESTAMP_NTZ and TIMESTAMP_LTZ; the result has the
     * type {@link #dateAddResultKind} gives.
     */
    public static long dateAdd(DatePart part, long n, long value, TypeKind kind, ZoneId session) {
        dateAddResultKind(part, kind);
        try {
            switch (kind) {
                case DATE:
                    return part.isTimeUnit() ? addToWall(part, n, CivilCalendar.nanosOf(value, 0)) : addToDays(part, n, value);
                case TIME:
                    return addToTime(part, n, value);
                case TIMESTAMP_NTZ:
                    return addToWall(part, n, value);
                case TIMESTAMP_LTZ:
                    if (part.isTimeUnit()) {
                        return addToWall(part, n, value);
                    }
                    return ZoneOffsets.toEpochNanos(addToWall(part, n, ZoneOffsets.toWallNanos(value, session)), session);
                default:
                    throw tzNeedsOffset("DATEADD");
            }
        } catch (ArithmeticException e) {
            throw outOfRange("DATEADD");
        }
    }

    /** DATEADD on a TIMESTAMP_TZ: the new epoch nanoseconds; the offset stays the same. */
    public static long dateAdd(DatePart part, long n, long epochNanos, int offsetMinutes) {
        requireArithmetic(part, "DATEADD");
        long offsetNanos = offsetMinutes * CivilCalendar.NANOS_PER_MINUTE;
        try {
            return Math.subtractExact(addToWall(part, n, Math.addExact(epochNanos, offsetNanos)), offsetNanos);
        } catch (ArithmeticException e) {
            throw outOfRange("DATEADD");
        }
    }

    /** DATEDIFF(part, a, b) for two values of the same type (DATE, TIME, TIMESTAMP_NTZ or TIMESTAMP_LTZ). */
    public static long dateDiff(DatePart part, long a, long b, TypeKind kind, ZoneId session) {
        requireArithmetic(part, "DATEDIFF");
        try {
            switch (kind) {
                case DATE:
                    if (part.isTimeUnit()) {
                        return Math.multiplyExact(Math.subtractExact(b, a), CivilCalendar.NANOS_PER_DAY / part.nanos());
                    }
                    return calendarDiff(part, a, b);
                case TIME:
                    requireTimeUnit(part, "DATEDIFF");
                    return Math.floorDiv(b, part.nanos()) - Math.floorDiv(a, part.nanos());
                case TIMESTAMP_NTZ:
                    return diff(part, a, a, b, b);
                case TIMESTAMP_LTZ:
                    return diff(part, a, ZoneOffsets.toWallNanos(a, session), b, ZoneOffsets.toWallNanos(b, session));
                case TIMESTAMP_TZ:
                    throw tzNeedsOffset("DATEDIFF");
                default:
                    throw notTemporal("DATEDIFF", kind);
            }
        } catch (ArithmeticException e) {
            throw outOfRange("DATEDIFF");
        }
    }

    /**
     * DATEDIFF on two TIMESTAMP_TZ values: calendar units compare each value's own wall clock,
     * time units count boundaries between the instants.
     */
    public static long dateDiff(DatePart part, long epochNanosA, int offsetMinutesA, long epochNanosB, int offsetMinutesB) {
        requireArithmetic(part, "DATEDIFF");
        try {
            return diff(part, epochNanosA, TemporalCasts.tzToNtz(epochNanosA, offsetMinutesA),
                    epochNanosB, TemporalCasts.tzToNtz(epochNanosB, offsetMinutesB));
        } catch (ArithmeticException e) {
            throw outOfRange("DATEDIFF");
        }
    }

    /** The day number plus n days, weeks, months, quarters or years. */
    static long addToDays(DatePart part, long n, long days) {
        switch (part) {
            case DAY:
                return Math.addExact(days, n);
            case WEEK:
                return Math.addExact(days, Math.multiplyExact(n, 7L));
            default:
                return CivilCalendar.plusMonths(days, Math.multiplyExact(n, (long) part.months()));
        }
    }

    /** A wall clock (or instant, for time units) plus n units. */
    static long addToWall(DatePart part, long n, long wallNanos) {
        if (part.isTimeUnit()) {
            return Math.addExact(wallNanos, Math.multiplyExact(n, part.nanos()));
        }
        return CivilCalendar.nanosOf(addToDays(part, n, CivilCalendar.daysOf(wallNanos)), CivilCalendar.nanosOfDay(wallNanos));
    }

    private static long addToTime(DatePart part, long n, long nanosOfDay) {
        long unitsPerDay = CivilCalendar.NANOS_PER_DAY / part.nanos();
        return Math.floorMod(nanosOfDay + Math.floorMod(n, unitsPerDay) * part.nanos(), CivilCalendar.NANOS_PER_DAY);
    }

    /**
     * Boundaries crossed between two timestamps given as instant and wall clock. A time unit's
     * boundaries are where the wall clock is a multiple of the unit; counting them between instants
     * keeps DST changes from adding or losing hours.
     */
    private static long diff(DatePart part, long instantA, long wallA, long instantB, long wallB) {
        if (part.isTimeUnit()) {
            long unit = part.nanos();
            long startA = instantA - Math.floorMod(wallA, unit);
            long startB = instantB - Math.floorMod(wallB, unit);
            return Math.floorDiv(Math.subtractExact(startB, startA), unit);
        }
        return calendarDiff(part, CivilCalendar.daysOf(wallA), CivilCalendar.daysOf(wallB));
    }

    private static long calendarDiff(DatePart part, long daysA, long daysB) {
        switch (part) {
            case YEAR:
                return CivilCalendar.year(CivilCalendar.civilFromDays(daysB)) - CivilCalendar.year(CivilCalendar.civilFromDays(daysA));
            case QUARTER:
                return Math.floorDiv(CivilCalendar.monthIndex(daysB), 3L) - Math.floorDiv(CivilCalendar.monthIndex(daysA), 3L);
            case MONTH:
                return CivilCalendar.monthIndex(daysB) - CivilCalendar.monthIndex(daysA);
            case WEEK:
                return (CivilCalendar.mondayOfWeek(daysB) - CivilCalendar.mondayOfWeek(daysA)) / 7;
            default:
                return daysB - daysA;
        }
    }

    static void requireArithmetic(DatePart part, String function) {
        if (!part.isArithmetic()) {
            throw new IllegalArgumentException(function + " does not support date or time part " + part);
        }
    }

    static void requireTimeUnit(DatePart part, String function) {
        if (!part.isTimeUnit()) {
            throw new IllegalArgumentException(function + " on a TIME value needs a unit of an hour or smaller, got " + part);
        }
    }

    static IllegalArgumentException notTemporal(String function, TypeKind kind) {
        return new IllegalArgumentException(function + " needs a date, time or timestamp, got " + kind);
    }

    static IllegalArgumentException tzNeedsOffset(String function) {
        return new IllegalArgumentException(function + " on TIMESTAMP_TZ takes the overload with offsets");
    }

    static IllegalArgumentException outOfRange(String function) {
        return new IllegalArgumentException(function + " result is outside the range Floe can hold"
                + " (1677-09-21 to 2262-04-11 for timestamps)");
    }
}
