/**
 * Snowflake date and time semantics over Floe's physical temporal values (all {@code long}s):
 * DATE = days since 1970-01-01; TIME = nanoseconds of the day; TIMESTAMP_NTZ = wall-clock
 * nanoseconds since 1970-01-01 00:00; TIMESTAMP_LTZ = epoch nanoseconds, shown and operated on in
 * the session zone; TIMESTAMP_TZ = epoch nanoseconds plus an offset in minutes ({@link
 * dev.floe.types.time.TimestampTz}).
 *
 * <ul>
 *   <li>{@link dev.floe.types.time.DateTimes} / {@link dev.floe.types.time.DateTimeParser}: strings in
 *       (AUTO input format);</li>
 *   <li>{@link dev.floe.types.time.TemporalFormatter}: strings out (default output formats);</li>
 *   <li>{@link dev.floe.types.time.TemporalFormat}: explicit format strings both ways (TO_DATE /
 *       TO_TIME / TO_TIMESTAMP_* with a format, TO_CHAR / TO_VARCHAR of a temporal value);</li>
 *   <li>{@link dev.floe.types.time.TemporalCasts}: casts between the types and from epoch numbers;</li>
 *   <li>{@link dev.floe.types.time.DateArithmetic} (DATEADD, DATEDIFF),
 *       {@link dev.floe.types.time.DateTruncation} (DATE_TRUNC, TIME_SLICE, LAST_DAY),
 *       {@link dev.floe.types.time.DateExtract} (DATE_PART / EXTRACT),
 *       {@link dev.floe.types.time.IntervalLiteral} (INTERVAL '...' constants);</li>
 *   <li>{@link dev.floe.types.time.DatePart}, {@link dev.floe.types.time.CivilCalendar},
 *       {@link dev.floe.types.time.ZoneOffsets}: the building blocks.</li>
 * </ul>
 *
 * Timestamps cover 1677-09-21 to 2262-04-11 (the range of a long of nanoseconds); DATE covers any
 * year. Week rules follow Snowflake's defaults WEEK_START = 0 and WEEK_OF_YEAR_POLICY = 0.
 */
package dev.floe.types.time;
