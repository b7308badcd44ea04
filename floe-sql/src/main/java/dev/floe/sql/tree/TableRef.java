package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** A table or view by name, with an optional alias. */
public record TableRef(SourcePosition position, QualifiedName name, Optional<Identifier> alias) implements Relation {
    public TableRef {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alias, "alias");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitTableRef(this, context);
    }

    @Override
    public String toString() {
        return name + Text.optional(" AS ", alias);
    }
}
