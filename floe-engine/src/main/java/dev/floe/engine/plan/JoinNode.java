package dev.floe.engine.plan;

import dev.floe.engine.expr.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Inner, left outer or cross join. Equi-join keys are split out ({@code leftKeys[i] = rightKeys[i]},
 * each over its own side); {@code residual} (may be null) is checked over the joined row.
 */
public record JoinNode(Kind kind, PlanNode left, PlanNode right, List<Expr> leftKeys, List<Expr> rightKeys,
                       Expr residual) implements PlanNode {

    public enum Kind { INNER, LEFT }

    public JoinNode {
        leftKeys = List.copyOf(leftKeys);
        rightKeys = List.copyOf(rightKeys);
    }

    @Override
    public List<Field> fields() {
        List<Field> f = new ArrayList<>(left.fields());
        for (Field r : right.fields()) {
            f.add(kind == Kind.LEFT ? new Field(r.qualifier(), r.name(), r.type(), true) : r);
        }
        return f;
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(left, right);
    }
}
