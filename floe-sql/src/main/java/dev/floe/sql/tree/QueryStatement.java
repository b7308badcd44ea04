package dev.floe.sql.tree;

import java.util.Objects;

/** A query run as a statement: {@code SELECT ...}, {@code WITH ... SELECT ...}, {@code (SELECT ...) UNION ...}. */
public record QueryStatement(SourcePosition position, Query query) implements Statement {
    public QueryStatement {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(query, "query");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitQueryStatement(this, context);
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
