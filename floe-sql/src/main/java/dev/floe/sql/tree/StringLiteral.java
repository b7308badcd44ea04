package dev.floe.sql.tree;

import java.util.Objects;

/** A string constant with escapes already resolved. */
public record StringLiteral(SourcePosition position, String value) implements Literal, PropertyValue {
    public StringLiteral {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitStringLiteral(this, context);
    }

    @Override
    public String toString() {
        return Text.quote(value);
    }
}
