package dev.floe.sql.tree;

import java.util.Objects;

/** {@code ALTER WAREHOUSE [IF EXISTS] name action}. */
public record AlterWarehouse(SourcePosition position, Identifier name, boolean ifExists, AlterWarehouseAction action)
        implements Statement {
    public AlterWarehouse {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitAlterWarehouse(this, context);
    }

    @Override
    public String toString() {
        return "ALTER WAREHOUSE " + Text.flag(ifExists, "IF EXISTS ") + name + " " + action;
    }
}
