package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/**
 * {@code INSERT [OVERWRITE] INTO table [(cols)] VALUES ... | query}. VALUES rows arrive as a
 * query whose body is {@link Values}.
 */
public record Insert(SourcePosition position, QualifiedName table, List<Identifier> columns, boolean overwrite, Query source)
        implements Statement {
    public Insert {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitInsert(this, context);
    }

    @Override
    public String toString() {
        return "INSERT " + Text.flag(overwrite, "OVERWRITE ") + "INTO " + table
                + (columns.isEmpty() ? "" : " (" + Text.list(columns) + ")") + " " + source;
    }
}
