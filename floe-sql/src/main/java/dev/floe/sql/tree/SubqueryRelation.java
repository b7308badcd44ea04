package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code (SELECT ...) [AS alias]} in FROM. */
public record SubqueryRelation(SourcePosition position, Query query, Optional<Identifier> alias) implements Relation {
    public SubqueryRelation {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(alias, "alias");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitSubqueryRelation(this, context);
    }

    @Override
    public String toString() {
        return "(" + query + ")" + Text.optional(" AS ", alias);
    }
}
