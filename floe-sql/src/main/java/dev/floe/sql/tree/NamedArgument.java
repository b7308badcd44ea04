package dev.floe.sql.tree;

import java.util.Objects;

/** {@code NAME => value} inside a function call. */
public record NamedArgument(SourcePosition position, Identifier name, Expression value) implements Node {
    public NamedArgument {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return name + " => " + value;
    }
}
