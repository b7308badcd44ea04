package dev.floe.sql.tree;

import java.util.Objects;

/** {@code SUSPEND}. */
public record SuspendWarehouse(SourcePosition position) implements AlterWarehouseAction {
    public SuspendWarehouse {
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String toString() {
        return "SUSPEND";
    }
}
