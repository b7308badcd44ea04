package dev.floe.sql.tree;

import java.util.Objects;

/** A parenthesized query used as a value. */
public record ScalarSubquery(SourcePosition position, Query query) implements Expression {
    public ScalarSubquery {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(query, "query");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitScalarSubquery(this, context);
    }

    @Override
    public String toString() {
        return "(" + query + ")";
    }
}
