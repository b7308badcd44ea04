package dev.floe.sql.tree;

import java.util.Objects;

/** {@code expr [ASC|DESC] [NULLS FIRST|LAST]}. */
public record OrderItem(SourcePosition position, Expression expression, boolean ascending, NullOrdering nulls)
        implements Node {

    public enum NullOrdering { FIRST, LAST, DEFAULT }

    public OrderItem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(nulls, "nulls");
    }

    /** Snowflake sorts NULL as the highest value: last ascending, first descending, unless written. */
    public boolean nullsFirst() {
        switch (nulls) {
            case FIRST:
                return true;
            case LAST:
                return false;
            default:
                return !ascending;
        }
    }

    @Override
    public String toString() {
        return expression + (ascending ? "" : " DESC") + (nulls == NullOrdering.DEFAULT ? "" : " NULLS " + nulls);
    }
}
