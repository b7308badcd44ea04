package dev.floe.engine.expr;

import dev.floe.types.SqlType;

/** A non-NULL value with SQL equality and hashing, for hash sets and maps (DISTINCT, IN lists). */
public record ValueKey(Object value, SqlType type) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueKey && ValueComparator.equal(value, ((ValueKey) o).value, type);
    }

    @Override
    public int hashCode() {
        return ValueComparator.hash(value, type);
    }
}
