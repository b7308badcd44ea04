package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code e [NOT] LIKE|ILIKE pattern [ESCAPE esc]}; ILIKE sets {@code caseInsensitive}. */
public record Like(
        SourcePosition position,
        Expression operand,
        Expression pattern,
        Optional<Expression> escape,
        boolean negated,
        boolean caseInsensitive) implements Expression {

    public Like {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(escape, "escape");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitLike(this, context);
    }

    @Override
    public String toString() {
        return "(" + operand + Text.flag(negated, " NOT") + (caseInsensitive ? " ILIKE " : " LIKE ") + pattern
                + Text.optional(" ESCAPE ", escape) + ")";
    }
}
