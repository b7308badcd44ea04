package dev.floe.types.time;

import static dev.floe.types.time.TimeFixtures.KOLKATA;
import static dev.floe.types.time.TimeFixtures.LA;
import static dev.floe.types.time.TimeFixtures.UTC;
import static dev.floe.types.time.TimeFixtures.showDate;
import static dev.floe.types.time.TimeFixtures.showLtz;
import static dev.floe.types.time.TimeFixtures.showNtz;
import static dev.floe.types.time.TimeFixtures.showTime;
import static dev.floe.types.time.TimeFixtures.showTz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeParserTest {
    @ParameterizedTest(name = "''{0}''::TIMESTAMP_NTZ = {1}")
    @CsvSource(delimiter = '|', value = {
        "2024-01-15 10:30:00           | 2024-01-15 10:30:00.000",
        "2024-01-15T10:30:00           | 2024-01-15 10:30:00.000",
        "2024-01-15t10:30:00z          | 2024-01-15 10:30:00.000",
        "2024-01-15    10:30:00        | 2024-01-15 10:30:00.000",
        "'  2024-01-15 10:30:00  '     | 2024-01-15 10:30:00.000",
        "2024-01-15                    | 2024-01-15 00:00:00.000",
        "2024-01-15 10                 | 2024-01-15 10:00:00.000",
        "2024-01-15T10:30              | 2024-01-15 10:30:00.000",
        "2024-01-15 10:30:00.5         | 2024-01-15 10:30:00.500",
        "2024-01-15 10:30:00.123456789 | 2024-01-15 10:30:00.123",
        "2024-1-5 1:02:03              | 2024-01-05 01:02:03.000",
        "2024-02-29 23:59:59.999       | 2024-02-29 23:59:59.999",
        "15-Jan-2024 10:30:00          | 2024-01-15 10:30:00.000",
        "15-JAN-2024                   | 2024-01-15 00:00:00.000",
        "01/15/2024                    | 2024-01-15 00:00:00.000",
        "01/15/2024 08:00:00           | 2024-01-15 08:00:00.000",
        "1969-12-31 23:59:59.999       | 1969-12-31 23:59:59.999",
        "1677-09-22 00:00:00           | 1677-09-22 00:00:00.000",
        "2262-04-11 23:47:16           | 2262-04-11 23:47:16.000",
        // A zone in the input is ignored for TIMESTAMP_NTZ: Snowflake's TIMESTAMP_NTZ example
        // (https://docs.snowflake.com/en/sql-reference/data-types-datetime) stores
        // '2014-01-02 16:00:00 +00:00' as 16:00 in an America/Los_Angeles session.
        "2014-01-02 16:00:00 +00:00    | 2014-01-02 16:00:00.000",
        "2024-01-15T10:30:00+02:00     | 2024-01-15 10:30:00.000",
        "2024-01-15T10:30:00.250Z      | 2024-01-15 10:30:00.250",
        "2024-01-15 10:30:00 -0800     | 2024-01-15 10:30:00.000",
        "2024-01-15 10:30:00+05        | 2024-01-15 10:30:00.000",
        // An integer string is epoch seconds/millis/micros/nanos by magnitude (TO_TIMESTAMP usage notes).
        "1700000000                    | 2023-11-14 22:13:20.000",
        "1700000000123                 | 2023-11-14 22:13:20.123",
        "1700000000123456              | 2023-11-14 22:13:20.123",
        "1700000000123456789           | 2023-11-14 22:13:20.123",
        "31536000000                   | 1971-01-01 00:00:00.000",
        "-86400                        | 1969-12-31 00:00:00.000",
        "0                             | 1970-01-01 00:00:00.000",
    })
    void parsesTimestampNtz(String input, String expected) {
        assertEquals(expected, showNtz(DateTimes.parseTimestampNtz(input)));
    }

    @Test
    void keepsAllNineFractionalDigits() {
        long value = DateTimes.parseTimestampNtz("1970-01-01 00:00:01.123456789");
        assertEquals(1_123_456_789L, value);
        assertEquals(1_100_000_000L, DateTimes.parseTimestampNtz("1970-01-01 00:00:01.1"));
        assertEquals(-999_999_999L, DateTimes.parseTimestampNtz("1969-12-31 23:59:59.000000001"));
    }

    @ParameterizedTest(name = "''{0}''::TIMESTAMP_LTZ in {1} shows {2}")
    @CsvSource(delimiter = '|', value = {
        // Without a zone, the wall clock is read in the session zone.
        "2024-01-15 10:30:00        | America/Los_Angeles | 2024-01-15 10:30:00.000 -0800",
        "2024-07-15 10:30:00        | America/Los_Angeles | 2024-07-15 10:30:00.000 -0700",
        "2024-01-15 10:30:00        | UTC                 | 2024-01-15 10:30:00.000 +0000",
        "2024-01-15 10:30:00        | Asia/Kolkata        | 2024-01-15 10:30:00.000 +0530",
        // With a zone, it is that instant, shown in the session zone.
        "2024-01-15T10:30:00Z       | America/Los_Angeles | 2024-01-15 02:30:00.000 -0800",
        "2014-01-02 16:00:00 +00:00 | America/Los_Angeles | 2014-01-02 08:00:00.000 -0800",
        "2024-01-15 10:30:00+02:00  | UTC                 | 2024-01-15 08:30:00.000 +0000",
        // Spring forward: 02:30 does not exist in Los Angeles on 2024-03-10; it reads as 03:30 PDT.
        "2024-03-10 02:30:00        | America/Los_Angeles | 2024-03-10 03:30:00.000 -0700",
        // Fall back: 01:30 happens twice on 2024-11-03; the earlier (PDT) one is taken.
        "2024-11-03 01:30:00        | America/Los_Angeles | 2024-11-03 01:30:00.000 -0700",
        "2024-11-03 01:30:00 -0800  | America/Los_Angeles | 2024-11-03 01:30:00.000 -0800",
        "1700000000                 | America/Los_Angeles | 2023-11-14 14:13:20.000 -0800",
        "1969-07-20 20:17:40        | America/Los_Angeles | 1969-07-20 20:17:40.000 -0700",
    })
    void parsesTimestampLtz(String input, String zone, String expected) {
        ZoneId session = ZoneId.of(zone);
        assertEquals(expected, showLtz(DateTimes.parseTimestampLtz(input, session), session));
    }

    @Test
    void ltzWithZoneIsTheSameInstantInAnySession() {
        assertEquals(DateTimes.parseTimestampLtz("2024-01-15T10:30:00Z", LA), DateTimes.parseTimestampLtz("2024-01-15T10:30:00Z", KOLKATA));
        assertEquals(1_705_314_600_000_000_000L, DateTimes.parseTimestampLtz("2024-01-15T10:30:00Z", LA));
    }

    @ParameterizedTest(name = "''{0}''::TIMESTAMP_TZ in {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "2024-01-15 10:30:00+02:00  | America/Los_Angeles | 2024-01-15 10:30:00.000 +0200",
        "2024-01-15T10:30:00Z       | America/Los_Angeles | 2024-01-15 10:30:00.000 +0000",
        "2024-01-15 10:30:00 +0530  | UTC                 | 2024-01-15 10:30:00.000 +0530",
        "2024-01-15 10:30:00 -03    | UTC                 | 2024-01-15 10:30:00.000 -0300",
        "2024-01-15 10:30:00 -03:30 | UTC                 | 2024-01-15 10:30:00.000 -0330",
        // Without a zone the session zone's offset at that wall clock is used.
        "2024-01-15 10:30:00        | America/Los_Angeles | 2024-01-15 10:30:00.000 -0800",
        "2024-07-15 10:30:00        | America/Los_Angeles | 2024-07-15 10:30:00.000 -0700",
        "2024-01-15                 | Asia/Kolkata        | 2024-01-15 00:00:00.000 +0530",
        "2024-03-10 02:30:00        | America/Los_Angeles | 2024-03-10 02:30:00.000 -0800",
        "1700000000                 | America/Los_Angeles | 2023-11-14 14:13:20.000 -0800",
    })
    void parsesTimestampTz(String input, String zone, String expected) {
        assertEquals(expected, showTz(DateTimes.parseTimestampTz(input, ZoneId.of(zone))));
    }

    @Test
    void timestampTzKeepsInstantAndOffset() {
        TimestampTz value = DateTimes.parseTimestampTz("2024-01-15 10:30:00+02:00", UTC);
        assertEquals(new TimestampTz(1_705_307_400_000_000_000L, 120), value);
        assertEquals(1_705_314_600_000_000_000L, value.wallNanos());
    }

    @ParameterizedTest(name = "''{0}''::DATE = {1}")
    @CsvSource(delimiter = '|', value = {
        "2024-02-29                | 2024-02-29",
        "2024-01-15 23:59:59+05:00 | 2024-01-15",
        "2024-01-15T23:59:59Z      | 2024-01-15",
        "9999-12-31                | 9999-12-31",
        "0001-01-01                | 0001-01-01",
        "1969-12-31                | 1969-12-31",
        "15-jan-2024               | 2024-01-15",
        "12/31/1999                | 1999-12-31",
        "1700000000                | 2023-11-14",
        "-1                        | 1969-12-31",
    })
    void parsesDate(String input, String expected) {
        assertEquals(expected, showDate(DateTimes.parseDate(input)));
    }

    @Test
    void dateIsDaysSinceEpoch() {
        assertEquals(0, DateTimes.parseDate("1970-01-01"));
        assertEquals(-1, DateTimes.parseDate("1969-12-31"));
        assertEquals(19_737, DateTimes.parseDate("2024-01-15"));
    }

    @ParameterizedTest(name = "''{0}''::TIME = {1}")
    @CsvSource(delimiter = '|', value = {
        "10:30:15                  | 10:30:15",
        "10:30                     | 10:30:00",
        "7:05:09                   | 07:05:09",
        "23:59:59.999999999        | 23:59:59",
        "10:30:00+02:00            | 10:30:00",
        "2024-01-15 10:30:15       | 10:30:15",
        "2024-01-15T10:30:15-08:00 | 10:30:15",
        "2024-01-15                | 00:00:00",
        "3661                      | 01:01:01",
    })
    void parsesTime(String input, String expected) {
        assertEquals(expected, showTime(DateTimes.parseTime(input)));
    }

    @Test
    void timeKeepsFraction() {
        assertEquals(86_399_999_999_999L, DateTimes.parseTime("23:59:59.999999999"));
        assertEquals(37_800_500_000_000L, DateTimes.parseTime("10:30:00.5"));
    }

    @ParameterizedTest(name = "''{0}'' is not a timestamp")
    @CsvSource(delimiter = '|', value = {
        "abc", "''", "'   '", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00",
        "2024-01-15 24:00:00", "2024-01-15 10:60", "2024-01-15 10:30:60", "2024-01-15 10:30:00.1234567890",
        "2024-01-15 10:30:00.", "2024-01-15T", "2024-01-15 10:30:00 +2", "2024-01-15 10:30:00 +05:3",
        "2024-01-15 10:30:00 PST", "2024/01/15", "24-01-15", "2024-01-15X10:30", "15-Foo-2024",
        "2024-01-15 10:30:00 +24:00", "1e9", "12345678901234567890", "--1", "2024-01-15 10:3",
    })
    void rejectsUnrecognizedTimestamps(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateTimes.parseTimestampNtz(input));
        assertEquals("Timestamp '" + input + "' is not recognized", e.getMessage());
        IllegalArgumentException ltz = assertThrows(IllegalArgumentException.class, () -> DateTimes.parseTimestampLtz(input, LA));
        assertEquals("Timestamp '" + input + "' is not recognized", ltz.getMessage());
        IllegalArgumentException tz = assertThrows(IllegalArgumentException.class, () -> DateTimes.parseTimestampTz(input, LA));
        assertEquals("Timestamp '" + input + "' is not recognized", tz.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"2024-02-30", "2023-02-29", "abc", "''", "2024-1-32"})
    void rejectsUnrecognizedDates(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateTimes.parseDate(input));
        assertEquals("Date '" + input + "' is not recognized", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"25:00:00", "10:61", "10:30:00.1234567890", "abc", "''", "10:30 XYZ"})
    void rejectsUnrecognizedTimes(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateTimes.parseTime(input));
        assertEquals("Time '" + input + "' is not recognized", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"9999-12-31 00:00:00", "1677-09-20", "1000-01-01T00:00:00Z", "31535999999", "31535999999999"})
    void rejectsTimestampsOutsideTheNanosecondRange(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateTimes.parseTimestampNtz(input));
        assertEquals("Timestamp '" + input + "' is outside the range Floe can hold"
                + " (1677-09-21 00:12:43.145224192 to 2262-04-11 23:47:16.854775807 UTC)", e.getMessage());
    }

    @Test
    void aParserIsReusable() {
        DateTimeParser parser = new DateTimeParser();
        assertEquals("2024-01-15 10:30:00.000 +0200", TemporalFormatter.formatTimestampTz(
                parser.parseTimestampTz("2024-01-15 10:30:00+02:00", UTC), parser.offsetMinutes()));
        assertEquals("2024-07-15 10:30:00.000 -0700", TemporalFormatter.formatTimestampTz(
                parser.parseTimestampTz("2024-07-15 10:30:00", LA), parser.offsetMinutes()));
        assertEquals("2024-07-15 10:30:00.000", showNtz(parser.parseTimestampNtz("2024-07-15 10:30:00")));
        assertEquals("2024-01-16", showDate(parser.parseDate("2024-01-16 10:00")));
    }
}
