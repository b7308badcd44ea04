package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/**
 * Where SHOW looks: {@code IN ACCOUNT}, {@code IN DATABASE [db]}, {@code IN SCHEMA [db.s]},
 * {@code IN TABLE t}; for grants {@code TO ROLE r}, {@code TO USER u}, {@code ON TABLE t},
 * {@code OF ROLE r}. Without a name, DATABASE and SCHEMA mean the current one.
 */
public record ShowScope(SourcePosition position, Preposition preposition, ObjectKind kind, Optional<QualifiedName> name)
        implements Node {

    public enum Preposition { IN, ON, TO, OF }

    public ShowScope {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(preposition, "preposition");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return preposition + " " + kind + Text.optional(" ", name);
    }
}
