package dev.floe.types.time;

/**
 * The elements of a Snowflake date/time format
 * (https://docs.snowflake.com/en/sql-reference/functions-conversion#date-and-time-formats-in-conversion-functions),
 * plus {@link #LITERAL} for text copied as written.
 */
enum FormatElement {
    LITERAL(false),
    /** YYYY: the year of the era (a BCE year prints as its positive number). */
    YEAR(true),
    /** YY: the last two digits of the year; read into the century window TWO_DIGIT_CENTURY_START opens. */
    YEAR_OF_CENTURY(true),
    /** UUUU: the proleptic ISO year, negative before year 1 (year 0 is 1 BCE). */
    ISO_YEAR(true),
    MONTH(true),
    MONTH_ABBREVIATION(false),
    MONTH_NAME(false),
    DAY(true),
    /** DY: the weekday abbreviation; written out, read and ignored when parsing. */
    WEEKDAY(false),
    /** HH24 and HH. */
    HOUR_24(true),
    HOUR_12(true),
    /** AM and PM are the same element: either writes the meridiem of the value. */
    MERIDIEM(false),
    MINUTE(true),
    SECOND(true),
    /** FF, FF0..FF9. */
    FRACTION(true),
    /** TZH:TZM */
    OFFSET_HOURS_COLON_MINUTES(false),
    /** TZHTZM */
    OFFSET_HOURS_MINUTES(false),
    /** TZH */
    OFFSET_HOURS(false);

    private final boolean digits;

    FormatElement(boolean digits) {
        this.digits = digits;
    }

    /** True if the element is written with (and read as) digits first. */
    boolean startsWithDigit() {
        return digits;
    }
}
