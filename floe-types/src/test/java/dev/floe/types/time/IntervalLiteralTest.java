package dev.floe.types.time;

import static dev.floe.types.time.TimeFixtures.LA;
import static dev.floe.types.time.TimeFixtures.UTC;
import static dev.floe.types.time.TimeFixtures.date;
import static dev.floe.types.time.TimeFixtures.ltz;
import static dev.floe.types.time.TimeFixtures.ntz;
import static dev.floe.types.time.TimeFixtures.showDate;
import static dev.floe.types.time.TimeFixtures.showLtz;
import static dev.floe.types.time.TimeFixtures.showNtz;
import static dev.floe.types.time.TimeFixtures.showTz;
import static dev.floe.types.time.TimeFixtures.tz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.floe.types.TypeKind;
import dev.floe.types.time.IntervalLiteral.Term;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalLiteralTest {
    @Test
    void parsesTermsInOrder() {
        assertEquals(List.of(new Term(DatePart.DAY, 1), new Term(DatePart.HOUR, 2)), IntervalLiteral.parse("1 day, 2 hours").terms());
        assertEquals(List.of(new Term(DatePart.MINUTE, 5)), IntervalLiteral.parse("5 minutes").terms());
        assertEquals(List.of(new Term(DatePart.MONTH, 3)), IntervalLiteral.parse("3 months").terms());
        assertEquals(List.of(new Term(DatePart.MINUTE, 10)), IntervalLiteral.parse(" 10   MINS ").terms());
        assertEquals(List.of(new Term(DatePart.YEAR, 1), new Term(DatePart.MONTH, 2), new Term(DatePart.DAY, 3)),
                IntervalLiteral.parse("1 Y,2 MM , 3d").terms());
        assertEquals(List.of(new Term(DatePart.YEAR, -1), new Term(DatePart.WEEK, 2)), IntervalLiteral.parse("-1 year, +2 weeks").terms());
    }

    /** The examples of https://docs.snowflake.com/en/sql-reference/data-types-datetime#interval-constants */
    @Test
    void computesTheDocumentationExamples() {
        assertEquals("2019-04-15", showDate(IntervalLiteral.parse("1 year").addTo(date("2018-04-15"), TypeKind.DATE, UTC, false)));
        assertEquals("07:33:29", TimeFixtures.showTime(IntervalLiteral.parse("3 hours, 18 minutes")
                .addTo(TimeFixtures.time("04:15:29"), TypeKind.TIME, UTC, false)));
        IntervalLiteral everything = IntervalLiteral.parse("1 year, 3 quarters, 4 months, 5 weeks, 6 days, 7 minutes, 8 seconds,"
                + " 1000 milliseconds, 4000000 microseconds, 5000000001 nanoseconds");
        assertEquals(10, everything.terms().size());
        assertEquals(new Term(DatePart.WEEK, 5), everything.terms().get(3));
        // 2024-01-01 +1y = 2025-01-01, +3q = 2025-10-01, +4mo = 2026-02-01, +5w = 2026-03-08, +6d = 2026-03-14,
        // then 7 min + 8 s + 1 s + 4 s + 5.000000001 s.
        assertEquals(ntz("2026-03-14 00:07:18.000000001"),
                everything.addTo(ntz("2024-01-01"), TypeKind.TIMESTAMP_NTZ, UTC, false));
    }

    @Test
    void anAmountWithoutUnitIsSeconds() {
        assertEquals(List.of(new Term(DatePart.SECOND, 2)), IntervalLiteral.parse("2").terms());
    }

    @Test
    void isAValue() {
        assertEquals(IntervalLiteral.parse("1 day, 2 hours"), IntervalLiteral.parse("1 d,2 h"));
        assertEquals(IntervalLiteral.parse("1 day").hashCode(), IntervalLiteral.parse("1 days").hashCode());
        assertEquals("IntervalLiteral[Term[part=DAY, amount=1]]", IntervalLiteral.parse("1 day").toString());
    }

    @ParameterizedTest(name = "''{0}'' + INTERVAL ''{1}'' = {2}")
    @CsvSource(delimiter = '|', value = {
        "2024-01-15 10:00:00 | 5 minutes       | 2024-01-15 10:05:00.000",
        "2024-01-15 10:00:00 | 1 day, 2 hours  | 2024-01-16 12:00:00.000",
        // Terms apply in the order written.
        "2024-01-30 00:00:00 | 1 month, 1 day  | 2024-03-01 00:00:00.000",
        "2024-01-30 00:00:00 | 1 day, 1 month  | 2024-02-29 00:00:00.000",
        "2024-01-15 10:00:00 | 90              | 2024-01-15 10:01:30.000",
    })
    void addsToTimestampNtz(String value, String interval, String expected) {
        assertEquals(expected, showNtz(IntervalLiteral.parse(interval).addTo(ntz(value), TypeKind.TIMESTAMP_NTZ, UTC, false)));
    }

    @Test
    void subtractsEachTermNegated() {
        IntervalLiteral month = IntervalLiteral.parse("1 month");
        assertEquals("2024-02-29 00:00:00.000", showNtz(month.addTo(ntz("2024-03-31"), TypeKind.TIMESTAMP_NTZ, UTC, true)));
        IntervalLiteral mixed = IntervalLiteral.parse("1 day, 1 hour");
        assertEquals("2024-01-13 23:00:00.000", showNtz(mixed.addTo(ntz("2024-01-15"), TypeKind.TIMESTAMP_NTZ, UTC, true)));
    }

    @Test
    void aDatePlusATimeUnitBecomesTimestampNtz() {
        IntervalLiteral hour = IntervalLiteral.parse("1 hour");
        assertEquals(TypeKind.TIMESTAMP_NTZ, hour.resultKind(TypeKind.DATE));
        assertEquals("2024-01-15 01:00:00.000", showNtz(hour.addTo(date("2024-01-15"), TypeKind.DATE, UTC, false)));
        IntervalLiteral mixed = IntervalLiteral.parse("1 day, 1 hour");
        assertEquals(TypeKind.TIMESTAMP_NTZ, mixed.resultKind(TypeKind.DATE));
        assertEquals("2024-01-16 01:00:00.000", showNtz(mixed.addTo(date("2024-01-15"), TypeKind.DATE, UTC, false)));
        IntervalLiteral days = IntervalLiteral.parse("3 days");
        assertEquals(TypeKind.DATE, days.resultKind(TypeKind.DATE));
        assertEquals("2024-01-18", showDate(days.addTo(date("2024-01-15"), TypeKind.DATE, UTC, false)));
    }

    @Test
    void addsToLtzAndTz() {
        IntervalLiteral day = IntervalLiteral.parse("1 day");
        assertEquals("2024-03-10 12:00:00.000 -0700", showLtz(day.addTo(ltz("2024-03-09 12:00:00", LA), TypeKind.TIMESTAMP_LTZ, LA, false), LA));
        TimestampTz value = tz("2024-01-31 00:30:00 +0200");
        long result = IntervalLiteral.parse("1 month").addTo(value.epochNanos(), value.offsetMinutes(), false);
        assertEquals("2024-02-29 00:30:00.000 +0200", showTz(new TimestampTz(result, value.offsetMinutes())));
    }

    @ParameterizedTest(name = "INTERVAL ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                        | each term needs an integer amount",
        "abc                       | each term needs an integer amount",
        "1 day,                    | each term needs an integer amount",
        "day 1                     | each term needs an integer amount",
        "1 fortnight               | unknown unit 'fortnight'",
        "1 weekss                  | unknown unit 'weekss'",
        "1 s s                     | unknown unit 's s'",
        "1.5 hours                 | unknown unit '.5 hours'",
        "1 dow                     | DAYOFWEEK cannot be used in an interval",
        "99999999999999999999 s    | amount 99999999999999999999 is too large",
    })
    void rejectsMalformedLiterals(String text, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntervalLiteral.parse(text));
        assertEquals("Invalid interval literal '" + text + "': " + why, e.getMessage());
    }
}
