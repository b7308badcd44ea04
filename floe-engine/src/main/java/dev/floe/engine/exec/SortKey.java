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

    static Comparator<Object[]> comparator(List<SortKey> keys) {
        return (a, b) -> {
            for (SortKey k : keys) {
                Object x = a[k.column];
                Object y = b[k.column];
                int c;
                if (x == null || y == null) {
                    if (x == y) continue;
                    c = (x == null) == k.nullsFirst ? -1 : 1;
                    return c;
                }
                c = ValueComparator.compare(x, y, k.type);
                if (c != 0) {
                    return k.descending ? -c : c;
                }
            }
            return 0;
        };
    }
}
