package dev.floe.engine.plan;

import dev.floe.engine.expr.Expr;
import java.util.List;

/** Keeps the rows for which the predicate is TRUE. */
public record FilterNode(PlanNode input, Expr predicate) implements PlanNode {

    @Override
    public List<Field> fields() {
        return input.fields();
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }
}
