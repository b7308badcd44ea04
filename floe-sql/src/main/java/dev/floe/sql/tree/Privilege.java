package dev.floe.sql.tree;

import java.util.Locale;
import java.util.Objects;

/**
 * A privilege as its keywords joined by one space, upper-cased: {@code USAGE}, {@code SELECT},
 * {@code CREATE TABLE}, {@code OWNERSHIP}; {@code ALL [PRIVILEGES]} is {@code ALL}.
 */
public record Privilege(SourcePosition position, String name) implements Node {
    public Privilege {
        Objects.requireNonNull(position, "position");
        name = name.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
