package dev.floe.sql.tree;

import java.util.Objects;

public record NullLiteral(SourcePosition position) implements Literal, PropertyValue {
    public NullLiteral {
        Objects.requireNonNull(position, "position");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitNullLiteral(this, context);
    }

    @Override
    public String toString() {
        return "NULL";
    }
}
