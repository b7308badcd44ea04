package dev.floe.sql.tree;

import java.util.Objects;

/** A column named by a possibly qualified name: {@code c}, {@code t.c}, {@code db.s.t.c}. */
public record ColumnRef(SourcePosition position, QualifiedName name) implements Expression {
    public ColumnRef {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitColumnRef(this, context);
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
