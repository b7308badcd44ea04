package dev.floe.sql.tree;

import java.util.Objects;

/** {@code ALTER SESSION SET name = value [, ...]} or {@code ALTER SESSION UNSET name [, ...]}. */
public record AlterSession(SourcePosition position, AlterSessionAction action) implements Statement {
    public AlterSession {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitAlterSession(this, context);
    }

    @Override
    public String toString() {
        return "ALTER SESSION " + action;
    }
}
