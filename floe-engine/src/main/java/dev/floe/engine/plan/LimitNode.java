package dev.floe.engine.plan;

import java.util.List;

/** LIMIT / OFFSET. */
public record LimitNode(PlanNode input, long offset, long limit) implements PlanNode {

    @Override
    public List<Field> fields() {
        return input.fields();
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }
}
