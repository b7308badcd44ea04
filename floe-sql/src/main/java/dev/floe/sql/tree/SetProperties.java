package dev.floe.sql.tree;

import java.util.Objects;

/** {@code SET name = value [, ...]} of a table, warehouse, user or the session. */
public record SetProperties(SourcePosition position, Properties properties)
        implements AlterTableAction, AlterWarehouseAction, AlterUserAction, AlterSessionAction {
    public SetProperties {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(properties, "properties");
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("SET needs at least one property");
        }
    }

    @Override
    public String toString() {
        return "SET " + properties;
    }
}
