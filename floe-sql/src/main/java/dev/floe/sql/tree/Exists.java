package dev.floe.sql.tree;

import java.util.Objects;

/** {@code EXISTS (SELECT ...)}. */
public record Exists(SourcePosition position, Query query) implements Expression {
    public Exists {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(query, "query");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitExists(this, context);
    }

    @Override
    public String toString() {
        return "EXISTS (" + query + ")";
    }
}
