package dev.floe.sql.tree;

import java.util.Objects;

/** {@code INTERVAL '5 minutes'}: Snowflake writes the whole interval inside one string, parsed by the binder. */
public record IntervalLiteral(SourcePosition position, String text) implements Literal {
    public IntervalLiteral {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitIntervalLiteral(this, context);
    }

    @Override
    public String toString() {
        return "INTERVAL " + Text.quote(text);
    }
}
