package dev.floe.sql.tree;

import java.util.Objects;

/** {@code RESUME [IF SUSPENDED]}. */
public record ResumeWarehouse(SourcePosition position, boolean ifSuspended) implements AlterWarehouseAction {
    public ResumeWarehouse {
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String toString() {
        return "RESUME" + Text.flag(ifSuspended, " IF SUSPENDED");
    }
}
