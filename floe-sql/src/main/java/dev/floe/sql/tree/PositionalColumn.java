package dev.floe.sql.tree;

import java.util.Objects;

/** {@code $1}: a column of the source by 1-based position, as pipes' COPY transforms use. */
public record PositionalColumn(SourcePosition position, int index) implements Expression {
    public PositionalColumn {
        Objects.requireNonNull(position, "position");
        if (index < 1) {
            throw new IllegalArgumentException("positional column must be at least 1, got " + index);
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitPositionalColumn(this, context);
    }

    @Override
    public String toString() {
        return "$" + index;
    }
}
