package dev.floe.sql.tree;

import java.util.Locale;
import java.util.Objects;

/** A name as written: {@code text} is the characters between the quotes for a quoted identifier. */
public record Identifier(SourcePosition position, String text, boolean quoted) implements Node {
    public Identifier {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("identifier must not be empty");
        }
    }

    /** Snowflake resolution: unquoted identifiers are upper-cased, quoted ones are kept exactly. */
    public String canonical() {
        return quoted ? text : text.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
