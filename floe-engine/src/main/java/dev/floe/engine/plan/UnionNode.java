package dev.floe.engine.plan;

import java.util.List;

/** UNION ALL of inputs whose columns the binder already cast to common types. */
public record UnionNode(List<PlanNode> inputs, List<Field> fields) implements PlanNode {

    public UnionNode {
        inputs = List.copyOf(inputs);
        fields = List.copyOf(fields);
    }
}
