package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code DELETE FROM table [alias] [USING relation] [WHERE cond]}. */
public record Delete(
        SourcePosition position,
        QualifiedName table,
        Optional<Identifier> alias,
        Optional<Relation> using,
        Optional<Expression> where) implements Statement {

    public Delete {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(using, "using");
        Objects.requireNonNull(where, "where");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitDelete(this, context);
    }

    @Override
    public String toString() {
        return "DELETE FROM " + table + Text.optional(" AS ", alias) + Text.optional(" USING ", using)
                + Text.optional(" WHERE ", where);
    }
}
