package dev.floe.engine.analyzer;

import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.ParameterExpr;
import dev.floe.engine.plan.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The enclosing query's columns as a subquery sees them. A name the subquery cannot resolve
 * itself resolves here and becomes a parameter, filled from the outer row before each run of the
 * (then correlated) subquery.
 */
public final class OuterReferences {
    private static final int MAX_SLOTS = 64;

    private final Scope outer;
    private final Object[] slots;
    private final List<ColumnExpr> captured;

    OuterReferences(Scope outer) {
        this(outer, new Object[MAX_SLOTS], new ArrayList<>());
    }

    private OuterReferences(Scope outer, Object[] slots, List<ColumnExpr> captured) {
        this.outer = outer;
        this.slots = slots;
        this.captured = captured;
    }

    /** The same parameters, read from other outer columns (after the outer plan's columns moved). */
    OuterReferences remapped(List<Expr> columns) {
        List<ColumnExpr> moved = new ArrayList<>();
        for (Expr c : columns) moved.add((ColumnExpr) c);
        return new OuterReferences(outer, slots, moved);
    }

    /** A parameter for the outer column {@code qualifier.name}, or null when the outer query has none. */
    Expr resolve(String qualifier, String name) {
        int index = outer.resolve(qualifier, name);
        if (index < 0) {
            return null;
        }
        Field f = outer.fields().get(index);
        for (int s = 0; s < captured.size(); s++) {
            if (captured.get(s).index() == index) return new ParameterExpr(slots, s, f.type());
        }
        if (captured.size() == MAX_SLOTS) {
            throw dev.floe.engine.FloeException.compilation(dev.floe.engine.ErrorCode.NOT_SUPPORTED,
                    "a subquery may refer to at most " + MAX_SLOTS + " outer columns");
        }
        captured.add(new ColumnExpr(index, f.type(), f.name()));
        return new ParameterExpr(slots, captured.size() - 1, f.type());
    }

    boolean correlated() {
        return !captured.isEmpty();
    }

    /** The outer columns the subquery uses, in slot order, as expressions over the outer query's input. */
    List<ColumnExpr> captured() {
        return captured;
    }

    void set(Object[] values) {
        Arrays.fill(slots, null);
        System.arraycopy(values, 0, slots, 0, values.length);
    }
}
