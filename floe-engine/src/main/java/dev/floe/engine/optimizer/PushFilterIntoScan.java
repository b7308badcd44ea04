package dev.floe.engine.optimizer;

import dev.floe.engine.exec.ColumnRange;
import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.ComparisonExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.LogicalExpr;
import dev.floe.engine.plan.FilterNode;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ScanNode;
import dev.floe.types.PhysicalType;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a filter that sits right on a table scan into the scan, and derives zone-map ranges from
 * its conjuncts of the form {@code column <op> constant}, so that segments and blocks that cannot
 * hold a matching row are never read. The filter itself still runs on the rows that are read.
 */
final class PushFilterIntoScan {
    private PushFilterIntoScan() {
    }

    static PlanNode apply(PlanNode node) {
        if (node instanceof FilterNode) {
            FilterNode f = (FilterNode) node;
            PlanNode input = apply(f.input());
            if (input instanceof ScanNode && ((ScanNode) input).predicate() == null) {
                ScanNode s = (ScanNode) input;
                List<ColumnRange> ranges = new ArrayList<>();
                collectRanges(f.predicate(), s, ranges);
                return s.withPredicate(f.predicate(), ranges);
            }
            return new FilterNode(input, f.predicate());
        }
        return Rewriter.mapInputs(node, PushFilterIntoScan::apply);
    }

    private static void collectRanges(Expr predicate, ScanNode scan, List<ColumnRange> out) {
        if (predicate instanceof LogicalExpr && ((LogicalExpr) predicate).op() == LogicalExpr.Op.AND) {
            for (Expr c : predicate.children()) collectRanges(c, scan, out);
            return;
        }
        if (!(predicate instanceof ComparisonExpr)) return;
        ComparisonExpr cmp = (ComparisonExpr) predicate;
        ComparisonExpr.Op op = cmp.op();
        Expr column = cmp.left();
        Expr constant = cmp.right();
        if (column instanceof ConstantExpr) {
            column = cmp.right();
            constant = cmp.left();
            op = op.flip();
        }
        if (!(column instanceof ColumnExpr) || !(constant instanceof ConstantExpr) || op == ComparisonExpr.Op.NE
                || ((ColumnExpr) column).index() >= scan.columns().length) return;
        Object value = ((ConstantExpr) constant).value();
        if (value == null) return;
        int tableColumn = scan.columns()[((ColumnExpr) column).index()];
        PhysicalType type = column.type().physical();
        if (type != PhysicalType.LONG && type != PhysicalType.DOUBLE && type != PhysicalType.STRING) return;
        switch (op) {
            case EQ: out.add(new ColumnRange(tableColumn, type, value, true, value, true)); break;
            case LT: out.add(new ColumnRange(tableColumn, type, null, false, value, false)); break;
            case LE: out.add(new ColumnRange(tableColumn, type, null, false, value, true)); break;
            case GT: out.add(new ColumnRange(tableColumn, type, value, false, null, false)); break;
            case GE: out.add(new ColumnRange(tableColumn, type, value, true, null, false)); break;
            default: break;
        }
    }
}
