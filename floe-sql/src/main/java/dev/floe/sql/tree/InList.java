package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code e [NOT] IN (v1, v2, ...)}. */
public record InList(SourcePosition position, Expression operand, List<Expression> values, boolean negated)
        implements Expression {
    public InList {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operand, "operand");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("IN list must not be empty");
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitInList(this, context);
    }

    @Override
    public String toString() {
        return "(" + operand + (negated ? " NOT IN (" : " IN (") + Text.list(values) + "))";
    }
}
