package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code USE DATABASE|SCHEMA|WAREHOUSE|ROLE name}, or bare {@code USE name} (no kind), which
 * Snowflake reads as a database for {@code db} and a schema for {@code db.schema}.
 */
public record Use(SourcePosition position, Optional<ObjectKind> kind, QualifiedName name) implements Statement {
    public Use {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitUse(this, context);
    }

    @Override
    public String toString() {
        return "USE " + (kind.isPresent() ? kind.get() + " " : "") + name;
    }
}
