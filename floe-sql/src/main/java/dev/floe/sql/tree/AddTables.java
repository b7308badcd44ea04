package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code ADD TABLES (t, ...)}: interactive tables the warehouse keeps hot. */
public record AddTables(SourcePosition position, List<QualifiedName> tables) implements AlterWarehouseAction {
    public AddTables {
        Objects.requireNonNull(position, "position");
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("ADD TABLES needs at least one table");
        }
    }

    @Override
    public String toString() {
        return "ADD TABLES (" + Text.list(tables) + ")";
    }
}
