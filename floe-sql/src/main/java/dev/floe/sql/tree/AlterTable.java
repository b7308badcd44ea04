package dev.floe.sql.tree;

import java.util.Objects;

/** {@code ALTER TABLE [IF EXISTS] name action}. */
public record AlterTable(SourcePosition position, QualifiedName name, boolean ifExists, AlterTableAction action)
        implements Statement {
    public AlterTable {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitAlterTable(this, context);
    }

    @Override
    public String toString() {
        return "ALTER TABLE " + Text.flag(ifExists, "IF EXISTS ") + name + " " + action;
    }
}
