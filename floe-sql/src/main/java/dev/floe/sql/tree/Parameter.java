package dev.floe.sql.tree;

import java.util.Objects;

/**
 * A bind variable: {@code ?} (numbered by order of appearance) or {@code :n}; {@code index}
 * is 1-based in both cases.
 */
public record Parameter(SourcePosition position, int index) implements Expression {
    public Parameter {
        Objects.requireNonNull(position, "position");
        if (index < 1) {
            throw new IllegalArgumentException("bind variable index must be at least 1, got " + index);
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitParameter(this, context);
    }

    @Override
    public String toString() {
        return ":" + index;
    }
}
