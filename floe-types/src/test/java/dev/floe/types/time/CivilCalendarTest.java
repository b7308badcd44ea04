package dev.floe.types.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CivilCalendarTest {
    /** Every 7919th day from year -221 to 10183, checked against java.time. */
    @Test
    void agreesWithJavaTimeAcrossCenturies() {
        for (long days = -800_000; days < 3_000_000; days += 7_919) {
            LocalDate expected = LocalDate.ofEpochDay(days);
            long packed = CivilCalendar.civilFromDays(days);
            String at = "day " + days;
            assertEquals(expected.getYear(), CivilCalendar.year(packed), at);
            assertEquals(expected.getMonthValue(), CivilCalendar.month(packed), at);
            assertEquals(expected.getDayOfMonth(), CivilCalendar.day(packed), at);
            assertEquals(days, CivilCalendar.daysFromCivil(expected.getYear(), expected.getMonthValue(), expected.getDayOfMonth()), at);
            assertEquals(expected.getDayOfWeek().getValue(), CivilCalendar.dayOfWeekIso(days), at);
            assertEquals(expected.getDayOfYear(), CivilCalendar.dayOfYear(days), at);
            assertEquals(expected.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), CivilCalendar.isoWeek(days), at);
            assertEquals(expected.get(IsoFields.WEEK_BASED_YEAR), CivilCalendar.isoWeekYear(days), at);
            assertEquals(expected.lengthOfMonth(), CivilCalendar.lengthOfMonth(expected.getYear(), expected.getMonthValue()), at);
        }
    }

    @Test
    void knowsLeapYears() {
        assertTrue(CivilCalendar.isLeapYear(2024));
        assertTrue(CivilCalendar.isLeapYear(2000));
        assertFalse(CivilCalendar.isLeapYear(1900));
        assertFalse(CivilCalendar.isLeapYear(2023));
        assertTrue(CivilCalendar.isLeapYear(-4));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-01-31, 1, 2024-02-29",
        "2023-01-31, 1, 2023-02-28",
        "2024-03-31, -1, 2024-02-29",
        "2024-02-29, 12, 2025-02-28",
        "2024-05-15, -17, 2022-12-15",
        "1969-01-31, 1, 1969-02-28",
    })
    void plusMonthsClampsToMonthEnd(String from, long months, String expected) {
        assertEquals(LocalDate.parse(expected).toEpochDay(), CivilCalendar.plusMonths(LocalDate.parse(from).toEpochDay(), months));
    }

    @Test
    void splitsNanosFlooringBeforeEpoch() {
        assertEquals(-1, CivilCalendar.daysOf(-1));
        assertEquals(CivilCalendar.NANOS_PER_DAY - 1, CivilCalendar.nanosOfDay(-1));
        assertEquals(0, CivilCalendar.daysOf(CivilCalendar.NANOS_PER_DAY - 1));
    }
}
