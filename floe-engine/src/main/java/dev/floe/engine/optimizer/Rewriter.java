package dev.floe.engine.optimizer;

import dev.floe.engine.plan.AggregateNode;
import dev.floe.engine.plan.FilterNode;
import dev.floe.engine.plan.JoinNode;
import dev.floe.engine.plan.LimitNode;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ProjectNode;
import dev.floe.engine.plan.ScanNode;
import dev.floe.engine.plan.SortNode;
import dev.floe.engine.plan.UnionNode;
import dev.floe.engine.plan.ValuesNode;
import dev.floe.engine.plan.WindowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Rebuilds a plan node over rewritten inputs, for rules that only care about some node kinds. */
final class Rewriter {
    private Rewriter() {
    }

    static PlanNode mapInputs(PlanNode node, UnaryOperator<PlanNode> rule) {
        if (node instanceof ScanNode || node instanceof ValuesNode) return node;
        if (node instanceof FilterNode) {
            FilterNode f = (FilterNode) node;
            return new FilterNode(rule.apply(f.input()), f.predicate());
        }
        if (node instanceof ProjectNode) {
            ProjectNode p = (ProjectNode) node;
            return new ProjectNode(rule.apply(p.input()), p.expressions(), p.fields());
        }
        if (node instanceof AggregateNode) {
            AggregateNode a = (AggregateNode) node;
            return new AggregateNode(rule.apply(a.input()), a.groupKeys(), a.aggregates(), a.fields());
        }
        if (node instanceof WindowNode) {
            WindowNode w = (WindowNode) node;
            return new WindowNode(rule.apply(w.input()), w.calls());
        }
        if (node instanceof SortNode) {
            SortNode s = (SortNode) node;
            return new SortNode(rule.apply(s.input()), s.keys(), s.keep());
        }
        if (node instanceof LimitNode) {
            LimitNode l = (LimitNode) node;
            return new LimitNode(rule.apply(l.input()), l.offset(), l.limit());
        }
        if (node instanceof JoinNode) {
            JoinNode j = (JoinNode) node;
            return new JoinNode(j.kind(), rule.apply(j.left()), rule.apply(j.right()), j.leftKeys(), j.rightKeys(), j.residual());
        }
        UnionNode u = (UnionNode) node;
        List<PlanNode> inputs = new ArrayList<>();
        for (PlanNode in : u.inputs()) inputs.add(rule.apply(in));
        return new UnionNode(inputs, u.fields());
    }
}
