package dev.floe.sql.tree;

import java.util.Objects;

/** {@code e [NOT] IN (SELECT ...)}. */
public record InSubquery(SourcePosition position, Expression operand, Query query, boolean negated)
        implements Expression {
    public InSubquery {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(query, "query");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitInSubquery(this, context);
    }

    @Override
    public String toString() {
        return "(" + operand + (negated ? " NOT IN (" : " IN (") + query + "))";
    }
}
