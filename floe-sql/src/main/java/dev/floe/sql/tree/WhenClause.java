package dev.floe.sql.tree;

import java.util.Objects;

/** {@code WHEN condition THEN result}; for a simple CASE the condition is the value compared to the operand. */
public record WhenClause(SourcePosition position, Expression condition, Expression result) implements Node {
    public WhenClause {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(result, "result");
    }

    @Override
    public String toString() {
        return "WHEN " + condition + " THEN " + result;
    }
}
