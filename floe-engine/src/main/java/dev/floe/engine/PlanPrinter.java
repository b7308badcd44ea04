package dev.floe.engine;

import dev.floe.engine.plan.AggregateNode;
import dev.floe.engine.plan.FilterNode;
import dev.floe.engine.plan.JoinNode;
import dev.floe.engine.plan.LimitNode;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ProjectNode;
import dev.floe.engine.plan.ScanNode;
import dev.floe.engine.plan.SortNode;
import java.util.List;

/** EXPLAIN output: one line per plan node, indented by depth. */
final class PlanPrinter {
    private PlanPrinter() {
    }

    static void print(PlanNode node, int depth, List<Object[]> out) {
        out.add(new Object[] {"  ".repeat(depth) + describe(node)});
        for (PlanNode input : node.inputs()) print(input, depth + 1, out);
    }

    private static String describe(PlanNode node) {
        if (node instanceof ScanNode) {
            ScanNode s = (ScanNode) node;
            return "TableScan " + s.table().name() + " columns=" + s.columns().length
                    + (s.paths().isEmpty() ? "" : " paths=" + s.paths())
                    + (s.predicate() == null ? "" : " filter=" + s.predicate()) + (s.ranges().isEmpty() ? "" : " ranges=" + s.ranges().size());
        }
        if (node instanceof FilterNode) return "Filter " + ((FilterNode) node).predicate();
        if (node instanceof ProjectNode) return "Project " + ((ProjectNode) node).expressions();
        if (node instanceof AggregateNode) {
            AggregateNode a = (AggregateNode) node;
            return "Aggregate keys=" + a.groupKeys() + " aggregates=" + a.aggregates().size();
        }
        if (node instanceof dev.floe.engine.plan.WindowNode) {
            return "Window calls=" + ((dev.floe.engine.plan.WindowNode) node).calls().size();
        }
        if (node instanceof SortNode) return "Sort " + ((SortNode) node).keys();
        if (node instanceof LimitNode) return "Limit " + ((LimitNode) node).limit() + " offset " + ((LimitNode) node).offset();
        if (node instanceof JoinNode) return "Join " + ((JoinNode) node).kind() + " keys=" + ((JoinNode) node).leftKeys();
        return node.getClass().getSimpleName().replace("Node", "");
    }
}
