package dev.floe.sql.tree;

import java.util.Objects;

/** {@code NAME = value}. */
public record Property(SourcePosition position, Identifier name, PropertyValue value) implements Node {
    public Property {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return name + " = " + value;
    }
}
