package dev.floe.sql.tree;

import java.util.Objects;

/** {@code ALTER USER [IF EXISTS] name SET ... | UNSET ... | RENAME TO ...}. */
public record AlterUser(SourcePosition position, Identifier name, boolean ifExists, AlterUserAction action)
        implements Statement {
    public AlterUser {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitAlterUser(this, context);
    }

    @Override
    public String toString() {
        return "ALTER USER " + Text.flag(ifExists, "IF EXISTS ") + name + " " + action;
    }
}
