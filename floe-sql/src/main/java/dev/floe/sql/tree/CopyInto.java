package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/**
 * The COPY statement of a pipe: {@code COPY INTO table [(cols)] FROM (query) [options]}, where
 * the query reads {@code TABLE(DATA_SOURCE(TYPE => 'STREAMING'))} and options are e.g.
 * {@code MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE}.
 */
public record CopyInto(SourcePosition position, QualifiedName table, List<Identifier> columns, Query source, Properties options)
        implements Node {
    public CopyInto {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
    }

    @Override
    public String toString() {
        return "COPY INTO " + table + (columns.isEmpty() ? "" : " (" + Text.list(columns) + ")")
                + " FROM (" + source + ")" + Ddl.properties(options);
    }
}
