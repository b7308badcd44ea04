package dev.floe.sql.tree;

import java.util.Objects;

/** {@code e IS [NOT] NULL}. */
public record IsNull(SourcePosition position, Expression operand, boolean negated) implements Expression {
    public IsNull {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitIsNull(this, context);
    }

    @Override
    public String toString() {
        return "(" + operand + (negated ? " IS NOT NULL)" : " IS NULL)");
    }
}
