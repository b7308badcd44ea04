package dev.floe.engine.plan;

import dev.floe.engine.exec.SortKey;
import java.util.List;

/** ORDER BY over input columns; {@code keep} bounds the rows wanted (offset + limit) or is MAX_VALUE. */
public record SortNode(PlanNode input, List<SortKey> keys, long keep) implements PlanNode {

    public SortNode {
        keys = List.copyOf(keys);
    }

    @Override
    public List<Field> fields() {
        return input.fields();
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }
}
