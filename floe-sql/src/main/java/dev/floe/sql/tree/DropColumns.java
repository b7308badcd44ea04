package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code DROP [COLUMN] [IF EXISTS] col, ...}. */
public record DropColumns(SourcePosition position, boolean ifExists, List<Identifier> columns)
        implements AlterTableAction {
    public DropColumns {
        Objects.requireNonNull(position, "position");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("DROP COLUMN needs at least one column");
        }
    }

    @Override
    public String toString() {
        return "DROP COLUMN " + Text.flag(ifExists, "IF EXISTS ") + Text.list(columns);
    }
}
