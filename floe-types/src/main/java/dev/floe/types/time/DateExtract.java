package dev.floe.types.time;

import dev.floe.types.TypeKind;
import java.time.ZoneId;

/**
 * DATE_PART / EXTRACT (https://docs.snowflake.com/en/sql-reference/functions/date_part), with
 * Snowflake's default WEEK_START = 0 and WEEK_OF_YEAR_POLICY = 0:
 * <ul>
 *   <li>DAYOFWEEK: 0 = Sunday ... 6 = Saturday; DAYOFWEEKISO: 1 = Monday ... 7 = Sunday;</li>
 *   <li>WEEK, WEEKISO: ISO 8601 week (a week belongs to the year holding its Thursday), so early
 *       January can be week 52/53 and late December week 1; YEAROFWEEK(ISO): that ISO year;</li>
 *   <li>EPOCH_*: since 1970-01-01 00:00 UTC; a TIMESTAMP_NTZ wall clock is read as UTC; DATE allows
 *       only EPOCH_SECOND (documented);</li>
 *   <li>TIMEZONE_HOUR / TIMEZONE_MINUTE: the value's offset (LTZ: the session zone's at that
 *       instant); 0 for TIMESTAMP_NTZ and DATE.</li>
 * </ul>
 * The day/week conventions are in https://docs.snowflake.com/en/sql-reference/functions-date-time#calendar-weeks-and-weekdays.
 */
public final class DateExtract {
    private DateExtract() {
    }

    /** DATE_PART(part, value) for DATE, TIME, TIMESTAMP_NTZ and TIMESTAMP_LTZ. */
    public static long extract(DatePart part, long value, TypeKind kind, ZoneId session) {
        switch (kind) {
            case DATE:
                if (part == DatePart.EPOCH_MILLISECOND || part == DatePart.EPOCH_MICROSECOND || part == DatePart.EPOCH_NANOSECOND) {
                    throw new IllegalArgumentException("DATE_PART does not support " + part + " for DATE values");
                }
                if (part == DatePart.EPOCH_SECOND) {
                    return Math.multiplyExact(value, CivilCalendar.SECONDS_PER_DAY);
                }
                return fromFields(part, value, 0, 0);
            case TIME:
                if (!part.isTimeUnit()) {
                    throw new IllegalArgumentException("DATE_PART does not support " + part + " for TIME values");
                }
                return fromFields(part, 0, value, 0);
            case TIMESTAMP_NTZ:
                return fromTimestamp(part, value, value, 0);
            case TIMESTAMP_LTZ:
                int offsetSeconds = ZoneOffsets.offsetSecondsAt(session, value);
                return fromTimestamp(part, value, value + offsetSeconds * CivilCalendar.NANOS_PER_SECOND, offsetSeconds);
            case TIMESTAMP_TZ:
                throw DateArithmetic.tzNeedsOffset("DATE_PART");
            default:
                throw DateArithmetic.notTemporal("DATE_PART", kind);
        }
    }

    /** DATE_PART on a TIMESTAMP_TZ: fields of its own wall clock. */
    public static long extract(DatePart part, long epochNanos, int offsetMinutes) {
        return fromTimestamp(part, epochNanos, TemporalCasts.tzToNtz(epochNanos, offsetMinutes), offsetMinutes * 60);
    }

    private static long fromTimestamp(DatePart part, long epochNanos, long wallNanos, int offsetSeconds) {
        switch (part) {
            case EPOCH_SECOND:
                return Math.floorDiv(epochNanos, CivilCalendar.NANOS_PER_SECOND);
            case EPOCH_MILLISECOND:
                return Math.floorDiv(epochNanos, CivilCalendar.NANOS_PER_MILLI);
            case EPOCH_MICROSECOND:
                return Math.floorDiv(epochNanos, CivilCalendar.NANOS_PER_MICRO);
            case EPOCH_NANOSECOND:
                return epochNanos;
            default:
                return fromFields(part, CivilCalendar.daysOf(wallNanos), CivilCalendar.nanosOfDay(wallNanos), offsetSeconds);
        }
    }

    private static long fromFields(DatePart part, long days, long nanosOfDay, int offsetSeconds) {
        switch (part) {
            case YEAR:
                return CivilCalendar.year(CivilCalendar.civilFromDays(days));
            case QUARTER:
                return (CivilCalendar.month(CivilCalendar.civilFromDays(days)) - 1) / 3 + 1;
            case MONTH:
                return CivilCalendar.month(CivilCalendar.civilFromDays(days));
            case DAY:
                return CivilCalendar.day(CivilCalendar.civilFromDays(days));
            case WEEK:
            case WEEKISO:
                return CivilCalendar.isoWeek(days);
            case YEAROFWEEK:
            case YEAROFWEEKISO:
                return CivilCalendar.isoWeekYear(days);
            case DAYOFWEEK:
                return CivilCalendar.dayOfWeekIso(days) % 7;
            case DAYOFWEEKISO:
                return CivilCalendar.dayOfWeekIso(days);
            case DAYOFYEAR:
                return CivilCalendar.dayOfYear(days);
            case HOUR:
                return nanosOfDay / CivilCalendar.NANOS_PER_HOUR;
            case MINUTE:
                return nanosOfDay / CivilCalendar.NANOS_PER_MINUTE % 60;
            case SECOND:
                return nanosOfDay / CivilCalendar.NANOS_PER_SECOND % 60;
            case MILLISECOND:
                return nanosOfDay / CivilCalendar.NANOS_PER_MILLI % 1000;
            case MICROSECOND:
                return nanosOfDay / CivilCalendar.NANOS_PER_MICRO % 1_000_000;
            case NANOSECOND:
                return nanosOfDay % CivilCalendar.NANOS_PER_SECOND;
            case TIMEZONE_HOUR:
                return offsetSeconds / 3600;
            case TIMEZONE_MINUTE:
                return offsetSeconds / 60 % 60;
            default:
                // EPOCH_* parts are answered before the fields are split.
                throw new IllegalStateException("unhandled date part " + part);
        }
    }
}
