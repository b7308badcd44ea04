package dev.floe.sql.tree;

import java.util.Objects;

/** {@code RENAME TO new_name} of a table, warehouse or user. */
public record RenameTo(SourcePosition position, QualifiedName newName)
        implements AlterTableAction, AlterWarehouseAction, AlterUserAction {
    public RenameTo {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public String toString() {
        return "RENAME TO " + newName;
    }
}
