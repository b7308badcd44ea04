package dev.floe.engine.optimizer;

import dev.floe.engine.analyzer.ColumnShift;
import dev.floe.engine.exec.SortKey;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.plan.AggregateNode;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.FilterNode;
import dev.floe.engine.plan.JoinNode;
import dev.floe.engine.plan.LimitNode;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ProjectNode;
import dev.floe.engine.plan.ScanNode;
import dev.floe.engine.plan.SortNode;
import dev.floe.engine.plan.WindowCall;
import dev.floe.engine.plan.WindowNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Projection push-down: each table scan reads only the columns some operator above it uses
 * (a query on device_id and timestamp never decodes the VARIANT column). Nodes whose output
 * shrinks report how their columns moved, and the nodes above renumber their references.
 */
final class PruneScanColumns {
    private PruneScanColumns() {
    }

    /** A rewritten node and, for each of the old node's output columns, its new position (-1 if dropped). */
    private record Result(PlanNode node, int[] mapping) {
    }

    static PlanNode apply(PlanNode root) {
        BitSet all = new BitSet();
        all.set(0, root.fields().size());
        Result r = prune(root, all);
        if (r.node().fields().size() == root.fields().size()) {
            return r.node();
        }
        throw new IllegalStateException("column pruning changed the root's columns");
    }

    private static Result prune(PlanNode node, BitSet required) {
        if (node instanceof ScanNode) return pruneScan((ScanNode) node, required);
        if (node instanceof FilterNode) {
            FilterNode f = (FilterNode) node;
            BitSet need = (BitSet) required.clone();
            need.or(columns(List.of(f.predicate())));
            Result in = prune(f.input(), need);
            return new Result(new FilterNode(in.node(), remap(f.predicate(), in.mapping())), in.mapping());
        }
        if (node instanceof ProjectNode) {
            ProjectNode p = (ProjectNode) node;
            Result in = prune(p.input(), columns(p.expressions()));
            return new Result(new ProjectNode(in.node(), remapAll(p.expressions(), in.mapping()), p.fields()), identity(p.fields().size()));
        }
        if (node instanceof AggregateNode) {
            AggregateNode a = (AggregateNode) node;
            List<Expr> used = new ArrayList<>(a.groupKeys());
            for (AggregateNode.Call c : a.aggregates()) used.addAll(c.args());
            Result in = prune(a.input(), columns(used));
            List<AggregateNode.Call> calls = new ArrayList<>();
            for (AggregateNode.Call c : a.aggregates()) calls.add(new AggregateNode.Call(c.function(), remapAll(c.args(), in.mapping())));
            return new Result(new AggregateNode(in.node(), remapAll(a.groupKeys(), in.mapping()), calls, a.fields()),
                    identity(a.fields().size()));
        }
        if (node instanceof WindowNode) {
            WindowNode w = (WindowNode) node;
            int width = w.input().fields().size();
            BitSet need = required.get(0, width);
            for (WindowCall c : w.calls()) need.or(columns(c.expressions()));
            Result in = prune(w.input(), need);
            List<WindowCall> calls = new ArrayList<>();
            for (WindowCall c : w.calls()) calls.add(c.withExpressions(remapAll(c.expressions(), in.mapping())));
            int newWidth = in.node().fields().size();
            int[] mapping = new int[width + calls.size()];
            System.arraycopy(in.mapping(), 0, mapping, 0, width);
            for (int i = 0; i < calls.size(); i++) mapping[width + i] = newWidth + i;
            return new Result(new WindowNode(in.node(), calls), mapping);
        }
        if (node instanceof SortNode) {
            SortNode s = (SortNode) node;
            BitSet need = (BitSet) required.clone();
            for (SortKey k : s.keys()) need.set(k.column());
            Result in = prune(s.input(), need);
            List<SortKey> keys = new ArrayList<>();
            for (SortKey k : s.keys()) keys.add(new SortKey(in.mapping()[k.column()], k.type(), k.descending(), k.nullsFirst()));
            return new Result(new SortNode(in.node(), keys, s.keep()), in.mapping());
        }
        if (node instanceof LimitNode) {
            LimitNode l = (LimitNode) node;
            Result in = prune(l.input(), required);
            return new Result(new LimitNode(in.node(), l.offset(), l.limit()), in.mapping());
        }
        if (node instanceof JoinNode) return pruneJoin((JoinNode) node, required);
        // Unions and VALUES keep every column.
        return new Result(Rewriter.mapInputs(node, PruneScanColumns::apply), identity(node.fields().size()));
    }

    private static Result pruneScan(ScanNode s, BitSet required) {
        BitSet need = (BitSet) required.clone();
        if (s.predicate() != null) need.or(columns(List.of(s.predicate())));
        int plain = s.columns().length;
        int width = plain + s.paths().size();
        if (need.isEmpty() && width > 0) {
            need.set(0); // a scan must still produce rows, e.g. for COUNT(*)
        }
        int[] mapping = new int[width];
        List<Integer> columns = new ArrayList<>();
        List<dev.floe.engine.plan.PathColumn> paths = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < width; i++) {
            if (!need.get(i)) {
                mapping[i] = -1;
                continue;
            }
            mapping[i] = next++;
            fields.add(s.fields().get(i));
            if (i < plain) columns.add(s.columns()[i]);
            else paths.add(s.paths().get(i - plain));
        }
        // Plain columns come first in a scan's output; kept path columns follow them.
        int[] kept = new int[columns.size()];
        for (int i = 0; i < kept.length; i++) kept[i] = columns.get(i);
        Expr predicate = s.predicate() == null ? null : remap(s.predicate(), mapping);
        return new Result(new ScanNode(s.table(), kept, paths, fields, predicate, s.ranges()), mapping);
    }

    private static Result pruneJoin(JoinNode j, BitSet required) {
        int leftWidth = j.left().fields().size();
        BitSet need = (BitSet) required.clone();
        if (j.residual() != null) need.or(columns(List.of(j.residual())));
        BitSet leftNeed = need.get(0, leftWidth);
        leftNeed.or(columns(j.leftKeys()));
        BitSet rightNeed = need.get(leftWidth, leftWidth + j.right().fields().size());
        rightNeed.or(columns(j.rightKeys()));
        Result left = prune(j.left(), leftNeed);
        Result right = prune(j.right(), rightNeed);
        int newLeftWidth = left.node().fields().size();
        int[] mapping = new int[leftWidth + j.right().fields().size()];
        for (int i = 0; i < leftWidth; i++) mapping[i] = left.mapping()[i];
        for (int i = 0; i < right.mapping().length; i++) {
            int m = right.mapping()[i];
            mapping[leftWidth + i] = m < 0 ? -1 : newLeftWidth + m;
        }
        Expr residual = j.residual() == null ? null : remap(j.residual(), mapping);
        JoinNode pruned = new JoinNode(j.kind(), left.node(), right.node(), remapAll(j.leftKeys(), left.mapping()),
                remapAll(j.rightKeys(), right.mapping()), residual);
        return new Result(pruned, mapping);
    }

    private static BitSet columns(List<Expr> exprs) {
        BitSet used = new BitSet();
        for (Expr e : exprs) ColumnShift.visitColumns(e, c -> used.set(c.index()));
        return used;
    }

    private static Expr remap(Expr e, int[] mapping) {
        return ColumnShift.remap(e, i -> mapping[i]);
    }

    private static List<Expr> remapAll(List<Expr> exprs, int[] mapping) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) out.add(remap(e, mapping));
        return out;
    }

    private static int[] identity(int n) {
        int[] m = new int[n];
        for (int i = 0; i < n; i++) m[i] = i;
        return m;
    }
}
