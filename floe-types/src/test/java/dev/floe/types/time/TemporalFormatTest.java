package dev.floe.types.time;

import static dev.floe.types.time.TimeFixtures.KOLKATA;
import static dev.floe.types.time.TimeFixtures.LA;
import static dev.floe.types.time.TimeFixtures.UTC;
import static dev.floe.types.time.TimeFixtures.date;
import static dev.floe.types.time.TimeFixtures.ltz;
import static dev.floe.types.time.TimeFixtures.ntz;
import static dev.floe.types.time.TimeFixtures.showDate;
import static dev.floe.types.time.TimeFixtures.time;
import static dev.floe.types.time.TimeFixtures.tz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalFormatTest {
    /** A Tuesday, with every digit of the fraction different. */
    private static final long SAMPLE = ntz("2024-03-05 14:07:09.123456789");

    private static TemporalFormat fmt(String format) {
        return TemporalFormat.compile(format);
    }

    // ---- writing ----

    @ParameterizedTest(name = "TO_CHAR(2024-03-05 14:07:09.123456789, ''{0}'') = ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "YYYY        | 2024",
        "yyyy        | 2024",
        "YY          | 24",
        "UUUU        | 2024",
        "MM          | 03",
        "MON         | Mar",
        "mon         | Mar",
        "MMMM        | March",
        "DD          | 05",
        "DY          | Tue",
        "dy          | Tue",
        "HH24        | 14",
        "HH12        | 02",
        "HH          | 14",
        "AM          | PM",
        "pm          | PM",
        "MI          | 07",
        "SS          | 09",
        "FF          | 123456789",
        "FF0         | ''",
        "FF1         | 1",
        "FF3         | 123",
        "FF6         | 123456",
        "FF9         | 123456789",
        "HH24:MI:SS.FF3 | 14:07:09.123",
        // The '.' belongs to the fraction and is written even when FF0 writes no digit (snowflake-jdbc).
        "HH24:MI:SS.FF0 | 14:07:09.",
        // A TIMESTAMP_NTZ has no offset: the offset elements write the UTC indicator.
        "TZH:TZM     | Z",
        "TZHTZM      | Z",
        "TZH         | Z",
        "YYYY-MM-DD\"T\"HH24:MI:SS | 2024-03-05T14:07:09",
        // Letters that are no element are copied (Snowflake writes ...T...Z for this format).
        "YYYY-MM-DDTHH24:MI:SS.FF3Z | 2024-03-05T14:07:09.123Z",
        "Week W      | Week W",
        "\"YYYY\" YYYY | YYYY 2024",
        "YYYY\"\"MM  | 2024\"03",
        "DY, DD MON YYYY HH12:MI:SS AM | Tue, 05 Mar 2024 02:07:09 PM",
        // MMM is MM followed by a literal M.
        "MMM         | 03M",
        "YYYYMMDDHH24MISSFF3 | 20240305140709123",
    })
    void writesEveryElement(String format, String expected) {
        assertEquals(expected, fmt(format).formatTimestampNtz(SAMPLE));
    }

    @ParameterizedTest(name = "TO_CHAR(''{0}''::TIME, ''{1}'') = ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "00:30:00 | HH12:MI AM        | 12:30 AM",
        "12:00:00 | HH12:MI PM        | 12:00 PM",
        "23:59:59 | HH12:MI:SS AM     | 11:59:59 PM",
        "01:02:03 | HH24MISS          | 010203",
        "14:07:09.5 | YYYY-MM-DD HH12:MI:SS.FF1 AM | 1970-01-01 02:07:09.5 PM",
        "14:07:09 | HH24:MI TZH:TZM   | 14:07 Z",
    })
    void writesTimes(String value, String format, String expected) {
        assertEquals(expected, fmt(format).formatTime(time(value)));
    }

    @ParameterizedTest(name = "TO_CHAR(''{0}''::DATE, ''{1}'') = ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "2024-03-05 | YYYY-MM-DD HH24:MI:SS TZH | 2024-03-05 00:00:00 Z",
        "2024-03-05 | DY MMMM DD             | Tue March 05",
        "2024-03-10 | DY                     | Sun",
        "0005-07-01 | YYYY YY                | 0005 05",
        "1999-12-31 | MM/DD/YY               | 12/31/99",
    })
    void writesDates(String value, String format, String expected) {
        assertEquals(expected, fmt(format).formatDate(date(value)));
    }

    @Test
    void writesYearsOutsideFourDigits() {
        long beforeCommonEra = CivilCalendar.daysFromCivil(-43, 3, 15);
        assertEquals("0044-03-15", fmt("YYYY-MM-DD").formatDate(beforeCommonEra));
        assertEquals("-0043-03-15", fmt("UUUU-MM-DD").formatDate(beforeCommonEra));
        assertEquals("44", fmt("YY").formatDate(beforeCommonEra));
        long yearZero = CivilCalendar.daysFromCivil(0, 1, 1);
        assertEquals("0001 0000", fmt("YYYY UUUU").formatDate(yearZero));
        assertEquals("12345-06-07", fmt("YYYY-MM-DD").formatDate(CivilCalendar.daysFromCivil(12345, 6, 7)));
    }

    @ParameterizedTest(name = "TO_CHAR(''{0}''::TIMESTAMP_TZ, ''{1}'') = ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "2024-03-05 14:07:09 +05:30 | YYYY-MM-DD HH24:MI TZH:TZM | 2024-03-05 14:07 +05:30",
        "2024-03-05 14:07:09 +05:30 | TZHTZM                     | +0530",
        "2024-03-05 14:07:09 +05:30 | TZH                        | +05",
        "2024-03-05 14:07:09 -08:00 | TZH:TZM                    | -08:00",
        "2024-03-05 14:07:09 Z      | TZH:TZM                    | +00:00",
        "2024-03-05 14:07:09 -03:30 | HH24:MI TZHTZM             | 14:07 -0330",
        "2024-03-05 23:30:00 -10:00 | DY DD HH12 AM              | Tue 05 11 PM",
    })
    void writesTimestampTzAtItsOwnOffset(String value, String format, String expected) {
        TimestampTz tz = tz(value);
        assertEquals(expected, fmt(format).formatTimestampTz(tz.epochNanos(), tz.offsetMinutes()));
    }

    @Test
    void writesTimestampLtzInTheSessionZone() {
        TemporalFormat format = fmt("YYYY-MM-DD HH24:MI TZH:TZM");
        assertEquals("2024-01-15 04:00 -08:00", format.formatTimestampLtz(ltz("2024-01-15 12:00:00", UTC), LA));
        assertEquals("2024-07-15 05:00 -07:00", format.formatTimestampLtz(ltz("2024-07-15 12:00:00", UTC), LA));
        assertEquals("2024-07-15 17:30 +05:30", format.formatTimestampLtz(ltz("2024-07-15 12:00:00", UTC), KOLKATA));
    }

    @Test
    void appendsToAnExistingBuilder() {
        StringBuilder out = new StringBuilder("d=");
        fmt("DD.MM.YYYY").appendDate(out, date("2024-02-29"));
        out.append(", t=");
        fmt("HH24h").appendTime(out, time("07:05:00"));
        assertEquals("d=29.02.2024, t=07h", out.toString());
    }

    // ---- reading ----

    @ParameterizedTest(name = "TO_DATE(''{1}'', ''{0}'') = {2}")
    @CsvSource(delimiter = '|', value = {
        "MM/DD/YYYY     | 01/15/2024        | 2024-01-15",
        "YYYYMMDD       | 20240115          | 2024-01-15",
        // Adjacent numeric elements read their full width; the last may be shorter.
        "YYYYMMDD       | 2024011           | 2024-01-01",
        "DD-MON-YYYY    | 15-jan-2024       | 2024-01-15",
        "DD-MON-YYYY    | 15-January-2024   | 2024-01-15",
        "MMMM DD, YYYY  | JANUARY 15, 2024  | 2024-01-15",
        "mmmm dd, yyyy  | Feb 29, 2024      | 2024-02-29",
        // The weekday is read and ignored: 2024-01-15 was a Monday.
        "DY DD MON YYYY | Wed 15 Jan 2024   | 2024-01-15",
        "DY, DD MON YYYY | Monday, 15 Jan 2024 | 2024-01-15",
        "YY-MM-DD       | 69-01-01          | 2069-01-01",
        "YY-MM-DD       | 70-01-01          | 1970-01-01",
        "YY-MM-DD       | 99-12-31          | 1999-12-31",
        "YYYY-MM-DD     | 2024-1-5          | 2024-01-05",
        "YYYY MM DD     | 2024 01 15        | 2024-01-15",
        "YYYY.MM.DD     | 2024.02.29        | 2024-02-29",
        "YYYY\"T\"MM    | 2024T02           | 2024-02-01",
        // Missing fields are 1970-01-01.
        "DD             | 15                | 1970-01-15",
        "MM             | 7                 | 1970-07-01",
        "''             | ''                | 1970-01-01",
        "YYYY-MM-DD     | '  2024-01-15  '  | 2024-01-15",
        // Time and zone are read, then dropped.
        "YYYY-MM-DD HH24:MI:SS | 2024-01-15 23:59:59 | 2024-01-15",
        "YYYY-MM-DD HH24:MI:SS TZH:TZM | 2024-01-15 23:59:59 -08:00 | 2024-01-15",
        "YYYY-MM-DD     | 20201-01-15       | 20201-01-15",
    })
    void readsDates(String format, String input, String expected) {
        assertEquals(expected, showDate(fmt(format).parseDate(input)));
    }

    @Test
    void readsSignedIsoYears() {
        assertEquals(CivilCalendar.daysFromCivil(-43, 3, 15), fmt("UUUU-MM-DD").parseDate("-0043-03-15"));
        assertEquals(CivilCalendar.daysFromCivil(1, 1, 1), fmt("UUUU").parseDate("1"));
    }

    @Test
    void twoDigitYearsFollowTheCenturyStart() {
        assertEquals(date("2099-01-01"), TemporalFormat.compile("YY", 2000).parseDate("99"));
        assertEquals(date("2049-01-01"), TemporalFormat.compile("YY", 1950).parseDate("49"));
        assertEquals(date("1950-01-01"), TemporalFormat.compile("YY", 1950).parseDate("50"));
    }

    @ParameterizedTest(name = "TO_TIME(''{1}'', ''{0}'') = {2}")
    @CsvSource(delimiter = '|', value = {
        "HH24:MI:SS     | 13:45:30             | 13:45:30",
        "HH12:MI:SS AM  | 01:45:30 PM          | 13:45:30",
        "HH12:MI AM     | 12:05 AM             | 00:05:00",
        "HH12:MI PM     | 12:05 pm             | 12:05:00",
        "HH12:MI AM     | 11:59 pm             | 23:59:00",
        // PM moves an HH24 hour below twelve too; AM leaves HH24 alone.
        "HH24:MI PM     | 01:05 PM             | 13:05:00",
        "HH24:MI AM     | 12:05 AM             | 12:05:00",
        "HH12:MI        | 12:05                | 12:05:00",
        "HH24.MI.SS     | 11.15.00             | 11:15:00",
        "HH24:MI:SS.FF  | 13:45:30.123456789123 | 13:45:30.123456789",
        "HH24:MI:SS.FF3 | 13:45:30.5           | 13:45:30.5",
        "HH24:MI:SS.FF  | 13:45:30             | 13:45:30",
        "HH24:MI:SS.FF  | 13:45:30.            | 13:45:30",
        "HH24MISS       | 134530               | 13:45:30",
        "HH24MISSFF3    | 134530250            | 13:45:30.25",
        "HH24:MI:SS TZH:TZM | 13:45:30 +05:30  | 13:45:30",
        "HH:MI          | 23:15                | 23:15:00",
        "HH24:MI        | 8:05                 | 08:05:00",
        "YYYY-MM-DD HH24:MI | 2024-01-15 08:30 | 08:30:00",
    })
    void readsTimes(String format, String input, String expected) {
        assertEquals(time(expected), fmt(format).parseTime(input));
    }

    @ParameterizedTest(name = "TO_TIMESTAMP_NTZ(''{1}'', ''{0}'') = {2}")
    @CsvSource(delimiter = '|', value = {
        "YYYY-MM-DD\"T\"HH24:MI:SS.FF3 | 2024-01-15T08:30:00.250 | 2024-01-15 08:30:00.25",
        "YYYY-MM-DD HH24:MI:SS TZH:TZM | 2024-01-15 08:30:00 +05:30 | 2024-01-15 08:30:00",
        "HH24:MI                       | 08:30                      | 1970-01-01 08:30:00",
        "DY, DD MON YYYY HH12:MI:SS AM TZHTZM | Thu, 21 Dec 2000 04:01:07 PM +0200 | 2000-12-21 16:01:07",
        "MM/DD/YYYY HH12:MI:SS.FF6 PM  | 12/31/1969 11:59:59.999999 PM | 1969-12-31 23:59:59.999999",
        "YYYYMMDDHH24MISS              | 20240115083000             | 2024-01-15 08:30:00",
        "yyyy-mm-dd hh24:mi:ss         | 2024-01-15 08:30:00        | 2024-01-15 08:30:00",
        // A space in the format may be missing from the input.
        "YYYY-MM-DD HH24:MI            | 2024-01-1508:30            | 2024-01-15 08:30:00",
    })
    void readsTimestampNtz(String format, String input, String expected) {
        assertEquals(ntz(expected), fmt(format).parseTimestampNtz(input));
    }

    @Test
    void readsTimestampLtzWithAnOffsetAsThatInstantAndWithoutOneInTheSession() {
        TemporalFormat withOffset = fmt("YYYY-MM-DD HH24:MI:SS TZH:TZM");
        assertEquals(ltz("2024-01-15 03:00:00", UTC), withOffset.parseTimestampLtz("2024-01-15 08:30:00 +05:30", LA));
        TemporalFormat wallClock = fmt("YYYY-MM-DD HH24:MI:SS");
        assertEquals(ltz("2024-01-15 16:30:00", UTC), wallClock.parseTimestampLtz("2024-01-15 08:30:00", LA));
        assertEquals(ltz("2024-01-15 08:30:00", UTC), fmt("YYYY-MM-DD HH24:MI:SSTZH").parseTimestampLtz("2024-01-15 08:30:00Z", LA));
        // A wall clock skipped by DST reads as the AUTO parser reads it.
        assertEquals(ltz("2024-03-10 02:30:00", LA), fmt("YYYY-MM-DD HH24:MI").parseTimestampLtz("2024-03-10 02:30", LA));
    }

    @ParameterizedTest(name = "TO_TIMESTAMP_TZ(''{1}'', ''{0}'') in {2} = {3} at {4} minutes")
    @CsvSource(delimiter = '|', value = {
        "YYYY-MM-DD HH24:MI TZH:TZM | 2024-01-15 08:30 -08:00 | UTC          | 2024-01-15 16:30:00 | -480",
        "YYYY-MM-DD HH24:MI TZH     | 2024-01-15 08:30 +05    | UTC          | 2024-01-15 03:30:00 | 300",
        "YYYY-MM-DD HH24:MI TZHTZM  | 2024-01-15 08:30 -0330  | UTC          | 2024-01-15 12:00:00 | -210",
        "YYYY-MM-DD HH24:MI TZH:TZM | 2024-01-15 08:30 z      | Asia/Kolkata | 2024-01-15 08:30:00 | 0",
        // Each offset element reads every offset form.
        "YYYY-MM-DD HH24:MI TZH:TZM | 2024-01-15 08:30 +0530  | UTC          | 2024-01-15 03:00:00 | 330",
        "YYYY-MM-DD HH24:MI TZH:TZM | 2024-01-15 08:30 -07    | UTC          | 2024-01-15 15:30:00 | -420",
        "YYYY-MM-DD HH24:MI TZH     | 2024-01-15 08:30 +05:45 | UTC          | 2024-01-15 02:45:00 | 345",
        "YYYY-MM-DD HH24:MI         | 2024-01-15 08:30        | Asia/Kolkata | 2024-01-15 03:00:00 | 330",
        "YYYY-MM-DD HH24:MI         | 2024-07-15 08:30        | America/Los_Angeles | 2024-07-15 15:30:00 | -420",
    })
    void readsTimestampTz(String format, String input, String session, String utcWallClock, int offsetMinutes) {
        TimestampTz expected = new TimestampTz(ltz(utcWallClock, UTC), offsetMinutes);
        assertEquals(expected, fmt(format).parseTimestampTz(input, ZoneId.of(session)));
    }

    // ---- round trips ----

    @ParameterizedTest(name = "''{0}'' round-trips {1}")
    @CsvSource(delimiter = '|', value = {
        "YYYY-MM-DD HH24:MI:SS.FF9          | 2024-02-29 23:59:59.123456789",
        "DD-MON-YYYY HH12:MI:SS.FF AM       | 1999-12-31 00:00:01.5",
        "MMMM DD YYYY HH24MISS              | 2000-01-01 12:00:00",
        "YYYYMMDD\"T\"HH24MISS.FF6          | 1969-07-20 20:17:40.123456",
        "DY MON DD HH24:MI:SS TZHTZM YYYY   | 2013-07-08 18:09:51",
        "UUUU-MM-DD HH:MI:SS                | 1677-09-22 00:00:00",
    })
    void roundTripsTimestampNtz(String format, String value) {
        TemporalFormat compiled = fmt(format);
        long wall = ntz(value);
        assertEquals(wall, compiled.parseTimestampNtz(compiled.formatTimestampNtz(wall)));
    }

    @Test
    void roundTripsZonedValuesAndDates() {
        TemporalFormat tzFormat = fmt("YYYY-MM-DD HH24:MI:SS.FF TZH:TZM");
        TimestampTz value = tz("2024-06-30 23:59:59.000000001 -09:30");
        assertEquals(value, tzFormat.parseTimestampTz(tzFormat.formatTimestampTz(value.epochNanos(), value.offsetMinutes()), UTC));

        TemporalFormat ltzFormat = fmt("YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM");
        long instant = ltz("2024-11-03 01:30:00.250", LA);
        assertEquals(instant, ltzFormat.parseTimestampLtz(ltzFormat.formatTimestampLtz(instant, LA), UTC));

        TemporalFormat isoDate = fmt("UUUU-MM-DD");
        long beforeCommonEra = CivilCalendar.daysFromCivil(-43, 3, 15);
        assertEquals(beforeCommonEra, isoDate.parseDate(isoDate.formatDate(beforeCommonEra)));

        TemporalFormat time = fmt("HH12:MI:SS.FF9 AM");
        long lastNanosecond = CivilCalendar.NANOS_PER_DAY - 1;
        assertEquals(lastNanosecond, time.parseTime(time.formatTime(lastNanosecond)));
    }

    @Test
    void oneFormatServesManyThreads() throws Exception {
        TemporalFormat format = fmt("DY, DD MON YYYY");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t * 5_000;
                results.add(pool.submit(() -> {
                    for (long days = first; days < first + 5_000; days++) {
                        if (format.parseDate(format.formatDate(days)) != days) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    // ---- errors ----

    @ParameterizedTest(name = "TO_DATE(''{1}'', ''{0}'') fails")
    @CsvSource(delimiter = '|', value = {
        "MM/DD/YYYY      | 15th of January",
        "YYYY-MM-DD      | 2024-13-01",
        "YYYY-MM-DD      | 2024-00-10",
        "YYYY-MM-DD      | 2024-01-32",
        "YYYY-MM-DD      | 2023-02-29",
        "YYYY-MM-DD      | 2024-01-15x",
        "YYYY-MM-DD      | 2024-01",
        "YYYY/MM/DD      | 2024-01-15",
        "YYYY\"T\"MM     | 2024X01",
        "DD-MON-YYYY     | 15-Foo-2024",
        "DY DD           | Xyz 15",
        "YYYYMMDD        | 20241301",
        // A format space matches one input space at most.
        "YYYY-MM-DD HH24 | 2024-01-15  10",
        "YYYY-MM-DD      | ''",
    })
    void rejectsDatesThatDoNotMatch(String format, String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fmt(format).parseDate(input));
        assertEquals("Can't parse '" + input + "' as date with format '" + format + "'", e.getMessage());
    }

    @ParameterizedTest(name = "TO_TIME(''{1}'', ''{0}'') fails")
    @CsvSource(delimiter = '|', value = {
        "HH24:MI         | 24:00",
        "HH24:MI         | 23:60",
        "HH24:MI:SS      | 23:59:60",
        "HH12:MI AM      | 13:00 PM",
        "HH12:MI AM      | 00:30 AM",
        "HH12:MI AM      | 10:30 XM",
        "HH24:MI TZH:TZM | 10:30 +24:00",
        "HH24:MI TZH:TZM | 10:30 +05:60",
        "HH24:MI TZH:TZM | 10:30 0530",
        "HH24:MI TZH:TZM | 10:30 +5",
        "HH24:MI:SS.FF   | 10:30:00,5",
    })
    void rejectsTimesThatDoNotMatch(String format, String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fmt(format).parseTime(input));
        assertEquals("Can't parse '" + input + "' as time with format '" + format + "'", e.getMessage());
    }

    @Test
    void rejectsTimestampsThatDoNotMatchForEveryTimestampType() {
        TemporalFormat format = fmt("YYYY-MM-DD HH24:MI");
        String expected = "Can't parse '2024-02-30 10:00' as timestamp with format 'YYYY-MM-DD HH24:MI'";
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> format.parseTimestampNtz("2024-02-30 10:00")).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> format.parseTimestampLtz("2024-02-30 10:00", LA)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> format.parseTimestampTz("2024-02-30 10:00", LA)).getMessage());
    }

    @Test
    void rejectsTimestampsOutsideTheNanosecondRangeButNotDates() {
        TemporalFormat format = fmt("YYYY");
        assertEquals(date("3000-01-01"), format.parseDate("3000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> format.parseTimestampNtz("3000"));
        assertEquals("Timestamp '3000' is outside the range Floe can hold"
                + " (1677-09-21 00:12:43.145224192 to 2262-04-11 23:47:16.854775807 UTC)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> format.parseTimestampLtz("1600", UTC));
        assertThrows(IllegalArgumentException.class, () -> format.parseTimestampTz("1600", UTC));
    }

    @ParameterizedTest(name = "compile(''{0}'') fails")
    @CsvSource(delimiter = '|', value = {
        "YYYY\"T       | Date/time format 'YYYY\"T' has an unterminated double-quoted literal starting at position 5",
        "\"            | Date/time format '\"' has an unterminated double-quoted literal starting at position 1",
        "MM/DD/\"YYYY  | Date/time format 'MM/DD/\"YYYY' has an unterminated double-quoted literal starting at position 7",
    })
    void rejectsMalformedFormats(String format, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TemporalFormat.compile(format));
        assertEquals(message, e.getMessage());
    }

    @Test
    void keepsTheFormatAsWritten() {
        assertEquals("yyyy-mm-dd", fmt("yyyy-mm-dd").format());
        assertEquals("yyyy-mm-dd", fmt("yyyy-mm-dd").toString());
        assertThrows(NullPointerException.class, () -> TemporalFormat.compile(null));
    }
}
