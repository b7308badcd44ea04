package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code UNSET name [, ...]}: back to the default. */
public record UnsetProperties(SourcePosition position, List<Identifier> names)
        implements AlterTableAction, AlterWarehouseAction, AlterUserAction, AlterSessionAction {
    public UnsetProperties {
        Objects.requireNonNull(position, "position");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("UNSET needs at least one name");
        }
    }

    @Override
    public String toString() {
        return "UNSET " + Text.list(names);
    }
}
