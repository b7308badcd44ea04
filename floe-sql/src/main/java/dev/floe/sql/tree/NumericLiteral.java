package dev.floe.sql.tree;

import java.util.Objects;

/**
 * A number exactly as written ({@code 42}, {@code 3.14}, {@code 1e-5}); the binder picks the
 * type (Snowflake: NUMBER for plain and decimal forms, FLOAT with an exponent). In property
 * values a leading minus sign is folded into the text.
 */
public record NumericLiteral(SourcePosition position, String text) implements Literal, PropertyValue {
    public NumericLiteral {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(text, "text");
    }

    /** True when written with an exponent, which makes it a FLOAT in Snowflake. */
    public boolean hasExponent() {
        return text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitNumericLiteral(this, context);
    }

    @Override
    public String toString() {
        return text;
    }
}
