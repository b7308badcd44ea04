package dev.floe.sql.tree;

import java.util.Objects;

public record BooleanLiteral(SourcePosition position, boolean value) implements Literal, PropertyValue {
    public BooleanLiteral {
        Objects.requireNonNull(position, "position");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitBooleanLiteral(this, context);
    }

    @Override
    public String toString() {
        return value ? "TRUE" : "FALSE";
    }
}
