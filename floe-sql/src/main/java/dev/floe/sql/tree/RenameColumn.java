package dev.floe.sql.tree;

import java.util.Objects;

/** {@code RENAME COLUMN old TO new}. */
public record RenameColumn(SourcePosition position, Identifier from, Identifier to) implements AlterTableAction {
    public RenameColumn {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return "RENAME COLUMN " + from + " TO " + to;
    }
}
