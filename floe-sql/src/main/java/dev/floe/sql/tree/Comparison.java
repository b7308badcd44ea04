package dev.floe.sql.tree;

import java.util.Objects;

/** {@code = != <> < <= > >=}; {@code <>} and {@code !=} are the same operator. */
public record Comparison(SourcePosition position, Operator operator, Expression left, Expression right)
        implements Expression {

    public enum Operator {
        EQUAL("="), NOT_EQUAL("!="), LESS_THAN("<"), LESS_THAN_OR_EQUAL("<="), GREATER_THAN(">"),
        GREATER_THAN_OR_EQUAL(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public Comparison {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitComparison(this, context);
    }

    @Override
    public String toString() {
        return "(" + left + " " + operator.symbol + " " + right + ")";
    }
}
