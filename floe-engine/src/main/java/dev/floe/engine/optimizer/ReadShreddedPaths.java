package dev.floe.engine.optimizer;

import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.function.VariantPathExpr;
import dev.floe.engine.plan.AggregateNode;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.PathColumn;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ProjectNode;
import dev.floe.engine.plan.ScanNode;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import dev.floe.types.variant.ScalarCast;
import dev.floe.types.variant.VariantPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code variant_column:path::TYPE} right above a scan into a column the scan reads itself,
 * so that segments which shredded the path serve it from a typed sub-column and JSON is never
 * parsed: {@code location:building::STRING} reads a dictionary column.
 */
final class ReadShreddedPaths {
    private ReadShreddedPaths() {
    }

    static PlanNode apply(PlanNode node) {
        PlanNode n = Rewriter.mapInputs(node, ReadShreddedPaths::apply);
        if (n instanceof ScanNode && ((ScanNode) n).predicate() != null) {
            ScanNode s = (ScanNode) n;
            Extractor x = new Extractor(s);
            Expr predicate = x.rewrite(s.predicate());
            return x.scan().withPredicate(predicate, s.ranges());
        }
        if (n instanceof ProjectNode && ((ProjectNode) n).input() instanceof ScanNode) {
            ProjectNode p = (ProjectNode) n;
            Extractor x = new Extractor((ScanNode) p.input());
            List<Expr> exprs = x.rewriteAll(p.expressions());
            return new ProjectNode(x.scan(), exprs, p.fields());
        }
        if (n instanceof AggregateNode && ((AggregateNode) n).input() instanceof ScanNode) {
            AggregateNode a = (AggregateNode) n;
            Extractor x = new Extractor((ScanNode) a.input());
            List<Expr> keys = x.rewriteAll(a.groupKeys());
            List<AggregateNode.Call> calls = new ArrayList<>();
            for (AggregateNode.Call c : a.aggregates()) calls.add(new AggregateNode.Call(c.function(), x.rewriteAll(c.args())));
            return new AggregateNode(x.scan(), keys, calls, a.fields());
        }
        return n;
    }

    /** Collects path columns for one scan while rewriting the expressions above it. */
    private static final class Extractor {
        private final ScanNode original;
        private final List<PathColumn> paths;
        private final List<Field> fields;

        Extractor(ScanNode scan) {
            this.original = scan;
            this.paths = new ArrayList<>(scan.paths());
            this.fields = new ArrayList<>(scan.fields());
        }

        List<Expr> rewriteAll(List<Expr> exprs) {
            List<Expr> out = new ArrayList<>(exprs.size());
            for (Expr e : exprs) out.add(rewrite(e));
            return out;
        }

        Expr rewrite(Expr e) {
            PathColumn path = match(e);
            if (path != null) {
                int index = paths.indexOf(path);
                if (index < 0) {
                    paths.add(path);
                    fields.add(new Field(null, e.toString(), path.type(), true));
                    index = paths.size() - 1;
                }
                return new ColumnExpr(original.columns().length + index, path.type(), e.toString());
            }
            List<Expr> children = e.children();
            if (children.isEmpty()) return e;
            List<Expr> rewritten = rewriteAll(children);
            return rewritten.equals(children) ? e : e.withChildren(rewritten);
        }

        private PathColumn match(Expr e) {
            if (!(e instanceof CastExpr) || ((CastExpr) e).isTry()) return null;
            Expr operand = ((CastExpr) e).operand();
            if (!(operand instanceof VariantPathExpr)) return null;
            VariantPathExpr pathExpr = (VariantPathExpr) operand;
            if (!(pathExpr.base() instanceof ColumnExpr)) return null;
            int scanColumn = ((ColumnExpr) pathExpr.base()).index();
            if (scanColumn >= original.columns().length) return null;
            ScalarCast cast = scalarCast(e.type());
            VariantPath path = pathExpr.path();
            if (cast == null || !onlyFields(path)) return null;
            return new PathColumn(original.columns()[scanColumn], path, cast, e.type());
        }

        ScanNode scan() {
            return new ScanNode(original.table(), original.columns(), paths, fields, original.predicate(), original.ranges());
        }
    }

    /** The shreddable cast a target type means, or null: only the types a sub-column holds exactly. */
    private static ScalarCast scalarCast(SqlType t) {
        if (t.kind() == TypeKind.VARCHAR && t.precision() == SqlType.VARCHAR.precision()) return ScalarCast.STRING;
        if (t.kind() == TypeKind.NUMBER && t.scale() == 0 && t.precision() >= SqlType.MAX_EXACT_DIGITS) return ScalarCast.INTEGER;
        if (t.kind() == TypeKind.FLOAT) return ScalarCast.FLOAT;
        if (t.kind() == TypeKind.BOOLEAN) return ScalarCast.BOOLEAN;
        return null;
    }

    private static boolean onlyFields(VariantPath path) {
        for (Object element : path.elements()) {
            if (!(element instanceof String)) return false;
        }
        return !path.elements().isEmpty();
    }
}
