package dev.floe.sql.tree;

import java.util.Objects;

/** {@code t.*}: every column of one relation. */
public record QualifiedStar(SourcePosition position, QualifiedName qualifier) implements Expression {
    public QualifiedStar {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitQualifiedStar(this, context);
    }

    @Override
    public String toString() {
        return qualifier + ".*";
    }
}
