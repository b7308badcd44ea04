package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code (SELECT ...) [AS alias]} in FROM. */
public record SubqueryRelation(SourcePosition position, Query query, Optional<Identifier> alias,
                               List<Identifier> columnAliases) implements Relation {
    public SubqueryRelation {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(alias, "alias");
        columnAliases = List.copyOf(columnAliases);
        if (!columnAliases.isEmpty() && alias.isEmpty()) {
            throw new IllegalArgumentException("column aliases need a relation alias");
        }
    }

    public SubqueryRelation(SourcePosition position, Query query, Optional<Identifier> alias) {
        this(position, query, alias, List.of());
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitSubqueryRelation(this, context);
    }

    @Override
    public String toString() {
        return "(" + query + ")" + Text.optional(" AS ", alias)
                + (columnAliases.isEmpty() ? "" : " (" + Text.list(columnAliases) + ")");
    }
}
