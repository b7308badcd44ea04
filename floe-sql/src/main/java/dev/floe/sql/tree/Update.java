package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code UPDATE table [alias] SET col = expr, ... [FROM relation] [WHERE cond]}. */
public record Update(
        SourcePosition position,
        QualifiedName table,
        Optional<Identifier> alias,
        List<Assignment> assignments,
        Optional<Relation> from,
        Optional<Expression> where) implements Statement {

    public Update {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(alias, "alias");
        assignments = List.copyOf(assignments);
        if (assignments.isEmpty()) {
            throw new IllegalArgumentException("UPDATE needs at least one assignment");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(where, "where");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitUpdate(this, context);
    }

    @Override
    public String toString() {
        return "UPDATE " + table + Text.optional(" AS ", alias) + " SET " + Text.list(assignments)
                + Text.optional(" FROM ", from) + Text.optional(" WHERE ", where);
    }
}
