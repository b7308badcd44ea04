package dev.floe.sql.tree;

import java.util.Objects;

/** {@code -e}, {@code +e} or {@code NOT e}. */
public record Unary(SourcePosition position, Operator operator, Expression operand) implements Expression {

    public enum Operator {
        MINUS("-"), PLUS("+"), NOT("NOT ");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }
    }

    public Unary {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitUnary(this, context);
    }

    @Override
    public String toString() {
        return "(" + operator.sql + operand + ")";
    }
}
