package dev.floe.sql.tree;

import java.util.Objects;

/** {@code DROP kind [IF EXISTS] name [CASCADE|RESTRICT]}. */
public record Drop(SourcePosition position, ObjectKind kind, QualifiedName name, boolean ifExists, Behavior behavior)
        implements Statement {

    /** What happens to dependent objects; DEFAULT leaves it to the kind's own rule. */
    public enum Behavior { DEFAULT, CASCADE, RESTRICT }

    public Drop {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(behavior, "behavior");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitDrop(this, context);
    }

    @Override
    public String toString() {
        return "DROP " + kind + " " + Text.flag(ifExists, "IF EXISTS ") + name
                + (behavior == Behavior.DEFAULT ? "" : " " + behavior);
    }
}
