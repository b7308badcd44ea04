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
import static dev.floe.types.time.TimeFixtures.tz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalCastsTest {
    @Test
    void ltzToNtzIsTheSessionWallClock() {
        long instant = ltz("2024-01-15T10:30:00Z", UTC);
        assertEquals("2024-01-15 02:30:00.000", showNtz(TemporalCasts.ltzToNtz(instant, LA)));
        assertEquals("2024-01-15 16:00:00.000", showNtz(TemporalCasts.ltzToNtz(instant, KOLKATA)));
        assertEquals("2024-07-04 12:00:00.000", showNtz(TemporalCasts.ltzToNtz(ltz("2024-07-04T19:00:00Z", UTC), LA)));
    }

    @Test
    void ntzToLtzReadsTheWallClockInTheSession() {
        assertEquals("2024-07-04 19:00:00.000 +0000", showLtz(TemporalCasts.ntzToLtz(ntz("2024-07-04 12:00:00"), LA), UTC));
        assertEquals("2024-01-15 18:30:00.000 +0000", showLtz(TemporalCasts.ntzToLtz(ntz("2024-01-15 10:30:00"), LA), UTC));
        // 02:30 is skipped on 2024-03-10 in Los Angeles: it lands on 03:30 PDT.
        assertEquals("2024-03-10 03:30:00.000 -0700", showLtz(TemporalCasts.ntzToLtz(ntz("2024-03-10 02:30:00"), LA), LA));
    }

    @Test
    void ntzAndLtzRoundTripOutsideDstGaps() {
        for (String wall : new String[] {"2024-01-15 10:30:00", "2024-11-03 00:59:59", "1969-12-31 23:00:00", "2024-07-04 00:00:00"}) {
            long value = ntz(wall);
            assertEquals(value, TemporalCasts.ltzToNtz(TemporalCasts.ntzToLtz(value, LA), LA), wall);
        }
    }

    @Test
    void ntzToTzTakesTheSessionOffsetAtThatWallClock() {
        assertEquals("2024-01-15 10:30:00.000 -0800", showTz(TemporalCasts.ntzToTz(ntz("2024-01-15 10:30:00"), LA)));
        assertEquals("2024-07-15 10:30:00.000 -0700", showTz(TemporalCasts.ntzToTz(ntz("2024-07-15 10:30:00"), LA)));
        assertEquals("2024-01-15 10:30:00.000 +0530", showTz(TemporalCasts.ntzToTz(ntz("2024-01-15 10:30:00"), KOLKATA)));
    }

    @Test
    void ltzToTzKeepsTheInstantWithTheSessionOffset() {
        TimestampTz value = TemporalCasts.ltzToTz(ltz("2024-07-04T19:00:00Z", UTC), LA);
        assertEquals("2024-07-04 12:00:00.000 -0700", showTz(value));
        assertEquals(ltz("2024-07-04T19:00:00Z", UTC), value.epochNanos());
    }

    @Test
    void tzToNtzIsTheWallClockAtItsOwnOffset() {
        assertEquals("2024-01-15 10:30:00.000", showNtz(TemporalCasts.tzToNtz(tz("2024-01-15 10:30:00 +0200").epochNanos(), 120)));
        TimestampTz west = tz("2024-01-15 23:30:00 -0500");
        assertEquals("2024-01-15 23:30:00.000", showNtz(TemporalCasts.tzToNtz(west.epochNanos(), west.offsetMinutes())));
    }

    @Test
    void dateToTimestampsIsMidnight() {
        assertEquals("2024-01-15 00:00:00.000", showNtz(TemporalCasts.dateToNtz(date("2024-01-15"))));
        assertEquals("1969-12-31 00:00:00.000", showNtz(TemporalCasts.dateToNtz(date("1969-12-31"))));
        assertEquals("2024-01-15 08:00:00.000 +0000", showLtz(TemporalCasts.dateToLtz(date("2024-01-15"), LA), UTC));
        assertEquals("2024-07-15 00:00:00.000 -0700", showTz(TemporalCasts.dateToTz(date("2024-07-15"), LA)));
    }

    @Test
    void timestampsToDateTakeTheWallClockDate() {
        assertEquals("1969-12-31", showDate(TemporalCasts.ntzToDate(ntz("1969-12-31 23:59:59.999"))));
        long earlyUtc = ltz("2024-01-15T03:00:00Z", UTC);
        assertEquals("2024-01-14", showDate(TemporalCasts.ltzToDate(earlyUtc, LA)));
        assertEquals("2024-01-15", showDate(TemporalCasts.ltzToDate(earlyUtc, UTC)));
        TimestampTz west = tz("2024-01-15 23:30:00 -0500");
        assertEquals("2024-01-15", showDate(TemporalCasts.tzToDate(west.epochNanos(), west.offsetMinutes())));
    }

    @Test
    void timestampsToTimeTakeTheWallClockTime() {
        assertEquals("10:30:15", showTime(TemporalCasts.ntzToTime(ntz("2024-01-15 10:30:15"))));
        assertEquals("23:59:59", showTime(TemporalCasts.ntzToTime(ntz("1969-12-31 23:59:59"))));
        assertEquals("19:00:00", showTime(TemporalCasts.ltzToTime(ltz("2024-01-15T03:00:00Z", UTC), LA)));
        TimestampTz west = tz("2024-01-15 23:30:00 -0500");
        assertEquals("23:30:00", showTime(TemporalCasts.tzToTime(west.epochNanos(), west.offsetMinutes())));
    }

    @ParameterizedTest(name = "TO_TIMESTAMP({0}, {1}) = {2}")
    @CsvSource({
        "1700000000, 0, 2023-11-14 22:13:20.000",
        "1700000000123, 3, 2023-11-14 22:13:20.123",
        "1700000000123456, 6, 2023-11-14 22:13:20.123",
        "1700000000123456789, 9, 2023-11-14 22:13:20.123",
        "15, 1, 1970-01-01 00:00:01.500",
        "-1, 0, 1969-12-31 23:59:59.000",
        "-15, 1, 1969-12-31 23:59:58.500",
        "0, 5, 1970-01-01 00:00:00.000",
    })
    void convertsEpochNumbersWithScale(long unscaled, int scale, String expected) {
        assertEquals(expected, showNtz(TemporalCasts.epochNanos(unscaled, scale)));
    }

    @Test
    void rejectsBadScalesAndOverflow() {
        IllegalArgumentException scale = assertThrows(IllegalArgumentException.class, () -> TemporalCasts.epochNanos(1, 10));
        assertEquals("Timestamp scale must be between 0 and 9, got 10", scale.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> TemporalCasts.epochNanos(1, -1));
        assertEquals("Timestamp scale must be between 0 and 9, got -1", negative.getMessage());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> TemporalCasts.epochNanos(Long.MAX_VALUE, 0));
        assertEquals("Epoch value 9223372036854775807 with scale 0 is outside the range Floe can hold", big.getMessage());
    }

    @ParameterizedTest(name = "integer {0} -> {1} ns")
    @CsvSource({
        "0, 0",
        "31535999, 31535999000000000",
        "-1, -1000000000",
        "31536000000, 31536000000000000",
        "31536000000000, 31536000000000000",
        "31536000000000000, 31536000000000000",
        "-1700000000000, -1700000000000000000",
        "-1700000000000000000, -1700000000000000000",
    })
    void classifiesIntegerStringsByMagnitude(long value, long expectedNanos) {
        assertEquals(expectedNanos, TemporalCasts.epochNanosByMagnitude(value));
    }

    @ParameterizedTest(name = "integer {0} overflows")
    @CsvSource({"31535999999", "31535999999999", "31535999999999999"})
    void overflowsForTheLargestValueOfEachScale(long value) {
        assertThrows(ArithmeticException.class, () -> TemporalCasts.epochNanosByMagnitude(value));
    }
}
