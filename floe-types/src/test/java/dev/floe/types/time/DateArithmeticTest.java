package dev.floe.types.time;

import static dev.floe.types.time.TimeFixtures.LA;
import static dev.floe.types.time.TimeFixtures.UTC;
import static dev.floe.types.time.TimeFixtures.date;
import static dev.floe.types.time.TimeFixtures.ltz;
import static dev.floe.types.time.TimeFixtures.ntz;
import static dev.floe.types.time.TimeFixtures.showDate;
import static dev.floe.types.time.TimeFixtures.showLtz;
import static dev.floe.types.time.TimeFixtures.showNtz;
import static dev.floe.types.time.TimeFixtures.showTime;
import static dev.floe.types.time.TimeFixtures.showTz;
import static dev.floe.types.time.TimeFixtures.time;
import static dev.floe.types.time.TimeFixtures.tz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.floe.types.TypeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateArithmeticTest {
    @ParameterizedTest(name = "DATEADD({1}, {2}, ''{0}''::TIMESTAMP_NTZ) = {3}")
    @CsvSource(delimiter = '|', value = {
        // Month arithmetic clamps to the last day of a shorter month
        // (https://docs.snowflake.com/en/sql-reference/functions/dateadd, month example).
        "2024-01-31 10:00:00 | month       | 1    | 2024-02-29 10:00:00.000",
        "2023-01-31 10:00:00 | mm          | 1    | 2023-02-28 10:00:00.000",
        "2024-02-29 00:00:00 | month       | 1    | 2024-03-29 00:00:00.000",
        "2024-03-31 00:00:00 | month       | -1   | 2024-02-29 00:00:00.000",
        "2024-01-15 00:00:00 | months      | -13  | 2022-12-15 00:00:00.000",
        "2024-02-29 12:00:00 | year        | 1    | 2025-02-28 12:00:00.000",
        "2024-02-29 12:00:00 | yy          | 4    | 2028-02-29 12:00:00.000",
        "2024-11-30 08:00:00 | quarter     | 1    | 2025-02-28 08:00:00.000",
        "2024-12-25 00:00:00 | week        | 2    | 2025-01-08 00:00:00.000",
        "1970-01-01 00:00:00 | day         | -1   | 1969-12-31 00:00:00.000",
        "1969-01-31 12:00:00 | month       | 1    | 1969-02-28 12:00:00.000",
        "2024-01-15 10:00:00 | hour        | 25   | 2024-01-16 11:00:00.000",
        "2024-01-15 10:00:00 | minute      | -90  | 2024-01-15 08:30:00.000",
        "2024-12-31 23:59:59 | second      | 1    | 2025-01-01 00:00:00.000",
        "2024-01-15 10:00:00 | millisecond | 1500 | 2024-01-15 10:00:01.500",
        "1970-01-01 00:00:00 | ns          | -1   | 1969-12-31 23:59:59.999",
    })
    void addsToTimestampNtz(String value, String part, long n, String expected) {
        long result = DateArithmetic.dateAdd(DatePart.parse(part), n, ntz(value), TypeKind.TIMESTAMP_NTZ, UTC);
        assertEquals(expected, showNtz(result));
    }

    @Test
    void addsSubMillisecondUnitsExactly() {
        long start = ntz("2024-01-15 10:00:00");
        assertEquals(start + 1_000, DateArithmetic.dateAdd(DatePart.MICROSECOND, 1, start, TypeKind.TIMESTAMP_NTZ, UTC));
        assertEquals(start + 7, DateArithmetic.dateAdd(DatePart.NANOSECOND, 7, start, TypeKind.TIMESTAMP_NTZ, UTC));
    }

    @ParameterizedTest(name = "DATEADD({1}, {2}, ''{0}''::DATE) = {3}")
    @CsvSource(delimiter = '|', value = {
        "2024-02-28 | day     | 1    | 2024-02-29",
        "2024-01-31 | month   | 1    | 2024-02-29",
        "2024-01-01 | week    | -1   | 2023-12-25",
        "2024-05-31 | quarter | 1    | 2024-08-31",
        "2024-01-01 | year    | 7975 | 9999-01-01",
        "1970-01-01 | day     | -365 | 1969-01-01",
    })
    void addsDaysOrMoreToDateGivingDate(String value, String part, long n, String expected) {
        DatePart datePart = DatePart.parse(part);
        assertEquals(TypeKind.DATE, DateArithmetic.dateAddResultKind(datePart, TypeKind.DATE));
        assertEquals(expected, showDate(DateArithmetic.dateAdd(datePart, n, date(value), TypeKind.DATE, UTC)));
    }

    /** A DATE plus a unit smaller than a day is a TIMESTAMP_NTZ from midnight (DATEADD "Returns"). */
    @ParameterizedTest(name = "DATEADD({1}, {2}, ''{0}''::DATE) = {3}")
    @CsvSource(delimiter = '|', value = {
        "2024-01-15 | hour   | 5   | 2024-01-15 05:00:00.000",
        "2024-01-15 | minute | -1  | 2024-01-14 23:59:00.000",
        "2024-01-15 | ms     | 250 | 2024-01-15 00:00:00.250",
    })
    void addsTimeUnitsToDateGivingTimestampNtz(String value, String part, long n, String expected) {
        DatePart datePart = DatePart.parse(part);
        assertEquals(TypeKind.TIMESTAMP_NTZ, DateArithmetic.dateAddResultKind(datePart, TypeKind.DATE));
        assertEquals(expected, showNtz(DateArithmetic.dateAdd(datePart, n, date(value), TypeKind.DATE, UTC)));
    }

    @ParameterizedTest(name = "DATEADD({1}, {2}, ''{0}''::TIME) = {3}")
    @CsvSource(delimiter = '|', value = {
        "10:00:00 | hour   | 25      | 11:00:00",
        "00:10:00 | minute | -30     | 23:40:00",
        "23:59:59 | second | 1       | 00:00:00",
        "12:00:00 | hour   | -240001 | 11:00:00",
    })
    void addsToTimeWrappingAtMidnight(String value, String part, long n, String expected) {
        DatePart datePart = DatePart.parse(part);
        assertEquals(TypeKind.TIME, DateArithmetic.dateAddResultKind(datePart, TypeKind.TIME));
        assertEquals(expected, showTime(DateArithmetic.dateAdd(datePart, n, time(value), TypeKind.TIME, UTC)));
    }

    @ParameterizedTest(name = "DATEADD({1}, {2}, ''{0}''::TIMESTAMP_LTZ) in Los Angeles = {3}")
    @CsvSource(delimiter = '|', value = {
        // A day across spring-forward keeps the wall clock (23 elapsed hours) ...
        "2024-03-09 12:00:00 | day   | 1  | 2024-03-10 12:00:00.000 -0700",
        // ... while 24 hours is elapsed time.
        "2024-03-09 12:00:00 | hour  | 24 | 2024-03-10 13:00:00.000 -0700",
        "2024-11-02 12:00:00 | day   | 1  | 2024-11-03 12:00:00.000 -0800",
        "2024-11-02 12:00:00 | hour  | 24 | 2024-11-03 11:00:00.000 -0800",
        // A month landing in the skipped hour moves past it.
        "2024-02-10 02:30:00 | month | 1  | 2024-03-10 03:30:00.000 -0700",
        "2024-11-03 01:30:00 | hour  | 1  | 2024-11-03 01:30:00.000 -0800",
        "2024-01-31 20:00:00 | month | 1  | 2024-02-29 20:00:00.000 -0800",
    })
    void addsToTimestampLtzInTheSessionZone(String value, String part, long n, String expected) {
        long result = DateArithmetic.dateAdd(DatePart.parse(part), n, ltz(value, LA), TypeKind.TIMESTAMP_LTZ, LA);
        assertEquals(expected, showLtz(result, LA));
    }

    @ParameterizedTest(name = "DATEADD({1}, {2}, ''{0}''::TIMESTAMP_TZ) = {3}")
    @CsvSource(delimiter = '|', value = {
        // Month arithmetic on the value's own wall clock: in UTC this is Jan 30 22:30.
        "2024-01-31 00:30:00 +0200 | month | 1  | 2024-02-29 00:30:00.000 +0200",
        "2024-03-09 12:00:00 -0800 | day   | 1  | 2024-03-10 12:00:00.000 -0800",
        "2024-01-15 10:00:00 +0530 | hour  | -11 | 2024-01-14 23:00:00.000 +0530",
    })
    void addsToTimestampTzKeepingTheOffset(String value, String part, long n, String expected) {
        TimestampTz tz = tz(value);
        long result = DateArithmetic.dateAdd(DatePart.parse(part), n, tz.epochNanos(), tz.offsetMinutes());
        assertEquals(expected, showTz(new TimestampTz(result, tz.offsetMinutes())));
        assertEquals(TypeKind.TIMESTAMP_TZ, DateArithmetic.dateAddResultKind(DatePart.parse(part), TypeKind.TIMESTAMP_TZ));
    }

    @ParameterizedTest(name = "DATEDIFF({0}, ''{1}''::DATE, ''{2}''::DATE) = {3}")
    @CsvSource(delimiter = '|', value = {
        // Boundaries crossed (https://docs.snowflake.com/en/sql-reference/functions/datediff).
        "year    | 2010-12-31 | 2011-01-01 | 1",
        "year    | 2011-01-01 | 2011-12-31 | 0",
        "year    | 2011-12-31 | 2010-01-01 | -1",
        "month   | 2024-01-31 | 2024-02-01 | 1",
        "month   | 2023-11-15 | 2024-02-14 | 3",
        "quarter | 2024-03-31 | 2024-04-01 | 1",
        "quarter | 2024-01-01 | 2024-03-31 | 0",
        "quarter | 1969-12-31 | 1970-01-01 | 1",
        // Weeks start on Monday (WEEK_START = 0 behaves as 1): Sunday to Monday crosses one.
        "week    | 2024-01-14 | 2024-01-15 | 1",
        "week    | 2024-01-15 | 2024-01-21 | 0",
        "week    | 2024-01-21 | 2024-01-14 | -1",
        "week    | 1969-12-28 | 1970-01-05 | 2",
        "day     | 2024-01-01 | 2024-03-01 | 60",
        "day     | 2023-01-01 | 2023-03-01 | 59",
        "day     | 2024-03-01 | 2024-01-01 | -60",
        "hour    | 2024-01-01 | 2024-01-02 | 24",
        "second  | 1970-01-01 | 1969-12-31 | -86400",
    })
    void diffsDates(String part, String a, String b, long expected) {
        assertEquals(expected, DateArithmetic.dateDiff(DatePart.parse(part), date(a), date(b), TypeKind.DATE, UTC));
    }

    @ParameterizedTest(name = "DATEDIFF({0}, ''{1}'', ''{2}'') = {3}")
    @CsvSource(delimiter = '|', value = {
        "hour        | 2024-01-15 10:59:59     | 2024-01-15 11:00:00     | 1",
        "hour        | 2024-01-15 10:00:00     | 2024-01-15 10:59:59     | 0",
        // Sub-second parts are ignored by DATEDIFF(second, ...).
        "second      | 2024-01-15 10:00:00.999 | 2024-01-15 10:00:01.000 | 1",
        "second      | 2024-01-15 10:00:00.000 | 2024-01-15 10:00:00.999 | 0",
        "millisecond | 2024-01-15 10:00:00.0009 | 2024-01-15 10:00:00.0021 | 2",
        "minute      | 1969-12-31 23:59:59     | 1970-01-01 00:00:00     | 1",
        "day         | 2024-01-15 23:59:00     | 2024-01-16 00:01:00     | 1",
        "year        | 1969-12-31 23:59:59     | 1970-01-01 00:00:00     | 1",
        "month       | 2024-03-01 00:00:00     | 2024-01-31 23:59:59     | -2",
        "nanosecond  | 2024-01-15 10:00:00     | 2024-01-15 10:00:01     | 1000000000",
        "week        | 2024-01-14 23:59:59     | 2024-01-15 00:00:00     | 1",
    })
    void diffsTimestampNtz(String part, String a, String b, long expected) {
        assertEquals(expected, DateArithmetic.dateDiff(DatePart.parse(part), ntz(a), ntz(b), TypeKind.TIMESTAMP_NTZ, UTC));
    }

    @ParameterizedTest(name = "DATEDIFF({0}, ''{1}''::TIME, ''{2}''::TIME) = {3}")
    @CsvSource(delimiter = '|', value = {
        "hour   | 10:59:59 | 11:00:00 | 1",
        "minute | 23:00:00 | 01:00:00 | -1320",
        "second | 00:00:00 | 23:59:59 | 86399",
    })
    void diffsTimes(String part, String a, String b, long expected) {
        assertEquals(expected, DateArithmetic.dateDiff(DatePart.parse(part), time(a), time(b), TypeKind.TIME, UTC));
    }

    @Test
    void diffsTimestampLtzInTheSessionZone() {
        // Spring forward: 00:30 PST to 03:30 PDT is two real hours, crossing 01:00 and 03:00.
        assertEquals(2, DateArithmetic.dateDiff(DatePart.HOUR, ltz("2024-03-10 00:30:00", LA), ltz("2024-03-10 03:30:00", LA),
                TypeKind.TIMESTAMP_LTZ, LA));
        // Fall back: 00:30 PDT to 01:30 PST is two real hours though the wall clock moved one.
        assertEquals(2, DateArithmetic.dateDiff(DatePart.HOUR, ltz("2024-11-03 00:30:00", LA), ltz("2024-11-03 01:30:00 -0800", LA),
                TypeKind.TIMESTAMP_LTZ, LA));
        // Days are counted on the Los Angeles calendar: 23:00 to 01:00 next day crosses midnight ...
        long a = ltz("2024-03-09 23:00:00", LA);
        long b = ltz("2024-03-10 01:00:00", LA);
        assertEquals(1, DateArithmetic.dateDiff(DatePart.DAY, a, b, TypeKind.TIMESTAMP_LTZ, LA));
        // ... which in UTC (07:00 and 09:00 on March 10) it does not.
        assertEquals(0, DateArithmetic.dateDiff(DatePart.DAY, a, b, TypeKind.TIMESTAMP_LTZ, UTC));
    }

    @Test
    void diffsTimestampTz() {
        TimestampTz a = tz("2024-01-01 23:00:00 -0500");
        TimestampTz b = tz("2024-01-02 01:00:00 +0000");
        assertEquals(1, DateArithmetic.dateDiff(DatePart.DAY, a.epochNanos(), a.offsetMinutes(), b.epochNanos(), b.offsetMinutes()));
        TimestampTz c = tz("2024-01-01 10:00:00 +0000");
        TimestampTz d = tz("2024-01-01 10:00:00 +0100");
        assertEquals(-1, DateArithmetic.dateDiff(DatePart.HOUR, c.epochNanos(), c.offsetMinutes(), d.epochNanos(), d.offsetMinutes()));
        assertEquals(-60, DateArithmetic.dateDiff(DatePart.MINUTE, c.epochNanos(), c.offsetMinutes(), d.epochNanos(), d.offsetMinutes()));
    }

    @Test
    void rejectsPartsDateAddCannotUse() {
        IllegalArgumentException add = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateAdd(DatePart.DAYOFWEEK, 1, 0, TypeKind.TIMESTAMP_NTZ, UTC));
        assertEquals("DATEADD does not support date or time part DAYOFWEEK", add.getMessage());
        IllegalArgumentException diff = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateDiff(DatePart.EPOCH_SECOND, 0, 1, TypeKind.TIMESTAMP_NTZ, UTC));
        assertEquals("DATEDIFF does not support date or time part EPOCH_SECOND", diff.getMessage());
        IllegalArgumentException tz = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateAdd(DatePart.YEAROFWEEK, 1, 0, 0));
        assertEquals("DATEADD does not support date or time part YEAROFWEEK", tz.getMessage());
    }

    @Test
    void rejectsDayUnitsOnTime() {
        IllegalArgumentException add = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateAdd(DatePart.DAY, 1, 0, TypeKind.TIME, UTC));
        assertEquals("DATEADD on a TIME value needs a unit of an hour or smaller, got DAY", add.getMessage());
        IllegalArgumentException diff = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateDiff(DatePart.MONTH, 0, 1, TypeKind.TIME, UTC));
        assertEquals("DATEDIFF on a TIME value needs a unit of an hour or smaller, got MONTH", diff.getMessage());
    }

    @Test
    void rejectsNonTemporalTypesAndTzWithoutOffsets() {
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateAdd(DatePart.DAY, 1, 0, TypeKind.NUMBER, UTC));
        assertEquals("DATEADD needs a date, time or timestamp, got NUMBER", number.getMessage());
        IllegalArgumentException diffNumber = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateDiff(DatePart.DAY, 0, 1, TypeKind.VARCHAR, UTC));
        assertEquals("DATEDIFF needs a date, time or timestamp, got VARCHAR", diffNumber.getMessage());
        IllegalArgumentException tzAdd = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateAdd(DatePart.DAY, 1, 0, TypeKind.TIMESTAMP_TZ, UTC));
        assertEquals("DATEADD on TIMESTAMP_TZ takes the overload with offsets", tzAdd.getMessage());
        IllegalArgumentException tzDiff = assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateDiff(DatePart.DAY, 0, 1, TypeKind.TIMESTAMP_TZ, UTC));
        assertEquals("DATEDIFF on TIMESTAMP_TZ takes the overload with offsets", tzDiff.getMessage());
    }

    @Test
    void reportsResultsOutsideTheTimestampRange() {
        String expected = "DATEADD result is outside the range Floe can hold (1677-09-21 to 2262-04-11 for timestamps)";
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateAdd(DatePart.YEAR, 1000, ntz("2024-01-01"), TypeKind.TIMESTAMP_NTZ, UTC)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateAdd(DatePart.SECOND, Long.MAX_VALUE, 0, TypeKind.TIMESTAMP_LTZ, LA)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> DateArithmetic.dateAdd(DatePart.DAY, 200_000, 0, 60)).getMessage());
        assertEquals("DATEDIFF result is outside the range Floe can hold (1677-09-21 to 2262-04-11 for timestamps)",
                assertThrows(IllegalArgumentException.class, () -> DateArithmetic.dateDiff(DatePart.NANOSECOND,
                        date("1000-01-01"), date("9999-01-01"), TypeKind.DATE, UTC)).getMessage());
    }
}
