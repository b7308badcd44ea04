package dev.floe.engine.plan;

import dev.floe.engine.expr.Expr;
import java.util.List;

/** Computes one output column per expression. */
public record ProjectNode(PlanNode input, List<Expr> expressions, List<Field> fields) implements PlanNode {

    public ProjectNode {
        expressions = List.copyOf(expressions);
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }
}
