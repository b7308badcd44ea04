package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/**
 * A value set from outside before each run of a plan: the outer row's column that a correlated
 * subquery refers to. Never constant-folded, since it changes between runs.
 */
public final class ParameterExpr extends Expr {
    private final Object[] slots;
    private final int slot;
    private ColumnVector out;

    public ParameterExpr(Object[] slots, int slot, SqlType type) {
        super(type);
        this.slots = slots;
        this.slot = slot;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        out = Values.reuse(out, type().physical(), n);
        Object value = slots[slot];
        for (int i = 0; i < n; i++) Values.set(out, i, value);
        return out;
    }

    @Override
    public List<Expr> children() {
        return List.of();
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return this;
    }

    @Override
    public boolean threadConfined() {
        return true;
    }

    @Override
    public boolean isConstant() {
        return false;
    }

    @Override
    public String toString() {
        return "$outer" + slot + "@" + System.identityHashCode(slots);
    }
}
