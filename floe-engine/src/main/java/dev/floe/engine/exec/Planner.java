package dev.floe.engine.exec;

import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.plan.AggregateNode;
import dev.floe.engine.plan.Field;
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
import dev.floe.storage.Snapshot;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns an optimized logical plan into a tree of operators over table snapshots. */
public final class Planner {
    private final Function<TableDef, Snapshot> snapshots;
    private final EvalContext ctx;
    private final ScanStats stats;

    /** {@code snapshots} gives the snapshot a statement reads of each table (the same one for every scan of it). */
    public Planner(Function<TableDef, Snapshot> snapshots, EvalContext ctx, ScanStats stats) {
        this.snapshots = snapshots;
        this.ctx = ctx;
        this.stats = stats;
    }

    public Operator plan(PlanNode node) {
        if (node instanceof ScanNode) {
            ScanNode s = (ScanNode) node;
            Operator scan = new TableScanOperator(snapshots.apply(s.table()).segments(), s.columns(), s.paths(),
                    types(s.fields()), s.ranges(), stats, ctx);
            return s.predicate() == null ? scan : new FilterOperator(scan, s.predicate(), ctx);
        }
        if (node instanceof FilterNode) {
            FilterNode f = (FilterNode) node;
            return new FilterOperator(plan(f.input()), f.predicate(), ctx);
        }
        if (node instanceof ProjectNode) {
            ProjectNode p = (ProjectNode) node;
            return new ProjectOperator(plan(p.input()), p.expressions(), ctx);
        }
        if (node instanceof AggregateNode) {
            AggregateNode a = (AggregateNode) node;
            List<HashAggregateOperator.AggregateCall> calls = new ArrayList<>();
            for (AggregateNode.Call c : a.aggregates()) calls.add(new HashAggregateOperator.AggregateCall(c.function(), c.args()));
            return new HashAggregateOperator(plan(a.input()), a.groupKeys(), calls, ctx);
        }
        if (node instanceof WindowNode) {
            WindowNode w = (WindowNode) node;
            return new WindowOperator(plan(w.input()), w.calls(), ctx);
        }
        if (node instanceof SortNode) {
            SortNode s = (SortNode) node;
            return new SortOperator(plan(s.input()), s.keys(), s.keep());
        }
        if (node instanceof LimitNode) {
            LimitNode l = (LimitNode) node;
            return new LimitOperator(plan(l.input()), l.offset(), l.limit());
        }
        if (node instanceof JoinNode) {
            JoinNode j = (JoinNode) node;
            return new HashJoinOperator(plan(j.left()), plan(j.right()), j.leftKeys(), j.rightKeys(), j.residual(),
                    j.kind() == JoinNode.Kind.LEFT, ctx);
        }
        if (node instanceof UnionNode) {
            UnionNode u = (UnionNode) node;
            List<Operator> inputs = new ArrayList<>();
            for (PlanNode in : u.inputs()) inputs.add(plan(in));
            return new UnionAllOperator(inputs, types(u.fields()));
        }
        ValuesNode v = (ValuesNode) node;
        return new ValuesOperator(types(v.fields()), v.rows());
    }

    private static List<SqlType> types(List<Field> fields) {
        List<SqlType> t = new ArrayList<>(fields.size());
        for (Field f : fields) t.add(f.type());
        return t;
    }
}
