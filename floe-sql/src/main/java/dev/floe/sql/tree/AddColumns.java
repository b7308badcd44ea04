package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code ADD [COLUMN] [IF NOT EXISTS] col type, ...}. */
public record AddColumns(SourcePosition position, boolean ifNotExists, List<ColumnDefinition> columns)
        implements AlterTableAction {
    public AddColumns {
        Objects.requireNonNull(position, "position");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("ADD COLUMN needs at least one column");
        }
    }

    @Override
    public String toString() {
        return "ADD COLUMN " + Text.flag(ifNotExists, "IF NOT EXISTS ") + Text.list(columns);
    }
}
