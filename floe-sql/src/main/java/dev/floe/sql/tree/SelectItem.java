package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** One entry of a select list: an expression (or {@link Star}, {@link QualifiedStar}) with an optional alias. */
public record SelectItem(SourcePosition position, Expression expression, Optional<Identifier> alias) implements Node {
    public SelectItem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(alias, "alias");
    }

    @Override
    public String toString() {
        return expression + Text.optional(" AS ", alias);
    }
}
