package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code DROP TABLES (t, ...)}: stop keeping these tables hot. */
public record DropTables(SourcePosition position, List<QualifiedName> tables) implements AlterWarehouseAction {
    public DropTables {
        Objects.requireNonNull(position, "position");
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("DROP TABLES needs at least one table");
        }
    }

    @Override
    public String toString() {
        return "DROP TABLES (" + Text.list(tables) + ")";
    }
}
