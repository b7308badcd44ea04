package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code ('a', 'b')} as a property value. */
public record PropertyList(SourcePosition position, List<PropertyValue> values) implements PropertyValue {
    public PropertyList {
        Objects.requireNonNull(position, "position");
        values = List.copyOf(values);
    }

    @Override
    public String toString() {
        return "(" + Text.list(values) + ")";
    }
}
