package dev.floe.types.time;

import static dev.floe.types.time.TimeFixtures.KOLKATA;
import static dev.floe.types.time.TimeFixtures.LA;
import static dev.floe.types.time.TimeFixtures.UTC;
import static dev.floe.types.time.TimeFixtures.date;
import static dev.floe.types.time.TimeFixtures.ltz;
import static dev.floe.types.time.TimeFixtures.ntz;
import static dev.floe.types.time.TimeFixtures.time;
import static dev.floe.types.time.TimeFixtures.tz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.floe.types.TypeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractTest {
    /** 2024-12-30 is a Monday in ISO week 1 of 2025. */
    @ParameterizedTest(name = "DATE_PART({0}, ''2024-12-30 13:45:30.123456789'') = {1}")
    @CsvSource({
        "year, 2024", "quarter, 4", "month, 12", "day, 30",
        // DAYOFWEEK with WEEK_START = 0: 0 = Sunday .. 6 = Saturday; DAYOFWEEKISO 1 = Monday.
        "dayofweek, 1", "dayofweekiso, 1", "dayofyear, 365",
        // WEEK with WEEK_OF_YEAR_POLICY = 0 is the ISO week.
        "week, 1", "weekiso, 1", "yearofweek, 2025", "yearofweekiso, 2025",
        "hour, 13", "minute, 45", "second, 30", "millisecond, 123", "microsecond, 123456", "nanosecond, 123456789",
        "epoch_second, 1735566330", "epoch_millisecond, 1735566330123", "epoch_microsecond, 1735566330123456",
        "epoch_nanosecond, 1735566330123456789", "timezone_hour, 0", "timezone_minute, 0",
    })
    void extractsFromTimestampNtz(String part, long expected) {
        assertEquals(expected, DateExtract.extract(DatePart.parse(part), ntz("2024-12-30 13:45:30.123456789"), TypeKind.TIMESTAMP_NTZ, UTC));
    }

    @ParameterizedTest(name = "DATE_PART({1}, ''{0}''::DATE) = {2}")
    @CsvSource({
        "2024-04-08, quarter, 2",
        "2024-01-07, dayofweek, 0",
        "2024-01-07, dayofweekiso, 7",
        "2024-01-07, week, 1",
        "2024-01-06, dayofweek, 6",
        "2021-01-01, week, 53",
        "2021-01-01, yearofweek, 2020",
        "2021-01-01, dayofweek, 5",
        "2020-12-31, weekiso, 53",
        "2024-12-31, dayofyear, 366",
        "2023-12-31, dayofyear, 365",
        "1970-01-02, epoch_second, 86400",
        "1969-12-31, epoch_second, -86400",
        "1969-12-31, dayofweek, 3",
        "2024-02-29, hour, 0",
        "2024-02-29, timezone_hour, 0",
    })
    void extractsFromDates(String value, String part, long expected) {
        assertEquals(expected, DateExtract.extract(DatePart.parse(part), date(value), TypeKind.DATE, UTC));
    }

    @Test
    void extractsFromTimes() {
        assertEquals(13, DateExtract.extract(DatePart.HOUR, time("13:45:30.5"), TypeKind.TIME, UTC));
        assertEquals(45, DateExtract.extract(DatePart.MINUTE, time("13:45:30.5"), TypeKind.TIME, UTC));
        assertEquals(500, DateExtract.extract(DatePart.MILLISECOND, time("13:45:30.5"), TypeKind.TIME, UTC));
    }

    @Test
    void extractsFromPreEpochTimestamps() {
        long value = ntz("1969-12-31 23:59:59.5");
        assertEquals(-1, DateExtract.extract(DatePart.EPOCH_SECOND, value, TypeKind.TIMESTAMP_NTZ, UTC));
        assertEquals(-500, DateExtract.extract(DatePart.EPOCH_MILLISECOND, value, TypeKind.TIMESTAMP_NTZ, UTC));
        assertEquals(1969, DateExtract.extract(DatePart.YEAR, value, TypeKind.TIMESTAMP_NTZ, UTC));
        assertEquals(59, DateExtract.extract(DatePart.SECOND, value, TypeKind.TIMESTAMP_NTZ, UTC));
    }

    @Test
    void extractsFromTimestampLtzInTheSessionZone() {
        long instant = ltz("2024-07-04T19:00:00Z", UTC);
        assertEquals(12, DateExtract.extract(DatePart.HOUR, instant, TypeKind.TIMESTAMP_LTZ, LA));
        assertEquals(-7, DateExtract.extract(DatePart.TIMEZONE_HOUR, instant, TypeKind.TIMESTAMP_LTZ, LA));
        assertEquals(0, DateExtract.extract(DatePart.TIMEZONE_MINUTE, instant, TypeKind.TIMESTAMP_LTZ, LA));
        assertEquals(1_720_119_600L, DateExtract.extract(DatePart.EPOCH_SECOND, instant, TypeKind.TIMESTAMP_LTZ, LA));
        assertEquals(5, DateExtract.extract(DatePart.TIMEZONE_HOUR, instant, TypeKind.TIMESTAMP_LTZ, KOLKATA));
        assertEquals(30, DateExtract.extract(DatePart.TIMEZONE_MINUTE, instant, TypeKind.TIMESTAMP_LTZ, KOLKATA));
        assertEquals(5, DateExtract.extract(DatePart.DAY, instant, TypeKind.TIMESTAMP_LTZ, KOLKATA));
    }

    @Test
    void extractsFromTimestampTzWithItsOffset() {
        TimestampTz value = tz("2024-01-15 10:30:00 -0330");
        assertEquals(10, DateExtract.extract(DatePart.HOUR, value.epochNanos(), value.offsetMinutes()));
        assertEquals(-3, DateExtract.extract(DatePart.TIMEZONE_HOUR, value.epochNanos(), value.offsetMinutes()));
        assertEquals(-30, DateExtract.extract(DatePart.TIMEZONE_MINUTE, value.epochNanos(), value.offsetMinutes()));
        assertEquals(1_705_327_200L, DateExtract.extract(DatePart.EPOCH_SECOND, value.epochNanos(), value.offsetMinutes()));
    }

    @Test
    void rejectsUnsupportedCombinations() {
        // "when date_or_timestamp_expr is a DATE value, epoch_millisecond, epoch_microsecond and
        // epoch_nanosecond are not supported" (DATE_PART usage notes).
        assertEquals("DATE_PART does not support EPOCH_MILLISECOND for DATE values", assertThrows(IllegalArgumentException.class,
                () -> DateExtract.extract(DatePart.EPOCH_MILLISECOND, 0, TypeKind.DATE, UTC)).getMessage());
        assertEquals("DATE_PART does not support EPOCH_NANOSECOND for DATE values", assertThrows(IllegalArgumentException.class,
                () -> DateExtract.extract(DatePart.EPOCH_NANOSECOND, 0, TypeKind.DATE, UTC)).getMessage());
        assertEquals("DATE_PART does not support YEAR for TIME values", assertThrows(IllegalArgumentException.class,
                () -> DateExtract.extract(DatePart.YEAR, 0, TypeKind.TIME, UTC)).getMessage());
        assertEquals("DATE_PART does not support EPOCH_SECOND for TIME values", assertThrows(IllegalArgumentException.class,
                () -> DateExtract.extract(DatePart.EPOCH_SECOND, 0, TypeKind.TIME, UTC)).getMessage());
        assertEquals("DATE_PART on TIMESTAMP_TZ takes the overload with offsets", assertThrows(IllegalArgumentException.class,
                () -> DateExtract.extract(DatePart.YEAR, 0, TypeKind.TIMESTAMP_TZ, UTC)).getMessage());
        assertEquals("DATE_PART needs a date, time or timestamp, got BOOLEAN", assertThrows(IllegalArgumentException.class,
                () -> DateExtract.extract(DatePart.YEAR, 0, TypeKind.BOOLEAN, UTC)).getMessage());
    }
}
