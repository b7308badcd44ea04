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

    /**
     * A copy with its own evaluation state: expressions reuse their output vectors, so each thread
     * evaluating an expression needs its own copy.
     */
    public Expr copy() {
        List<Expr> children = children();
        if (children.isEmpty()) {
            return this;
        }
        List<Expr> copies = new java.util.ArrayList<>(children.size());
        for (Expr c : children) copies.add(c.copy());
        return withChildren(copies);
    }

    /**
     * True for expressions tied to state shared across rows of one thread (outer-row parameters
     * of correlated subqueries): plans holding them are never split over threads.
     */
    public boolean threadConfined() {
        for (Expr c : children()) {
            if (c.threadConfined()) return true;
        }
        return false;
    }

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
