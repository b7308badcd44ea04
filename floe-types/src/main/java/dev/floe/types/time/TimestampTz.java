package dev.floe.types.time;

/**
 * A TIMESTAMP_TZ value: the instant in nanoseconds since 1970-01-01T00:00Z and the UTC offset, in
 * minutes, it was given with. Two values are equal only if both parts are.
 */
public record TimestampTz(long epochNanos, int offsetMinutes) {
    /** The wall clock at the stored offset, in nanoseconds since 1970-01-01 00:00 local. */
    public long wallNanos() {
        return Math.addExact(epochNanos, offsetMinutes * CivilCalendar.NANOS_PER_MINUTE);
    }
}
