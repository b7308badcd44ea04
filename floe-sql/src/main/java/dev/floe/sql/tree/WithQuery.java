package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** A common table expression: {@code name [(columns)] AS (query)}. */
public record WithQuery(SourcePosition position, Identifier name, List<Identifier> columnNames, Query query)
        implements Node {
    public WithQuery {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        columnNames = List.copyOf(columnNames);
        Objects.requireNonNull(query, "query");
    }

    @Override
    public String toString() {
        return name + (columnNames.isEmpty() ? "" : " (" + Text.list(columnNames) + ")") + " AS (" + query + ")";
    }
}
