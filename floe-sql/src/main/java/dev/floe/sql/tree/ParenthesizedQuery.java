package dev.floe.sql.tree;

import java.util.Objects;

/** {@code (query)} as an operand of a set operation, which lets it carry its own ORDER BY and LIMIT. */
public record ParenthesizedQuery(SourcePosition position, Query query) implements QueryBody {
    public ParenthesizedQuery {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(query, "query");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitParenthesizedQuery(this, context);
    }

    @Override
    public String toString() {
        return "(" + query + ")";
    }
}
