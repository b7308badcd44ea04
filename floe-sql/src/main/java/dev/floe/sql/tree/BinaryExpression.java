package dev.floe.sql.tree;

import java.util.Objects;

/** Arithmetic ({@code + - * / %}) and string concatenation ({@code ||}). */
public record BinaryExpression(SourcePosition position, Operator operator, Expression left, Expression right)
        implements Expression {

    public enum Operator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), CONCAT("||");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public BinaryExpression {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitBinaryExpression(this, context);
    }

    @Override
    public String toString() {
        return "(" + left + " " + operator.symbol + " " + right + ")";
    }
}
