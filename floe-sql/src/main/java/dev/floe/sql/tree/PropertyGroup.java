package dev.floe.sql.tree;

import java.util.Objects;

/** {@code (KEY = value ...)} as a property value, e.g. a COPY option's file format. */
public record PropertyGroup(SourcePosition position, Properties properties) implements PropertyValue {
    public PropertyGroup {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(properties, "properties");
    }

    @Override
    public String toString() {
        return "(" + properties + ")";
    }
}
