package dev.floe.sql.tree;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A type as written: {@code NUMBER(38,2)}, {@code VARCHAR(10)}, {@code TIMESTAMP_NTZ(9)},
 * {@code VARIANT}. The name is upper-cased; multi-word names are joined by one space
 * ({@code DOUBLE PRECISION}). The binder maps synonyms (STRING, INT, ...) to types.
 */
public record TypeName(SourcePosition position, String name, List<Integer> parameters) implements Node {
    public TypeName {
        Objects.requireNonNull(position, "position");
        name = name.toUpperCase(Locale.ROOT);
        parameters = List.copyOf(parameters);
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? name : name + "(" + Text.join(parameters, ",") + ")";
    }
}
