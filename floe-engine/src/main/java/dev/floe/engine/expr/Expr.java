package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/**
 * A bound, typed expression evaluated a batch at a time. {@link #evaluate} returns a vector with
 * one value per input row; the vector may be owned by the expression and reused by the next call,
 * so callers copy what they keep.
 */
public abstract class Expr {
    private final SqlType type;

    protected Expr(SqlType type) {
        this.type = type;
    }

    public final SqlType type() {
        return type;
    }

    public abstract ColumnVector evaluate(ColumnBatch input, EvalContext ctx);

    public abstract List<Expr> children();

    /** A copy of this expression over new children (same count and types), for rewrites. */
    public abstract Expr withChildren(List<Expr> children);

    /** True when the value depends on no input column (a constant for the statement). */
    public boolean isConstant() {
        for (Expr child : children()) {
            if (!child.isConstant()) {
                return false;
            }
        }
        return !children().isEmpty();
    }
}
