package dev.floe.engine.exec;

import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.ValueComparator;
import java.util.List;

/**
 * Key values of one row (group keys, join keys) with SQL equality and hashing, NULLs equal to
 * each other (as GROUP BY wants; joins leave out keys holding NULL before they get here).
 */
final class RowKey {
    private final Object[] values;
    private final List<Expr> keys;
    private final int hash;

    RowKey(Object[] values, List<Expr> keys) {
        this.values = values;
        this.keys = keys;
        int h = 1;
        for (int i = 0; i < values.length; i++) {
            h = 31 * h + (values[i] == null ? 0 : ValueComparator.hash(values[i], keys.get(i).type()));
        }
        this.hash = h;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowKey)) return false;
        Object[] other = ((RowKey) o).values;
        for (int i = 0; i < values.length; i++) {
            Object a = values[i];
            Object b = other[i];
            if (a == null || b == null) {
                if (a != b) return false;
            } else if (!ValueComparator.equal(a, b, keys.get(i).type())) {
                return false;
            }
        }
        return true;
    }
}
