package dev.floe.engine.exec;

import dev.floe.storage.ColumnStats;
import dev.floe.types.PhysicalType;

/**
 * A range that a column's values must fall in for a row to qualify, taken from the query's
 * conjuncts ({@code ts >= X}, {@code device_id = 'D1'}): segments and blocks whose zone map lies
 * wholly outside it are skipped without being read. Bounds are null when open.
 */
public record ColumnRange(int column, PhysicalType type, Object lower, boolean lowerInclusive,
                          Object upper, boolean upperInclusive) {

    /** False only when the zone map proves no value in it can satisfy the range. */
    public boolean mayMatch(ColumnStats stats) {
        if (stats == null) {
            return true;
        }
        if (!stats.hasMinMax()) {
            // No zone map: only an all-NULL chunk is known to fail (NULL satisfies no range).
            return stats.valueCount() > 0;
        }
        if (lower != null) {
            int c = compareMaxTo(stats, lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) return false;
        }
        if (upper != null) {
            int c = compareMinTo(stats, upper);
            if (c > 0 || (c == 0 && !upperInclusive)) return false;
        }
        return true;
    }

    private int compareMaxTo(ColumnStats s, Object bound) {
        switch (type) {
            case LONG:
            case TIMESTAMP_TZ: return Long.compare(s.maxLong(), (Long) bound);
            case DOUBLE: return Double.compare(s.maxDouble(), (Double) bound);
            case STRING: return s.maxString().compareTo((String) bound);
            default: return 0;
        }
    }

    private int compareMinTo(ColumnStats s, Object bound) {
        switch (type) {
            case LONG:
            case TIMESTAMP_TZ: return Long.compare(s.minLong(), (Long) bound);
            case DOUBLE: return Double.compare(s.minDouble(), (Double) bound);
            case STRING: return s.minString().compareTo((String) bound);
            default: return 0;
        }
    }
}
