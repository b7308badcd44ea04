package dev.floe.sql.tree;

import java.util.Objects;

/** {@code a AND b}, {@code a OR b}. */
public record Logical(SourcePosition position, Operator operator, Expression left, Expression right)
        implements Expression {

    public enum Operator { AND, OR }

    public Logical {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitLogical(this, context);
    }

    @Override
    public String toString() {
        return "(" + left + " " + operator + " " + right + ")";
    }
}
