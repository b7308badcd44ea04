package dev.floe.engine.plan;

import java.util.List;

/** Rows given as values (a FROM-less SELECT reads one row with no columns). */
public record ValuesNode(List<Field> fields, List<Object[]> rows) implements PlanNode {

    public ValuesNode {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of();
    }
}
