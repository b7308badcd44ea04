package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code ON kind name}, or {@code ON ACCOUNT} without a name. */
public record GrantOnObject(SourcePosition position, ObjectKind kind, Optional<QualifiedName> name) implements GrantTarget {
    public GrantOnObject {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if ((kind == ObjectKind.ACCOUNT) == name.isPresent()) {
            throw new IllegalArgumentException(kind == ObjectKind.ACCOUNT ? "ON ACCOUNT takes no name" : "ON " + kind + " needs a name");
        }
    }

    @Override
    public String toString() {
        return "ON " + kind + Text.optional(" ", name);
    }
}
