package dev.floe.types.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names from https://docs.snowflake.com/en/sql-reference/functions-date-time#supported-date-and-time-parts */
class DatePartTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "year, YEAR", "y, YEAR", "yy, YEAR", "yyy, YEAR", "yyyy, YEAR", "yr, YEAR", "years, YEAR", "yrs, YEAR",
        "quarter, QUARTER", "q, QUARTER", "qtr, QUARTER", "qtrs, QUARTER", "quarters, QUARTER",
        "month, MONTH", "mm, MONTH", "mon, MONTH", "mons, MONTH", "months, MONTH",
        "week, WEEK", "w, WEEK", "wk, WEEK", "weekofyear, WEEK", "woy, WEEK", "wy, WEEK",
        "day, DAY", "d, DAY", "dd, DAY", "days, DAY", "dayofmonth, DAY",
        "dayofweek, DAYOFWEEK", "weekday, DAYOFWEEK", "dow, DAYOFWEEK", "dw, DAYOFWEEK",
        "dayofweekiso, DAYOFWEEKISO", "weekday_iso, DAYOFWEEKISO", "dow_iso, DAYOFWEEKISO", "dw_iso, DAYOFWEEKISO",
        "dayofyear, DAYOFYEAR", "yearday, DAYOFYEAR", "doy, DAYOFYEAR", "dy, DAYOFYEAR",
        "weekiso, WEEKISO", "week_iso, WEEKISO", "weekofyeariso, WEEKISO", "weekofyear_iso, WEEKISO",
        "yearofweek, YEAROFWEEK", "yearofweekiso, YEAROFWEEKISO", "yearofweek_iso, YEAROFWEEKISO",
        "hour, HOUR", "h, HOUR", "hh, HOUR", "hr, HOUR", "hours, HOUR", "hrs, HOUR",
        "minute, MINUTE", "m, MINUTE", "mi, MINUTE", "min, MINUTE", "minutes, MINUTE", "mins, MINUTE",
        "second, SECOND", "s, SECOND", "sec, SECOND", "seconds, SECOND", "secs, SECOND",
        "millisecond, MILLISECOND", "ms, MILLISECOND", "msec, MILLISECOND", "milliseconds, MILLISECOND",
        "microsecond, MICROSECOND", "us, MICROSECOND", "usec, MICROSECOND", "microseconds, MICROSECOND",
        "nanosecond, NANOSECOND", "ns, NANOSECOND", "nsec, NANOSECOND", "nanosec, NANOSECOND",
        "nsecond, NANOSECOND", "nanoseconds, NANOSECOND", "nanosecs, NANOSECOND", "nseconds, NANOSECOND",
        "epoch_second, EPOCH_SECOND", "epoch, EPOCH_SECOND", "epoch_seconds, EPOCH_SECOND",
        "epoch_millisecond, EPOCH_MILLISECOND", "epoch_milliseconds, EPOCH_MILLISECOND",
        "epoch_microsecond, EPOCH_MICROSECOND", "epoch_microseconds, EPOCH_MICROSECOND",
        "epoch_nanosecond, EPOCH_NANOSECOND", "epoch_nanoseconds, EPOCH_NANOSECOND",
        "timezone_hour, TIMEZONE_HOUR", "tzh, TIMEZONE_HOUR", "timezone_minute, TIMEZONE_MINUTE", "tzm, TIMEZONE_MINUTE",
    })
    void parsesEveryDocumentedNameAndAlias(String name, DatePart expected) {
        assertEquals(expected, DatePart.parse(name));
    }

    @ParameterizedTest
    @CsvSource({"MONTH, MONTH", "Mm, MONTH", "M, MINUTE", "YYYY, YEAR", "Epoch_Second, EPOCH_SECOND", "NS, NANOSECOND"})
    void ignoresCase(String name, DatePart expected) {
        assertEquals(expected, DatePart.parse(name));
    }

    @ParameterizedTest
    @CsvSource({"fortnight", "'month '", "''", "millis", "dayofmonths"})
    void rejectsUnknownNamesNamingThem(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatePart.parse(name));
        assertEquals("Invalid date or time part '" + name + "'", e.getMessage());
    }

    @Test
    void classifiesParts() {
        assertTrue(DatePart.HOUR.isTimeUnit());
        assertEquals(3_600_000_000_000L, DatePart.HOUR.nanos());
        assertEquals(1L, DatePart.NANOSECOND.nanos());
        assertFalse(DatePart.DAY.isTimeUnit());
        assertEquals(0L, DatePart.DAY.nanos());
        assertTrue(DatePart.WEEK.isArithmetic());
        assertTrue(DatePart.MILLISECOND.isArithmetic());
        assertFalse(DatePart.DAYOFWEEK.isArithmetic());
        assertFalse(DatePart.EPOCH_SECOND.isArithmetic());
        assertFalse(DatePart.TIMEZONE_HOUR.isArithmetic());
    }
}
