package dev.floe.sql.tree;

import java.util.Objects;

/**
 * {@code ON ALL|FUTURE kinds IN SCHEMA|DATABASE container}: every existing object of a kind
 * ({@code future} false) or every one created later ({@code future} true).
 */
public record GrantOnSchemaObjects(
        SourcePosition position,
        boolean future,
        ObjectKind objectKind,
        ObjectKind containerKind,
        QualifiedName container) implements GrantTarget {

    public GrantOnSchemaObjects {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(containerKind, "containerKind");
        Objects.requireNonNull(container, "container");
        if (containerKind != ObjectKind.SCHEMA && containerKind != ObjectKind.DATABASE) {
            throw new IllegalArgumentException("objects are granted IN SCHEMA or IN DATABASE, not " + containerKind);
        }
    }

    @Override
    public String toString() {
        return "ON " + (future ? "FUTURE " : "ALL ") + objectKind.plural() + " IN " + containerKind + " " + container;
    }
}
