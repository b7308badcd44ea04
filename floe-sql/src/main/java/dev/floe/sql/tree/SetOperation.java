package dev.floe.sql.tree;

import java.util.Objects;

/**
 * {@code left UNION [ALL] right}, {@code left EXCEPT right} ({@code MINUS} is read as EXCEPT),
 * {@code left INTERSECT right}. {@code all} keeps duplicates and is only valid with UNION.
 */
public record SetOperation(SourcePosition position, Operator operator, boolean all, QueryBody left, QueryBody right)
        implements QueryBody {

    public enum Operator { UNION, EXCEPT, INTERSECT }

    public SetOperation {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (all && operator != Operator.UNION) {
            throw new IllegalArgumentException(operator + " ALL is not supported");
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitSetOperation(this, context);
    }

    @Override
    public String toString() {
        return "(" + left + " " + operator + Text.flag(all, " ALL") + " " + right + ")";
    }
}
