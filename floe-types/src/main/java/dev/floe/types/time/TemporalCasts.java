package dev.floe.types.time;

import java.time.ZoneId;

/**
 * Casts between DATE, TIME and the three timestamp types in a session time zone, and numbers to
 * timestamps as TO_TIMESTAMP reads them. Values are in Floe's physical form (see
 * {@link dev.floe.types.PhysicalType}). Conversions not listed here are the identity on the long:
 * TIMESTAMP_TZ to TIMESTAMP_LTZ keeps the instant ({@link TimestampTz#epochNanos()}).
 *
 * <p>Semantics from https://docs.snowflake.com/en/sql-reference/data-types-datetime : LTZ values are
 * instants shown and operated on in the session zone, NTZ values are wall clocks, TZ values are
 * instants with their own offset; a DATE is midnight of that day, and a timestamp's DATE is the
 * date of its wall clock ("the TIME information is truncated").
 */
public final class TemporalCasts {
    /** Seconds in a 365-day year: the magnitude thresholds TO_TIMESTAMP applies to integer strings. */
    private static final long SECONDS_IN_YEAR = 31_536_000L;
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
    };

    private TemporalCasts() {
    }

    /** TIMESTAMP_LTZ to TIMESTAMP_NTZ: the wall clock in the session zone. */
    public static long ltzToNtz(long epochNanos, ZoneId session) {
        return ZoneOffsets.toWallNanos(epochNanos, session);
    }

    /** TIMESTAMP_NTZ to TIMESTAMP_LTZ: the wall clock read in the session zone. */
    public static long ntzToLtz(long wallNanos, ZoneId session) {
        return ZoneOffsets.toEpochNanos(wallNanos, session);
    }

    /** TIMESTAMP_NTZ to TIMESTAMP_TZ: the wall clock read in the session zone, keeping that offset. */
    public static TimestampTz ntzToTz(long wallNanos, ZoneId session) {
        int offsetMinutes = ZoneOffsets.offsetSecondsForWallClock(session, wallNanos) / 60;
        return new TimestampTz(Math.subtractExact(wallNanos, offsetMinutes * CivilCalendar.NANOS_PER_MINUTE), offsetMinutes);
    }

    /** TIMESTAMP_LTZ to TIMESTAMP_TZ: the same instant with the session zone's offset at that instant. */
    public static TimestampTz ltzToTz(long epochNanos, ZoneId session) {
        return new TimestampTz(epochNanos, ZoneOffsets.offsetSecondsAt(session, epochNanos) / 60);
    }

    /** TIMESTAMP_TZ to TIMESTAMP_NTZ: the wall clock at the value's own offset. */
    public static long tzToNtz(long epochNanos, int offsetMinutes) {
        return Math.addExact(epochNanos, offsetMinutes * CivilCalendar.NANOS_PER_MINUTE);
    }

    /** DATE to TIMESTAMP_NTZ: midnight. */
    public static long dateToNtz(long days) {
        return CivilCalendar.nanosOf(days, 0);
    }

    /** DATE to TIMESTAMP_LTZ: midnight in the session zone. */
    public static long dateToLtz(long days, ZoneId session) {
        return ntzToLtz(dateToNtz(days), session);
    }

    /** DATE to TIMESTAMP_TZ: midnight in the session zone, with its offset. */
    public static TimestampTz dateToTz(long days, ZoneId session) {
        return ntzToTz(dateToNtz(days), session);
    }

    public static long ntzToDate(long wallNanos) {
        return CivilCalendar.daysOf(wallNanos);
    }

    public static long ltzToDate(long epochNanos, ZoneId session) {
        return CivilCalendar.daysOf(ltzToNtz(epochNanos, session));
    }

    public static long tzToDate(long epochNanos, int offsetMinutes) {
        return CivilCalendar.daysOf(tzToNtz(epochNanos, offsetMinutes));
    }

    public static long ntzToTime(long wallNanos) {
        return CivilCalendar.nanosOfDay(wallNanos);
    }

    public static long ltzToTime(long epochNanos, ZoneId session) {
        return CivilCalendar.nanosOfDay(ltzToNtz(epochNanos, session));
    }

    public static long tzToTime(long epochNanos, int offsetMinutes) {
        return CivilCalendar.nanosOfDay(tzToNtz(epochNanos, offsetMinutes));
    }

    /**
     * TO_TIMESTAMP(number, scale): {@code unscaled / 10^scale} seconds since the epoch, as epoch
     * nanoseconds. A NUMBER(p,s) argument passes its unscaled value with {@code scale = s}; without a
     * scale argument a number is seconds (https://docs.snowflake.com/en/sql-reference/functions/to_timestamp,
     * "numeric_expr": seconds if scale = 0 or absent). For TIMESTAMP_NTZ the result is the UTC wall clock.
     */
    public static long epochNanos(long unscaled, int scale) {
        if (scale < 0 || scale > 9) {
            throw new IllegalArgumentException("Timestamp scale must be between 0 and 9, got " + scale);
        }
        try {
            return Math.multiplyExact(unscaled, POWERS_OF_TEN[9 - scale]);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Epoch value " + unscaled + " with scale " + scale
                    + " is outside the range Floe can hold", e);
        }
    }

    /**
     * TO_TIMESTAMP('integer'): an integer given as a string is seconds below 31536000000, then
     * milliseconds below 31536000000000, microseconds below 31536000000000000, nanoseconds above
     * (to_timestamp usage notes, "'integer'" form). Throws ArithmeticException when the result does
     * not fit. Negative values are classified by their magnitude (not confirmed).
     */
    public static long epochNanosByMagnitude(long value) {
        long magnitude = value == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(value);
        if (magnitude < SECONDS_IN_YEAR * 1_000L) {
            return Math.multiplyExact(value, CivilCalendar.NANOS_PER_SECOND);
        }
        if (magnitude < SECONDS_IN_YEAR * 1_000_000L) {
            return Math.multiplyExact(value, CivilCalendar.NANOS_PER_MILLI);
        }
        if (magnitude < SECONDS_IN_YEAR * 1_000_000_000L) {
            return Math.multiplyExact(value, CivilCalendar.NANOS_PER_MICRO);
        }
        return value;
    }
}
