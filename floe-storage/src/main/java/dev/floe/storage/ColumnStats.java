package dev.floe.storage;

import dev.floe.types.PhysicalType;

/**
 * A zone map: NULL and non-NULL counts plus, when the column has at least one non-NULL value of
 * an ordered type, its minimum and maximum. Which min/max accessors apply depends on the physical
 * type: LONG, BOOLEAN (0/1) and TIMESTAMP_TZ (the instant) use the long ones, DOUBLE the double
 * ones (ordered as {@link Double#compare}, so NaN is the largest), STRING the string ones
 * ({@link String#compareTo}). VARIANT has no min/max. Immutable.
 */
public final class ColumnStats {
    private final PhysicalType type;
    private final long nullCount;
    private final long valueCount;
    private final boolean hasMinMax;
    private final long minLong;
    private final long maxLong;
    private final double minDouble;
    private final double maxDouble;
    private final String minString;
    private final String maxString;

    private ColumnStats(PhysicalType type, long nullCount, long valueCount, boolean hasMinMax, long minLong, long maxLong,
                        double minDouble, double maxDouble, String minString, String maxString) {
        this.type = type;
        this.nullCount = nullCount;
        this.valueCount = valueCount;
        this.hasMinMax = hasMinMax;
        this.minLong = minLong;
        this.maxLong = maxLong;
        this.minDouble = minDouble;
        this.maxDouble = maxDouble;
        this.minString = minString;
        this.maxString = maxString;
    }

    /** Stats of values without min/max: VARIANT columns, and any column whose values are all NULL. */
    public static ColumnStats countsOnly(PhysicalType type, long nullCount, long valueCount) {
        return new ColumnStats(type, nullCount, valueCount, false, 0, 0, 0, 0, null, null);
    }

    public static ColumnStats ofLongs(PhysicalType type, long nullCount, long valueCount, long min, long max) {
        return new ColumnStats(type, nullCount, valueCount, true, min, max, 0, 0, null, null);
    }

    public static ColumnStats ofDoubles(long nullCount, long valueCount, double min, double max) {
        return new ColumnStats(PhysicalType.DOUBLE, nullCount, valueCount, true, 0, 0, min, max, null, null);
    }

    public static ColumnStats ofStrings(long nullCount, long valueCount, String min, String max) {
        return new ColumnStats(PhysicalType.STRING, nullCount, valueCount, true, 0, 0, 0, 0, min, max);
    }

    /** The stats of the union of the rows both describe. */
    public ColumnStats merge(ColumnStats other) {
        long nulls = nullCount + other.nullCount;
        long values = valueCount + other.valueCount;
        if (!other.hasMinMax) {
            return hasMinMax ? withCounts(nulls, values) : countsOnly(type, nulls, values);
        }
        if (!hasMinMax) {
            return other.withCounts(nulls, values);
        }
        switch (type) {
            case DOUBLE:
                return ofDoubles(nulls, values,
                        Double.compare(minDouble, other.minDouble) <= 0 ? minDouble : other.minDouble,
                        Double.compare(maxDouble, other.maxDouble) >= 0 ? maxDouble : other.maxDouble);
            case STRING:
                return ofStrings(nulls, values,
                        minString.compareTo(other.minString) <= 0 ? minString : other.minString,
                        maxString.compareTo(other.maxString) >= 0 ? maxString : other.maxString);
            default:
                return ofLongs(type, nulls, values, Math.min(minLong, other.minLong), Math.max(maxLong, other.maxLong));
        }
    }

    private ColumnStats withCounts(long nulls, long values) {
        return new ColumnStats(type, nulls, values, hasMinMax, minLong, maxLong, minDouble, maxDouble, minString, maxString);
    }

    public PhysicalType type() {
        return type;
    }

    public long nullCount() {
        return nullCount;
    }

    public long valueCount() {
        return valueCount;
    }

    public boolean hasMinMax() {
        return hasMinMax;
    }

    public long minLong() {
        return minLong;
    }

    public long maxLong() {
        return maxLong;
    }

    public double minDouble() {
        return minDouble;
    }

    public double maxDouble() {
        return maxDouble;
    }

    public String minString() {
        return minString;
    }

    public String maxString() {
        return maxString;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ColumnStats)) {
            return false;
        }
        ColumnStats s = (ColumnStats) o;
        return type == s.type && nullCount == s.nullCount && valueCount == s.valueCount && hasMinMax == s.hasMinMax
                && minLong == s.minLong && maxLong == s.maxLong
                && Double.compare(minDouble, s.minDouble) == 0 && Double.compare(maxDouble, s.maxDouble) == 0
                && java.util.Objects.equals(minString, s.minString) && java.util.Objects.equals(maxString, s.maxString);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nullCount * 31 + valueCount) ^ Long.hashCode(minLong) ^ Long.hashCode(maxLong);
    }

    @Override
    public String toString() {
        String range;
        if (!hasMinMax) {
            range = "";
        } else if (type == PhysicalType.DOUBLE) {
            range = " [" + minDouble + ", " + maxDouble + "]";
        } else if (type == PhysicalType.STRING) {
            range = " [" + minString + ", " + maxString + "]";
        } else {
            range = " [" + minLong + ", " + maxLong + "]";
        }
        return type + "{nulls=" + nullCount + ", values=" + valueCount + range + "}";
    }
}
