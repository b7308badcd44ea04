package dev.floe.types.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The date and time parts Snowflake's date functions accept, with every documented abbreviation.
 *
 * <p>Names and aliases verified against "Supported date and time parts",
 * https://docs.snowflake.com/en/sql-reference/functions-date-time#supported-date-and-time-parts
 * (note {@code m} is MINUTE and {@code mm} is MONTH there).
 */
public enum DatePart {
    YEAR(Use.ARITHMETIC, 0, "y", "yy", "yyy", "yyyy", "yr", "years", "yrs"),
    QUARTER(Use.ARITHMETIC, 0, "q", "qtr", "qtrs", "quarters"),
    MONTH(Use.ARITHMETIC, 0, "mm", "mon", "mons", "months"),
    WEEK(Use.ARITHMETIC, 0, "w", "wk", "weekofyear", "woy", "wy"),
    DAY(Use.ARITHMETIC, 0, "d", "dd", "days", "dayofmonth"),
    DAYOFWEEK(Use.EXTRACT, 0, "weekday", "dow", "dw"),
    DAYOFWEEKISO(Use.EXTRACT, 0, "weekday_iso", "dow_iso", "dw_iso"),
    DAYOFYEAR(Use.EXTRACT, 0, "yearday", "doy", "dy"),
    WEEKISO(Use.EXTRACT, 0, "week_iso", "weekofyeariso", "weekofyear_iso"),
    YEAROFWEEK(Use.EXTRACT, 0),
    YEAROFWEEKISO(Use.EXTRACT, 0, "yearofweek_iso"),
    HOUR(Use.ARITHMETIC, CivilCalendar.NANOS_PER_HOUR, "h", "hh", "hr", "hours", "hrs"),
    MINUTE(Use.ARITHMETIC, CivilCalendar.NANOS_PER_MINUTE, "m", "mi", "min", "minutes", "mins"),
    SECOND(Use.ARITHMETIC, CivilCalendar.NANOS_PER_SECOND, "s", "sec", "seconds", "secs"),
    MILLISECOND(Use.ARITHMETIC, CivilCalendar.NANOS_PER_MILLI, "ms", "msec", "milliseconds"),
    MICROSECOND(Use.ARITHMETIC, CivilCalendar.NANOS_PER_MICRO, "us", "usec", "microseconds"),
    NANOSECOND(Use.ARITHMETIC, 1, "ns", "nsec", "nanosec", "nsecond", "nanoseconds", "nanosecs", "nseconds"),
    EPOCH_SECOND(Use.EXTRACT, 0, "epoch", "epoch_seconds"),
    EPOCH_MILLISECOND(Use.EXTRACT, 0, "epoch_milliseconds"),
    EPOCH_MICROSECOND(Use.EXTRACT, 0, "epoch_microseconds"),
    EPOCH_NANOSECOND(Use.EXTRACT, 0, "epoch_nanoseconds"),
    TIMEZONE_HOUR(Use.EXTRACT, 0, "tzh"),
    TIMEZONE_MINUTE(Use.EXTRACT, 0, "tzm");

    /** Which functions take the part: DATEADD/DATEDIFF/DATE_TRUNC/TIME_SLICE, or only DATE_PART. */
    private enum Use { ARITHMETIC, EXTRACT }

    private static final Map<String, DatePart> BY_NAME = new HashMap<>();

    static {
        for (DatePart part : values()) {
            BY_NAME.put(part.name().toLowerCase(Locale.ROOT), part);
            for (String alias : part.aliases) {
                BY_NAME.put(alias, part);
            }
        }
    }

    private final Use use;
    private final long nanos;
    private final String[] aliases;

    DatePart(Use use, long nanos, String... aliases) {
        this.use = use;
        this.nanos = nanos;
        this.aliases = aliases;
    }

    /** The part named by a Snowflake unit name or abbreviation, case-insensitively. */
    public static DatePart parse(String name) {
        DatePart part = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (part == null) {
            throw new IllegalArgumentException("Invalid date or time part '" + name + "'");
        }
        return part;
    }

    /** True for HOUR and smaller: parts of a fixed length in nanoseconds. */
    public boolean isTimeUnit() {
        return nanos != 0;
    }

    /** Length in nanoseconds of a time unit (HOUR and smaller); 0 for calendar parts. */
    public long nanos() {
        return nanos;
    }

    /** True if DATEADD, DATEDIFF, DATE_TRUNC and TIME_SLICE accept this part; the rest are DATE_PART only. */
    public boolean isArithmetic() {
        return use == Use.ARITHMETIC;
    }

    /** Months in one YEAR, QUARTER or MONTH; 0 for other parts. */
    int months() {
        switch (this) {
            case YEAR: return 12;
            case QUARTER: return 3;
            case MONTH: return 1;
            default: return 0;
        }
    }
}
