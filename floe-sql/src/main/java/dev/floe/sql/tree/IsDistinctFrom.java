package dev.floe.sql.tree;

import java.util.Objects;

/** {@code a IS [NOT] DISTINCT FROM b}: null-safe comparison. */
public record IsDistinctFrom(SourcePosition position, Expression left, Expression right, boolean negated)
        implements Expression {
    public IsDistinctFrom {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitIsDistinctFrom(this, context);
    }

    @Override
    public String toString() {
        return "(" + left + (negated ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") + right + ")";
    }
}
