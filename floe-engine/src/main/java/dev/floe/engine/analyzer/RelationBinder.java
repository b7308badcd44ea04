package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.ComparisonExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.LogicalExpr;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.JoinNode;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ProjectNode;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.Join;
import dev.floe.sql.tree.Relation;
import dev.floe.sql.tree.SubqueryRelation;
import dev.floe.sql.tree.TableFunction;
import dev.floe.sql.tree.TableRef;
import java.util.ArrayList;
import java.util.List;

/** Binds a FROM clause: tables, CTE references, subqueries and joins (equi-keys split from the residual). */
final class RelationBinder {
    private final QueryBinder queries;
    private final BindContext ctx;

    RelationBinder(QueryBinder queries, BindContext ctx) {
        this.queries = queries;
        this.ctx = ctx;
    }

    PlanNode bind(Relation relation) {
        if (relation instanceof TableRef) {
            TableRef t = (TableRef) relation;
            return queries.scanOrCte(t.name(), t.alias().map(Identifier::canonical).orElse(null));
        }
        if (relation instanceof SubqueryRelation) {
            SubqueryRelation s = (SubqueryRelation) relation;
            PlanNode plan = queries.bind(s.query());
            if (!s.columnAliases().isEmpty()) {
                return QueryBinder.renameColumns(plan, s.columnAliases(), s.alias().get().canonical());
            }
            return s.alias().isPresent() ? QueryBinder.requalify(plan, s.alias().get().canonical()) : plan;
        }
        if (relation instanceof Join) {
            return bindJoin((Join) relation);
        }
        TableFunction f = (TableFunction) relation;
        PlanNode rows = queries.tables().tableFunction(f.call());
        return f.alias().isPresent() ? QueryBinder.requalify(rows, f.alias().get().canonical()) : rows;
    }

    private PlanNode bindJoin(Join join) {
        Join.Kind kind = join.kind();
        if (kind == Join.Kind.FULL) {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "FULL OUTER JOIN is not supported yet");
        }
        PlanNode left = bind(join.left());
        PlanNode right = bind(join.right());
        if (kind == Join.Kind.RIGHT) {
            // a RIGHT JOIN b is b LEFT JOIN a with the columns put back in a, b order.
            PlanNode swapped = join(JoinNode.Kind.LEFT, right, left, join, true);
            return reorder(swapped, right.fields().size(), left.fields().size());
        }
        return join(kind == Join.Kind.LEFT ? JoinNode.Kind.LEFT : JoinNode.Kind.INNER, left, right, join, false);
    }

    private PlanNode join(JoinNode.Kind kind, PlanNode left, PlanNode right, Join join, boolean swapped) {
        List<Field> all = new ArrayList<>(left.fields());
        all.addAll(right.fields());
        Scope scope = new Scope(all);
        int leftWidth = left.fields().size();
        List<Expr> leftKeys = new ArrayList<>();
        List<Expr> rightKeys = new ArrayList<>();
        List<Expr> residual = new ArrayList<>();
        if (!join.using().isEmpty()) {
            Scope leftScope = new Scope(left.fields());
            Scope rightScope = new Scope(right.fields());
            for (Identifier id : join.using()) {
                int l = leftScope.resolve(null, id.canonical());
                int r = rightScope.resolve(null, id.canonical());
                if (l < 0 || r < 0) {
                    throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "invalid identifier '" + id.canonical() + "'");
                }
                Expr eq = TypeCoercion.comparison(ComparisonExpr.Op.EQ,
                        new ColumnExpr(l, left.fields().get(l).type(), id.canonical()),
                        new ColumnExpr(leftWidth + r, right.fields().get(r).type(), id.canonical()), ctx.timeZone());
                split(eq, leftWidth, leftKeys, rightKeys, residual);
            }
        } else if (join.on().isPresent()) {
            Expr on = new ExpressionBinder(scope, ctx, null, null).bindPredicate(join.on().get());
            split(on, leftWidth, leftKeys, rightKeys, residual);
        }
        Expr rest = residual.isEmpty() ? null : residual.size() == 1 ? residual.get(0) : new LogicalExpr(LogicalExpr.Op.AND, residual);
        JoinNode node = new JoinNode(kind, left, right, leftKeys, rightKeys, rest);
        return join.using().isEmpty() ? node : hideUsingDuplicates(node, leftWidth, join.using());
    }

    /** After {@code JOIN ... USING (c)}, an unqualified {@code c} and {@code *} mean the left side's column. */
    private static PlanNode hideUsingDuplicates(JoinNode join, int leftWidth, List<Identifier> using) {
        List<Field> fields = new ArrayList<>();
        List<Expr> exprs = new ArrayList<>();
        List<Field> in = join.fields();
        for (int i = 0; i < in.size(); i++) {
            Field f = in.get(i);
            boolean duplicate = false;
            for (Identifier id : using) duplicate |= i >= leftWidth && f.name().equals(id.canonical());
            fields.add(duplicate ? f.asHidden() : f);
            exprs.add(new ColumnExpr(i, f.type(), f.name()));
        }
        return new ProjectNode(join, exprs, fields);
    }

    /** Sorts the conjuncts of a join condition into equi-keys (one side each) and the rest. */
    private static void split(Expr condition, int leftWidth, List<Expr> leftKeys, List<Expr> rightKeys, List<Expr> residual) {
        if (condition instanceof LogicalExpr && ((LogicalExpr) condition).op() == LogicalExpr.Op.AND) {
            for (Expr c : condition.children()) split(c, leftWidth, leftKeys, rightKeys, residual);
            return;
        }
        if (condition instanceof ComparisonExpr && ((ComparisonExpr) condition).op() == ComparisonExpr.Op.EQ) {
            ComparisonExpr eq = (ComparisonExpr) condition;
            int a = side(eq.left(), leftWidth);
            int b = side(eq.right(), leftWidth);
            if (a == 1 && b == 2) {
                leftKeys.add(eq.left());
                rightKeys.add(ColumnShift.shift(eq.right(), -leftWidth));
                return;
            }
            if (a == 2 && b == 1) {
                leftKeys.add(eq.right());
                rightKeys.add(ColumnShift.shift(eq.left(), -leftWidth));
                return;
            }
        }
        residual.add(condition);
    }

    /** 1 when the expression reads only left columns, 2 only right, 0 otherwise. */
    private static int side(Expr e, int leftWidth) {
        int[] seen = new int[3];
        ColumnShift.visitColumns(e, c -> seen[c.index() < leftWidth ? 1 : 2]++);
        if (seen[1] > 0 && seen[2] == 0) return 1;
        if (seen[2] > 0 && seen[1] == 0) return 2;
        return 0;
    }

    private static PlanNode reorder(PlanNode swapped, int firstWidth, int secondWidth) {
        List<Expr> exprs = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        List<Field> in = swapped.fields();
        for (int i = 0; i < secondWidth; i++) {
            Field f = in.get(firstWidth + i);
            exprs.add(new ColumnExpr(firstWidth + i, f.type(), f.name()));
            fields.add(f);
        }
        for (int i = 0; i < firstWidth; i++) {
            Field f = in.get(i);
            exprs.add(new ColumnExpr(i, f.type(), f.name()));
            fields.add(f);
        }
        return new ProjectNode(swapped, exprs, fields);
    }
}
