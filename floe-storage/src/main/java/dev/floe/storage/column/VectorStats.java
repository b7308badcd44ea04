package dev.floe.storage.column;

import dev.floe.storage.ColumnStats;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;

/** Computes the zone map of positions 0..count-1 of a vector. */
public final class VectorStats {
    private VectorStats() {
    }

    public static ColumnStats of(ColumnVector vector, int count) {
        int nulls = 0;
        if (vector.mayHaveNulls()) {
            for (int i = 0; i < count; i++) {
                if (vector.isNull(i)) {
                    nulls++;
                }
            }
        }
        int values = count - nulls;
        if (values == 0) {
            return ColumnStats.countsOnly(vector.type(), nulls, 0);
        }
        switch (vector.type()) {
            case LONG:
            case TIMESTAMP_TZ:
                return longs((LongVector) vector, count, nulls);
            case DOUBLE:
                return doubles((DoubleVector) vector, count, nulls);
            case BOOLEAN:
                return booleans((BooleanVector) vector, count, nulls);
            case STRING:
                return strings((StringVector) vector, count, nulls);
            default:
                return ColumnStats.countsOnly(vector.type(), nulls, values);
        }
    }

    private static ColumnStats longs(LongVector v, int count, int nulls) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean checkNulls = nulls > 0;
        for (int i = 0; i < count; i++) {
            if (checkNulls && v.isNull(i)) {
                continue;
            }
            min = Math.min(min, v.values[i]);
            max = Math.max(max, v.values[i]);
        }
        return ColumnStats.ofLongs(v.type(), nulls, count - nulls, min, max);
    }

    private static ColumnStats doubles(DoubleVector v, int count, int nulls) {
        double min = Double.NaN;
        double max = Double.NaN;
        boolean first = true;
        for (int i = 0; i < count; i++) {
            if (nulls > 0 && v.isNull(i)) {
                continue;
            }
            double x = v.values[i];
            if (first || Double.compare(x, min) < 0) {
                min = x;
            }
            if (first || Double.compare(x, max) > 0) {
                max = x;
            }
            first = false;
        }
        return ColumnStats.ofDoubles(nulls, count - nulls, min, max);
    }

    private static ColumnStats booleans(BooleanVector v, int count, int nulls) {
        boolean sawFalse = false;
        boolean sawTrue = false;
        for (int i = 0; i < count; i++) {
            if (nulls == 0 || !v.isNull(i)) {
                sawTrue |= v.values[i];
                sawFalse |= !v.values[i];
            }
        }
        return ColumnStats.ofLongs(v.type(), nulls, count - nulls, sawFalse ? 0 : 1, sawTrue ? 1 : 0);
    }

    private static ColumnStats strings(StringVector v, int count, int nulls) {
        String min = null;
        String max = null;
        int minCode = -1;
        int maxCode = -1;
        for (int i = 0; i < count; i++) {
            if (nulls > 0 && v.isNull(i)) {
                continue;
            }
            int code = v.isDictionary() ? v.codes[i] : -2;
            if (code >= 0 && (code == minCode || code == maxCode)) {
                continue;
            }
            String s = v.get(i);
            if (min == null || s.compareTo(min) < 0) {
                min = s;
                minCode = code;
            }
            if (max == null || s.compareTo(max) > 0) {
                max = s;
                maxCode = code;
            }
        }
        return ColumnStats.ofStrings(nulls, count - nulls, min, max);
    }
}
