package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code name type [NOT NULL | NULL] [DEFAULT expr] [COMMENT 'text']}. */
public record ColumnDefinition(
        SourcePosition position,
        Identifier name,
        TypeName type,
        boolean notNull,
        Optional<Expression> defaultValue,
        Optional<String> comment) implements Node {

    public ColumnDefinition {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public String toString() {
        return name + " " + type + Text.flag(notNull, " NOT NULL") + Text.optional(" DEFAULT ", defaultValue)
                + (comment.isPresent() ? " COMMENT " + Text.quote(comment.get()) : "");
    }
}
