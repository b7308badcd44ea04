package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/**
 * Traversal into semi-structured data: {@code col:a.b}, {@code col:"Quoted"}, {@code col['k']},
 * {@code col[0]}, {@code col:a[0].b}. Consecutive steps are collected into one node.
 */
public record VariantPath(SourcePosition position, Expression base, List<PathElement> elements) implements Expression {
    public VariantPath {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(base, "base");
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least one element");
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitVariantPath(this, context);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(base.toString());
        for (int i = 0; i < elements.size(); i++) {
            PathElement element = elements.get(i);
            if (element instanceof PathElement.Field) {
                text.append(i == 0 ? ':' : '.');
            }
            text.append(element);
        }
        return text.toString();
    }
}
