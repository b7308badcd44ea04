package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code DESCRIBE|DESC [TABLE|PIPE|WAREHOUSE|USER|...] name}; a bare name means a table. */
public record Describe(SourcePosition position, Optional<ObjectKind> kind, QualifiedName name) implements Statement {
    public Describe {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitDescribe(this, context);
    }

    @Override
    public String toString() {
        return "DESCRIBE " + (kind.isPresent() ? kind.get() + " " : "") + name;
    }
}
