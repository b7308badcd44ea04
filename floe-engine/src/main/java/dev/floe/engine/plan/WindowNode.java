package dev.floe.engine.plan;

import java.util.ArrayList;
import java.util.List;

/** Window functions: outputs the input's columns followed by one column per call. */
public record WindowNode(PlanNode input, List<WindowCall> calls) implements PlanNode {

    public WindowNode {
        calls = List.copyOf(calls);
    }

    @Override
    public List<Field> fields() {
        List<Field> f = new ArrayList<>(input.fields());
        for (int i = 0; i < calls.size(); i++) {
            f.add(new Field(null, "$window" + i, calls.get(i).type(), true));
        }
        return f;
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }
}
