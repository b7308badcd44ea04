package dev.floe.engine.exec;

import dev.floe.engine.expr.ValueComparator;
import dev.floe.types.SqlType;
import java.util.Comparator;
import java.util.List;

/**
 * One ORDER BY key over materialized rows: a column, a direction and where NULLs go. Snowflake
 * puts NULLs last in ascending and first in descending order unless told otherwise.
 */
public record SortKey(int column, SqlType type, boolean descending, boolean nullsFirst) {

    public static SortKey of(int column, SqlType type, boolean descending, Boolean nullsFirst) {
        return new SortKey(column, type, descending, nullsFirst != null ? nullsFirst : descending);
    }

    /** The order of two values of this key's column (either may be NULL). */
    int compare(Object x, Object y) {
        if (x == null || y == null) {
            if (x == y) return 0;
            return (x == null) == nullsFirst ? -1 : 1;
        }
        int c = ValueComparator.compare(x, y, type);
        return descending ? -c : c;
    }

    static Comparator<Object[]> comparator(List<SortKey> keys) {
        return (a, b) -> {
            for (SortKey k : keys) {
                int c = k.compare(a[k.column], b[k.column]);
                if (c != 0) return c;
            }
            return 0;
        };
    }
}
