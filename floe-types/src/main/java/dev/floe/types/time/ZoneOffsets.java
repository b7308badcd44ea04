package dev.floe.types.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * UTC offsets of a session time zone, between instants (epoch nanoseconds) and wall clocks
 * (nanoseconds since 1970-01-01 00:00 local). Fixed-offset zones such as UTC take a path that
 * allocates nothing.
 */
public final class ZoneOffsets {
    private ZoneOffsets() {
    }

    /** The zone's offset in seconds at an instant. */
    public static int offsetSecondsAt(ZoneId zone, long epochNanos) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return rules.getOffset(Instant.EPOCH).getTotalSeconds();
        }
        long epochSecond = Math.floorDiv(epochNanos, CivilCalendar.NANOS_PER_SECOND);
        return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    /** The wall clock of an instant in the zone. */
    public static long toWallNanos(long epochNanos, ZoneId zone) {
        return Math.addExact(epochNanos, offsetSecondsAt(zone, epochNanos) * CivilCalendar.NANOS_PER_SECOND);
    }

    /**
     * The offset in seconds used to read a wall clock in the zone. A wall clock skipped by a
     * daylight-saving gap takes the offset before the gap (so 02:30 on a spring-forward night reads
     * as 03:30 of the new offset); one repeated by an overlap takes the earlier offset, as
     * {@link java.time.ZonedDateTime#ofLocal} does.
     */
    public static int offsetSecondsForWallClock(ZoneId zone, long wallNanos) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return rules.getOffset(Instant.EPOCH).getTotalSeconds();
        }
        long wallSecond = Math.floorDiv(wallNanos, CivilCalendar.NANOS_PER_SECOND);
        LocalDateTime local = LocalDateTime.ofEpochSecond(wallSecond, 0, ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (valid.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getOffsetBefore().getTotalSeconds();
        }
        return valid.get(0).getTotalSeconds();
    }

    /** The instant a wall clock stands for in the zone (see {@link #offsetSecondsForWallClock}). */
    public static long toEpochNanos(long wallNanos, ZoneId zone) {
        return Math.subtractExact(wallNanos, offsetSecondsForWallClock(zone, wallNanos) * CivilCalendar.NANOS_PER_SECOND);
    }
}
