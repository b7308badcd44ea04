package dev.floe.types.time;

import static dev.floe.types.time.TimeFixtures.LA;
import static dev.floe.types.time.TimeFixtures.UTC;
import static dev.floe.types.time.TimeFixtures.ntz;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default output formats: https://docs.snowflake.com/en/sql-reference/functions-date-time#output-formats */
class TemporalFormatterTest {
    @ParameterizedTest
    @CsvSource({
        "0, 1970-01-01",
        "-1, 1969-12-31",
        "19737, 2024-01-15",
        "-719162, 0001-01-01",
        "2932896, 9999-12-31",
    })
    void formatsDates(long days, String expected) {
        assertEquals(expected, TemporalFormatter.formatDate(days));
    }

    @Test
    void formatsYearsBeyondFourDigitsUnpadded() {
        assertEquals("10000-01-01", TemporalFormatter.formatDate(LocalDate.of(10000, 1, 1).toEpochDay()));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 00:00:00",
        "86399999999999, 23:59:59",
        "37815000000000, 10:30:15",
        "37815999999999, 10:30:15",
    })
    void formatsTimesWithoutFraction(long nanosOfDay, String expected) {
        assertEquals(expected, TemporalFormatter.formatTime(nanosOfDay));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 1970-01-01 00:00:00.000",
        "-1, 1969-12-31 23:59:59.999",
        "1999999, 1970-01-01 00:00:00.001",
        "-86400000000000, 1969-12-31 00:00:00.000",
        "1705314600123456789, 2024-01-15 10:30:00.123",
        "9223372036854775807, 2262-04-11 23:47:16.854",
        "-9223372036854775808, 1677-09-21 00:12:43.145",
    })
    void formatsTimestampNtzWithMillisecondsTruncated(long wallNanos, String expected) {
        assertEquals(expected, TemporalFormatter.formatTimestampNtz(wallNanos));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, 1970-01-01 00:00:00.000 +0000",
        "0, -480, 1969-12-31 16:00:00.000 -0800",
        "0, 330, 1970-01-01 05:30:00.000 +0530",
        "0, -210, 1969-12-31 20:30:00.000 -0330",
        "0, 840, 1970-01-01 14:00:00.000 +1400",
    })
    void formatsTimestampTzWithItsOffset(long epochNanos, int offsetMinutes, String expected) {
        assertEquals(expected, TemporalFormatter.formatTimestampTz(epochNanos, offsetMinutes));
    }

    @Test
    void formatsTimestampLtzInTheSessionZone() {
        long instant = 1_705_314_600_000_000_000L; // 2024-01-15T10:30:00Z
        assertEquals("2024-01-15 10:30:00.000 +0000", TemporalFormatter.formatTimestampLtz(instant, UTC));
        assertEquals("2024-01-15 02:30:00.000 -0800", TemporalFormatter.formatTimestampLtz(instant, LA));
        assertEquals("2024-01-15 16:00:00.000 +0530", TemporalFormatter.formatTimestampLtz(instant, TimeFixtures.KOLKATA));
    }

    @Test
    void appendsToAnExistingBuilder() {
        StringBuilder out = new StringBuilder("[");
        TemporalFormatter.appendTimestampNtz(out, 0);
        out.append("|");
        TemporalFormatter.appendDate(out, 1);
        out.append("|");
        TemporalFormatter.appendTime(out, 1);
        assertEquals("[1970-01-01 00:00:00.000|1970-01-02|00:00:00", out.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-15 10:30:00           | 2024-01-15T10:30:00",
        "2024-01-15 10:30:00.5         | 2024-01-15T10:30:00.500",
        "2024-01-15 10:30:00.123456    | 2024-01-15T10:30:00.123456",
        "2024-01-15 10:30:00.000000001 | 2024-01-15T10:30:00.000000001",
        "1969-12-31 23:59:59.9         | 1969-12-31T23:59:59.900",
    })
    void formatsIsoLocalTimestamps(String input, String expected) {
        StringBuilder out = new StringBuilder();
        TemporalFormatter.appendIsoTimestampNtz(out, ntz(input));
        assertEquals(expected, out.toString());
    }

    @Test
    void formatsIsoTimestampsWithOffsets() {
        StringBuilder out = new StringBuilder();
        TemporalFormatter.appendIsoTimestampTz(out, 0, 0);
        out.append(' ');
        TemporalFormatter.appendIsoTimestampTz(out, 0, -480);
        out.append(' ');
        TemporalFormatter.appendIsoTimestampTz(out, 0, 330);
        out.append(' ');
        TemporalFormatter.appendIsoTimestampLtz(out, 1_720_119_600_000_000_000L, LA);
        assertEquals("1970-01-01T00:00:00Z 1969-12-31T16:00:00-08:00 1970-01-01T05:30:00+05:30 2024-07-04T12:00:00-07:00",
                out.toString());
    }
}
