package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code left [kind] JOIN right [ON cond | USING (cols)]}. {@code FROM a, b} is a CROSS join.
 * An INNER join without a condition is allowed (Snowflake treats it as a cross join).
 */
public record Join(
        SourcePosition position,
        Kind kind,
        Relation left,
        Relation right,
        Optional<Expression> on,
        List<Identifier> using) implements Relation {

    public enum Kind { INNER, LEFT, RIGHT, FULL, CROSS }

    public Join {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(on, "on");
        using = List.copyOf(using);
        if (on.isPresent() && !using.isEmpty()) {
            throw new IllegalArgumentException("a join has either ON or USING, not both");
        }
        if (kind == Kind.CROSS && (on.isPresent() || !using.isEmpty())) {
            throw new IllegalArgumentException("a CROSS join takes no condition");
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitJoin(this, context);
    }

    @Override
    public String toString() {
        return "(" + left + " " + kind + " JOIN " + right + Text.optional(" ON ", on)
                + (using.isEmpty() ? "" : " USING (" + Text.list(using) + ")") + ")";
    }
}
