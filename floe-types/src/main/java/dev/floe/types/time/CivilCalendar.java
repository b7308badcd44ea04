package dev.floe.types.time;

/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01) and nanosecond
 * counts, without allocating. All divisions floor, so values before 1970 work like any other.
 *
 * <p>Day/civil conversion is Howard Hinnant's {@code days_from_civil} / {@code civil_from_days}.
 */
public final class CivilCalendar {
    public static final long NANOS_PER_MICRO = 1_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    public static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;
    public static final long NANOS_PER_DAY = 24 * NANOS_PER_HOUR;
    public static final long SECONDS_PER_DAY = 86_400L;

    private static final long DAYS_0000_TO_1970 = 719_468L;
    private static final long DAYS_PER_400_YEARS = 146_097L;

    private CivilCalendar() {
    }

    /** Days since 1970-01-01 of a valid calendar date. */
    public static long daysFromCivil(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long monthFromMarch = (month + 9) % 12;
        long dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_0000_TO_1970;
    }

    /**
     * The date of a day number packed as {@code year << 9 | month << 5 | day}; read it back with
     * {@link #year}, {@link #month} and {@link #day}. Packing keeps the hot paths free of objects.
     */
    public static long civilFromDays(long days) {
        long z = days + DAYS_0000_TO_1970;
        long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
        long dayOfEra = z - era * DAYS_PER_400_YEARS;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        long month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year << 9 | month << 5 | day;
    }

    public static long year(long packedDate) {
        return packedDate >> 9;
    }

    public static int month(long packedDate) {
        return (int) (packedDate >> 5) & 15;
    }

    public static int day(long packedDate) {
        return (int) packedDate & 31;
    }

    public static boolean isLeapYear(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    public static int lengthOfMonth(long year, int month) {
        switch (month) {
            case 2: return isLeapYear(year) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    /** ISO day of week: 1 = Monday ... 7 = Sunday. 1970-01-01 was a Thursday. */
    public static int dayOfWeekIso(long days) {
        return (int) Math.floorMod(days + 3, 7L) + 1;
    }

    /** The Monday starting the ISO week that contains this day. */
    public static long mondayOfWeek(long days) {
        return days - dayOfWeekIso(days) + 1;
    }

    public static int dayOfYear(long days) {
        return (int) (days - daysFromCivil(year(civilFromDays(days)), 1, 1)) + 1;
    }

    /** ISO 8601 week-numbering year: the year holding the Thursday of this day's week. */
    public static long isoWeekYear(long days) {
        return year(civilFromDays(mondayOfWeek(days) + 3));
    }

    /** ISO 8601 week number (1..53): weeks start Monday, week 1 holds the year's first Thursday. */
    public static int isoWeek(long days) {
        long thursday = mondayOfWeek(days) + 3;
        return (dayOfYear(thursday) - 1) / 7 + 1;
    }

    /** Day number plus whole months, the day clamped to the target month's length (Jan 31 + 1 month = Feb 28/29). */
    public static long plusMonths(long days, long months) {
        long date = civilFromDays(days);
        long monthIndex = Math.addExact(Math.multiplyExact(year(date), 12L) + month(date) - 1, months);
        long year = Math.floorDiv(monthIndex, 12L);
        int month = (int) Math.floorMod(monthIndex, 12L) + 1;
        return daysFromCivil(year, month, Math.min(day(date), lengthOfMonth(year, month)));
    }

    /** Whole months since 0000-01 of the month containing this day; differences count month boundaries. */
    public static long monthIndex(long days) {
        long date = civilFromDays(days);
        return year(date) * 12 + month(date) - 1;
    }

    public static long daysOf(long nanos) {
        return Math.floorDiv(nanos, NANOS_PER_DAY);
    }

    public static long nanosOfDay(long nanos) {
        return Math.floorMod(nanos, NANOS_PER_DAY);
    }

    /** Nanoseconds of a day number plus a time of day; throws ArithmeticException outside the long range. */
    public static long nanosOf(long days, long nanosOfDay) {
        return Math.addExact(Math.multiplyExact(days, NANOS_PER_DAY), nanosOfDay);
    }
}
