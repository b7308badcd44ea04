package dev.floe.engine.plan;

import dev.floe.engine.exec.agg.AggregateFunction;
import dev.floe.engine.expr.Expr;
import java.util.List;

/** GROUP BY: outputs the group keys, then one column per aggregate. */
public record AggregateNode(PlanNode input, List<Expr> groupKeys, List<Call> aggregates, List<Field> fields)
        implements PlanNode {

    /** An aggregate and its argument expressions over the input. */
    public record Call(AggregateFunction function, List<Expr> args) {
        public Call {
            args = List.copyOf(args);
        }
    }

    public AggregateNode {
        groupKeys = List.copyOf(groupKeys);
        aggregates = List.copyOf(aggregates);
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }
}
