package dev.floe.sql.tree;

import java.util.Objects;

/** {@code e [NOT] BETWEEN low AND high}. */
public record Between(SourcePosition position, Expression operand, Expression low, Expression high, boolean negated)
        implements Expression {
    public Between {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitBetween(this, context);
    }

    @Override
    public String toString() {
        return "(" + operand + (negated ? " NOT BETWEEN " : " BETWEEN ") + low + " AND " + high + ")";
    }
}
