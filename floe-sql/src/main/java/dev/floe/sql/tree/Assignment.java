package dev.floe.sql.tree;

import java.util.Objects;

/** {@code column = value} in UPDATE ... SET. */
public record Assignment(SourcePosition position, Identifier column, Expression value) implements Node {
    public Assignment {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return column + " = " + value;
    }
}
