package dev.floe.sql.tree;

import java.util.Objects;

/** {@code *} in a select list. */
public record Star(SourcePosition position) implements Expression {
    public Star {
        Objects.requireNonNull(position, "position");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitStar(this, context);
    }

    @Override
    public String toString() {
        return "*";
    }
}
