package dev.floe.types.time;

import static dev.floe.types.time.TimeFixtures.KOLKATA;
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

class DateTruncationTest {
    @ParameterizedTest(name = "DATE_TRUNC({0}, ''{1}'') = {2}")
    @CsvSource(delimiter = '|', value = {
        "year    | 2024-05-17 13:45:30.123456789 | 2024-01-01 00:00:00.000",
        "quarter | 2024-05-17 13:45:30.123456789 | 2024-04-01 00:00:00.000",
        "month   | 2024-05-17 13:45:30.123456789 | 2024-05-01 00:00:00.000",
        // 2024-05-17 is a Friday; weeks start on Monday.
        "week    | 2024-05-17 13:45:30.123456789 | 2024-05-13 00:00:00.000",
        "week    | 2024-01-14 10:00:00           | 2024-01-08 00:00:00.000",
        "week    | 2024-01-15 10:00:00           | 2024-01-15 00:00:00.000",
        "week    | 1970-01-01 00:00:00           | 1969-12-29 00:00:00.000",
        "day     | 2024-05-17 13:45:30.123456789 | 2024-05-17 00:00:00.000",
        "hour    | 2024-05-17 13:45:30.123456789 | 2024-05-17 13:00:00.000",
        "minute  | 2024-05-17 13:45:30.123456789 | 2024-05-17 13:45:00.000",
        "second  | 2024-05-17 13:45:30.123456789 | 2024-05-17 13:45:30.000",
        "ms      | 2024-05-17 13:45:30.123456789 | 2024-05-17 13:45:30.123",
        "hour    | 1969-12-31 23:59:59.5         | 1969-12-31 23:00:00.000",
        "quarter | 1969-12-31 23:59:59           | 1969-10-01 00:00:00.000",
    })
    void truncatesTimestampNtz(String part, String value, String expected) {
        assertEquals(expected, showNtz(DateTruncation.dateTrunc(DatePart.parse(part), ntz(value), TypeKind.TIMESTAMP_NTZ, UTC)));
    }

    @Test
    void truncatesSubMillisecondUnitsExactly() {
        long value = ntz("2024-05-17 13:45:30.123456789");
        assertEquals(ntz("2024-05-17 13:45:30.123456"), DateTruncation.dateTrunc(DatePart.MICROSECOND, value, TypeKind.TIMESTAMP_NTZ, UTC));
        assertEquals(value, DateTruncation.dateTrunc(DatePart.NANOSECOND, value, TypeKind.TIMESTAMP_NTZ, UTC));
    }

    @ParameterizedTest(name = "DATE_TRUNC({0}, ''{1}''::DATE) = {2}")
    @CsvSource(delimiter = '|', value = {
        "month   | 2024-02-29 | 2024-02-01",
        "year    | 2024-02-29 | 2024-01-01",
        "quarter | 2024-12-31 | 2024-10-01",
        "week    | 2024-03-03 | 2024-02-26",
        "day     | 2024-02-29 | 2024-02-29",
        "hour    | 2024-02-29 | 2024-02-29",
    })
    void truncatesDates(String part, String value, String expected) {
        assertEquals(expected, showDate(DateTruncation.dateTrunc(DatePart.parse(part), date(value), TypeKind.DATE, UTC)));
    }

    @Test
    void truncatesTimes() {
        assertEquals("10:00:00", showTime(DateTruncation.dateTrunc(DatePart.HOUR, time("10:30:15"), TypeKind.TIME, UTC)));
        assertEquals("10:30:00", showTime(DateTruncation.dateTrunc(DatePart.MINUTE, time("10:30:15.9"), TypeKind.TIME, UTC)));
        assertEquals(time("10:30:15"), DateTruncation.dateTrunc(DatePart.SECOND, time("10:30:15.9"), TypeKind.TIME, UTC));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.dateTrunc(DatePart.DAY, time("10:30:15"), TypeKind.TIME, UTC));
        assertEquals("DATE_TRUNC on a TIME value needs a unit of an hour or smaller, got DAY", e.getMessage());
    }

    @ParameterizedTest(name = "DATE_TRUNC({0}, ''{1}''::TIMESTAMP_LTZ) in Los Angeles = {2}")
    @CsvSource(delimiter = '|', value = {
        // The DST day starts at midnight PST.
        "day   | 2024-03-10 12:00:00       | 2024-03-10 00:00:00.000 -0800",
        "month | 2024-03-31 12:00:00       | 2024-03-01 00:00:00.000 -0800",
        "week  | 2024-11-06 12:00:00       | 2024-11-04 00:00:00.000 -0800",
        // The repeated 01:00 hour truncates within itself.
        "hour  | 2024-11-03 01:30:00 -0800 | 2024-11-03 01:00:00.000 -0800",
        "hour  | 2024-11-03 01:30:00 -0700 | 2024-11-03 01:00:00.000 -0700",
    })
    void truncatesTimestampLtzInTheSessionZone(String part, String value, String expected) {
        long result = DateTruncation.dateTrunc(DatePart.parse(part), ltz(value, LA), TypeKind.TIMESTAMP_LTZ, LA);
        assertEquals(expected, showLtz(result, LA));
    }

    @Test
    void truncatesLtzHoursOnHalfHourZones() {
        long result = DateTruncation.dateTrunc(DatePart.HOUR, ltz("2024-01-15 10:45:00", KOLKATA), TypeKind.TIMESTAMP_LTZ, KOLKATA);
        assertEquals("2024-01-15 10:00:00.000 +0530", showLtz(result, KOLKATA));
        long day = DateTruncation.dateTrunc(DatePart.DAY, ltz("2024-01-15 02:00:00", KOLKATA), TypeKind.TIMESTAMP_LTZ, KOLKATA);
        assertEquals("2024-01-15 00:00:00.000 +0530", showLtz(day, KOLKATA));
    }

    @Test
    void truncatesTimestampTzOnItsOwnWallClock() {
        TimestampTz value = tz("2024-01-15 01:30:00 +0530");
        long day = DateTruncation.dateTrunc(DatePart.DAY, value.epochNanos(), value.offsetMinutes());
        assertEquals("2024-01-15 00:00:00.000 +0530", showTz(new TimestampTz(day, value.offsetMinutes())));
        long month = DateTruncation.dateTrunc(DatePart.MONTH, value.epochNanos(), value.offsetMinutes());
        assertEquals("2024-01-01 00:00:00.000 +0530", showTz(new TimestampTz(month, value.offsetMinutes())));
    }

    @Test
    void rejectsBadTruncationArguments() {
        IllegalArgumentException part = assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.dateTrunc(DatePart.DAYOFYEAR, 0, TypeKind.TIMESTAMP_NTZ, UTC));
        assertEquals("DATE_TRUNC does not support date or time part DAYOFYEAR", part.getMessage());
        IllegalArgumentException tzPart = assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.dateTrunc(DatePart.TIMEZONE_HOUR, 0, 0));
        assertEquals("DATE_TRUNC does not support date or time part TIMEZONE_HOUR", tzPart.getMessage());
        IllegalArgumentException tz = assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.dateTrunc(DatePart.DAY, 0, TypeKind.TIMESTAMP_TZ, UTC));
        assertEquals("DATE_TRUNC on TIMESTAMP_TZ takes the overload with offsets", tz.getMessage());
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.dateTrunc(DatePart.DAY, 0, TypeKind.FLOAT, UTC));
        assertEquals("DATE_TRUNC needs a date, time or timestamp, got FLOAT", number.getMessage());
    }

    /**
     * Slices align to 1970-01-01 00:00:00 (https://docs.snowflake.com/en/sql-reference/functions/time_slice);
     * the first two rows are that page's examples.
     */
    @ParameterizedTest(name = "TIME_SLICE(''{0}''::DATE, {1}, {2}) = {3} .. {4}")
    @CsvSource(delimiter = '|', value = {
        "2019-02-28 | 4 | month   | 2019-01-01 | 2019-05-01",
        "2024-01-10 | 2 | week    | 2024-01-01 | 2024-01-15",
        "1970-01-01 | 1 | week    | 1969-12-29 | 1970-01-05",
        "2024-01-14 | 1 | week    | 2024-01-08 | 2024-01-15",
        "2024-06-01 | 3 | year    | 2024-01-01 | 2027-01-01",
        "2026-06-01 | 3 | year    | 2024-01-01 | 2027-01-01",
        "2024-05-15 | 2 | quarter | 2024-01-01 | 2024-07-01",
        "1970-01-15 | 10 | day    | 1970-01-11 | 1970-01-21",
        "1969-12-25 | 10 | day    | 1969-12-22 | 1970-01-01",
        "1969-11-15 | 3 | month   | 1969-10-01 | 1970-01-01",
        "2024-02-29 | 1 | month   | 2024-02-01 | 2024-03-01",
    })
    void slicesDates(String value, int length, String part, String start, String end) {
        DatePart datePart = DatePart.parse(part);
        assertEquals(start, showDate(DateTruncation.timeSlice(date(value), length, datePart, false, TypeKind.DATE)));
        assertEquals(end, showDate(DateTruncation.timeSlice(date(value), length, datePart, true, TypeKind.DATE)));
    }

    @ParameterizedTest(name = "TIME_SLICE(''{0}''::TIMESTAMP_NTZ, {1}, {2}) = {3} .. {4}")
    @CsvSource(delimiter = '|', value = {
        "2019-02-28 01:23:45.678 | 4  | hour   | 2019-02-28 00:00:00.000 | 2019-02-28 04:00:00.000",
        "2024-01-15 10:44:59     | 15 | minute | 2024-01-15 10:30:00.000 | 2024-01-15 10:45:00.000",
        "1969-12-31 23:59:45     | 30 | second | 1969-12-31 23:59:30.000 | 1970-01-01 00:00:00.000",
        "2024-01-15 10:44:59     | 1  | month  | 2024-01-01 00:00:00.000 | 2024-02-01 00:00:00.000",
        "2024-01-17 10:44:59     | 1  | week   | 2024-01-15 00:00:00.000 | 2024-01-22 00:00:00.000",
        "2024-01-17 10:44:59     | 7  | day    | 2024-01-11 00:00:00.000 | 2024-01-18 00:00:00.000",
    })
    void slicesTimestampNtz(String value, int length, String part, String start, String end) {
        DatePart datePart = DatePart.parse(part);
        assertEquals(start, showNtz(DateTruncation.timeSlice(ntz(value), length, datePart, false, TypeKind.TIMESTAMP_NTZ)));
        assertEquals(end, showNtz(DateTruncation.timeSlice(ntz(value), length, datePart, true, TypeKind.TIMESTAMP_NTZ)));
    }

    @Test
    void rejectsBadSliceArguments() {
        assertEquals("TIME_SLICE slice length must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.timeSlice(0, 0, DatePart.DAY, false, TypeKind.DATE)).getMessage());
        assertEquals("TIME_SLICE takes a DATE or TIMESTAMP_NTZ, got TIMESTAMP_LTZ (cast TIMESTAMP_LTZ and TIMESTAMP_TZ to TIMESTAMP_NTZ first)",
                assertThrows(IllegalArgumentException.class,
                        () -> DateTruncation.timeSlice(0, 1, DatePart.DAY, false, TypeKind.TIMESTAMP_LTZ)).getMessage());
        assertEquals("TIME_SLICE does not support date or time part HOUR for DATE", assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.timeSlice(0, 1, DatePart.HOUR, false, TypeKind.DATE)).getMessage());
        assertEquals("TIME_SLICE does not support date or time part MILLISECOND for TIMESTAMP_NTZ",
                assertThrows(IllegalArgumentException.class,
                        () -> DateTruncation.timeSlice(0, 1, DatePart.MILLISECOND, false, TypeKind.TIMESTAMP_NTZ)).getMessage());
        assertEquals("TIME_SLICE does not support date or time part DAYOFWEEK for DATE", assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.timeSlice(0, 1, DatePart.DAYOFWEEK, false, TypeKind.DATE)).getMessage());
    }

    @ParameterizedTest(name = "LAST_DAY(''{1}'', {0}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "month   | 2024-02-10 | 2024-02-29",
        "month   | 2023-02-10 | 2023-02-28",
        "mm      | 2024-12-31 | 2024-12-31",
        "month   | 1969-11-01 | 1969-11-30",
        "year    | 2024-05-08 | 2024-12-31",
        "y       | 1900-01-01 | 1900-12-31",
        "quarter | 2024-05-17 | 2024-06-30",
        "qtr     | 2024-01-01 | 2024-03-31",
        "quarter | 2024-11-30 | 2024-12-31",
        "quarter | 2023-08-15 | 2023-09-30",
        // Weeks run Monday to Sunday (WEEK_START = 0); 2024-05-17 is a Friday.
        "week    | 2024-05-17 | 2024-05-19",
        "week    | 2024-05-19 | 2024-05-19",
        "wk      | 2024-05-13 | 2024-05-19",
        "week    | 1969-12-31 | 1970-01-04",
        "week    | 2024-12-30 | 2025-01-05",
    })
    void findsTheLastDayOfThePart(String part, String value, String expected) {
        assertEquals(expected, showDate(DateTruncation.lastDay(DatePart.parse(part), date(value))));
    }

    @Test
    void lastDayOfATimestampIsTheLastDayOfItsDate() {
        long days = TemporalCasts.ltzToDate(ltz("2025-05-08 23:39:20.123 -07:00", UTC), LA);
        assertEquals("2025-05-31", showDate(DateTruncation.lastDay(DatePart.MONTH, days)));
    }

    @ParameterizedTest(name = "LAST_DAY(date, {0}) fails")
    @CsvSource({"day", "hour", "dayofweek", "nanosecond"})
    void lastDayRejectsOtherParts(String part) {
        DatePart parsed = DatePart.parse(part);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateTruncation.lastDay(parsed, date("2024-05-17")));
        assertEquals("LAST_DAY does not support date part " + parsed + "; use YEAR, QUARTER, MONTH or WEEK", e.getMessage());
    }
}
