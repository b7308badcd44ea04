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
import dev.floe.engine.expr.Expr;
import dev.floe.storage.SegmentView;
import dev.floe.storage.Snapshot;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/** Turns an optimized logical plan into a tree of operators over table snapshots. */
public final class Planner {
    /** Below this many rows a GROUP BY runs on the calling thread: splitting would cost more than it saves. */
    static final long PARALLEL_MIN_ROWS = 100_000;

    private final Function<TableDef, Snapshot> snapshots;
    private final EvalContext ctx;
    private final ScanStats stats;
    private final ExecutorService workers;
    private final int parallelism;

    /**
     * {@code snapshots} gives the snapshot a statement reads of each table (the same one for every
     * scan of it); {@code workers} (may be null) runs parts of a GROUP BY in parallel.
     */
    public Planner(Function<TableDef, Snapshot> snapshots, EvalContext ctx, ScanStats stats, ExecutorService workers,
                   int parallelism) {
        this.snapshots = snapshots;
        this.ctx = ctx;
        this.stats = stats;
        this.workers = workers;
        this.parallelism = parallelism;
    }

    public Operator plan(PlanNode node) {
        if (node instanceof ScanNode) {
            ScanNode s = (ScanNode) node;
            return scan(s, snapshots.apply(s.table()).segments(), false);
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
            Operator parallel = parallelAggregate(a, calls);
            return parallel != null ? parallel : new HashAggregateOperator(plan(a.input()), a.groupKeys(), calls, ctx);
        }
        if (node instanceof WindowNode) {
            WindowNode w = (WindowNode) node;
            return new WindowOperator(plan(w.input()), w.calls(), ctx);
        }
        if (node instanceof SortNode) {
            SortNode s = (SortNode) node;
            Operator bestFirst = bestFirstTopN(s);
            return bestFirst != null ? bestFirst : new SortOperator(plan(s.input()), s.keys(), s.keep());
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

    /**
     * A top-N (ORDER BY x LIMIT n) whose first key is a plain column of a table scan below only
     * filters and projections: the scan reads blocks best-first on that column and the top-N
     * stops early. Null when the plan does not qualify.
     */
    private Operator bestFirstTopN(SortNode sort) {
        if (sort.keep() == Long.MAX_VALUE) return null;
        SortKey first = sort.keys().get(0);
        int column = first.column();
        List<PlanNode> chain = new ArrayList<>();
        PlanNode n = sort.input();
        while (n instanceof FilterNode || n instanceof ProjectNode) {
            if (n instanceof ProjectNode) {
                Expr e = ((ProjectNode) n).expressions().get(column);
                if (!(e instanceof dev.floe.engine.expr.ColumnExpr)) return null;
                column = ((dev.floe.engine.expr.ColumnExpr) e).index();
            }
            chain.add(n);
            n = n.inputs().get(0);
        }
        if (!(n instanceof ScanNode)) return null;
        ScanNode scan = (ScanNode) n;
        if (column >= scan.columns().length) return null;
        BlockReader reader = new BlockReader(scan.columns(), scan.paths(), types(scan.fields()), stats, ctx);
        OrderedBlockScanOperator blocks = OrderedBlockScanOperator.create(snapshots.apply(scan.table()).segments(),
                scan.columns()[column], first.descending(), scan.ranges(), reader, types(scan.fields()), stats);
        if (blocks == null) return null;
        Operator op = scan.predicate() == null ? blocks : new FilterOperator(blocks, scan.predicate(), ctx);
        for (int i = chain.size() - 1; i >= 0; i--) {
            PlanNode c = chain.get(i);
            op = c instanceof FilterNode
                    ? new FilterOperator(op, ((FilterNode) c).predicate(), ctx)
                    : new ProjectOperator(op, ((ProjectNode) c).expressions(), ctx);
        }
        return new SortOperator(op, sort.keys(), sort.keep(), blocks);
    }

    private Operator scan(ScanNode s, List<SegmentView> segments, boolean ownExpressions) {
        Operator scan = new TableScanOperator(segments, s.columns(), s.paths(), types(s.fields()), s.ranges(), stats, ctx);
        if (s.predicate() == null) return scan;
        return new FilterOperator(scan, ownExpressions ? s.predicate().copy() : s.predicate(), ctx);
    }

    /**
     * A GROUP BY over filters and projections of one table scan with enough rows in several
     * segments, split over the worker threads; null when the plan does not qualify.
     */
    private Operator parallelAggregate(AggregateNode a, List<HashAggregateOperator.AggregateCall> calls) {
        if (workers == null || parallelism < 2) return null;
        List<PlanNode> chain = new ArrayList<>();
        PlanNode n = a.input();
        while (n instanceof FilterNode || n instanceof ProjectNode) {
            chain.add(n);
            n = n.inputs().get(0);
        }
        if (!(n instanceof ScanNode)) return null;
        ScanNode scan = (ScanNode) n;
        List<Expr> all = new ArrayList<>(a.groupKeys());
        for (HashAggregateOperator.AggregateCall c : calls) all.addAll(c.args());
        if (scan.predicate() != null) all.add(scan.predicate());
        for (PlanNode c : chain) {
            if (c instanceof FilterNode) all.add(((FilterNode) c).predicate());
            else all.addAll(((ProjectNode) c).expressions());
        }
        for (Expr e : all) {
            if (e.threadConfined()) return null;
        }
        List<SegmentView> segments = snapshots.apply(scan.table()).segments();
        long rows = 0;
        for (SegmentView s : segments) rows += s.rowCount();
        if (segments.size() < 2 || rows < PARALLEL_MIN_ROWS) return null;
        List<List<SegmentView>> parts = ParallelAggregateOperator.split(segments, parallelism);
        if (parts.size() < 2) return null;
        return new ParallelAggregateOperator(parts, part -> {
            Operator op = scan(scan, part, true);
            for (int i = chain.size() - 1; i >= 0; i--) {
                PlanNode c = chain.get(i);
                op = c instanceof FilterNode
                        ? new FilterOperator(op, ((FilterNode) c).predicate().copy(), ctx)
                        : new ProjectOperator(op, ParallelAggregateOperator.copies(((ProjectNode) c).expressions()), ctx);
            }
            return op;
        }, a.groupKeys(), calls, ctx, workers, stats);
    }

    private static List<SqlType> types(List<Field> fields) {
        List<SqlType> t = new ArrayList<>(fields.size());
        for (Field f : fields) t.add(f.type());
        return t;
    }
}
