package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.exec.SortKey;
import dev.floe.engine.exec.agg.AggregateFunction;
import dev.floe.engine.exec.agg.Aggregates;
import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.plan.AggregateNode;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.FilterNode;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ProjectNode;
import dev.floe.engine.plan.SortNode;
import dev.floe.engine.plan.ValuesNode;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.OrderItem;
import dev.floe.sql.tree.QualifiedStar;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.SelectItem;
import dev.floe.sql.tree.Star;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds one SELECT block with its ORDER BY and LIMIT: FROM → WHERE → GROUP BY/aggregates →
 * HAVING → SELECT list → DISTINCT → ORDER BY (on output columns, or hidden extra ones) → LIMIT.
 * As in Snowflake, WHERE, GROUP BY, HAVING and later SELECT items may use SELECT-list aliases.
 */
final class SelectBinder {
    private final QueryBinder queries;
    private final QuerySpecification spec;
    private final BindContext ctx;

    SelectBinder(QueryBinder queries, QuerySpecification spec) {
        this.queries = queries;
        this.spec = spec;
        this.ctx = queries.context();
    }

    PlanNode bind(List<OrderItem> orderBy, long limit, long offset) {
        PlanNode plan = spec.from().isPresent()
                ? new RelationBinder(queries, ctx).bind(spec.from().get())
                : new ValuesNode(List.of(), List.<Object[]>of(new Object[0]));
        Scope from = new Scope(plan.fields());
        List<SelectItem> items = expandStars(spec.selectItems(), from);
        ExpressionBinder.AliasResolver aliases = new LateralAliases(items, from);
        if (spec.where().isPresent()) {
            Expr where = new ExpressionBinder(from, ctx, null, aliases).bindPredicate(spec.where().get());
            plan = new FilterNode(plan, where);
        }
        boolean aggregated = !spec.groupBy().isEmpty() || anyAggregate(items, orderBy);
        AggregationHook aggregation = null;
        if (aggregated) {
            aggregation = new AggregationHook(new ExpressionBinder(from, ctx, null, aliases));
            for (Expression g : spec.groupBy()) {
                aggregation.addKey(groupKeyExpression(g, items, from));
            }
        }
        WindowBinder windows = new WindowBinder(aggregation, ctx);
        // Above WHERE an alias may name an aggregate or a window call (HAVING cnt > 1, QUALIFY rn = 1),
        // so it binds with the output binder itself.
        OutputAliases outputAliases = new OutputAliases(items);
        ExpressionBinder outputBinder = new ExpressionBinder(from, ctx, windows, outputAliases);
        outputAliases.binder = outputBinder;
        windows.bindWith(outputBinder);
        List<Expr> selectExprs = bindAll(outputBinder, items);
        Expr having = null;
        if (spec.having().isPresent()) {
            if (!aggregated) {
                throw FloeException.compilation(ErrorCode.NOT_GROUPED, "HAVING needs GROUP BY or an aggregate function");
            }
            having = outputBinder.bindPredicate(spec.having().get());
        }
        Expr qualify = spec.qualify().isPresent() ? outputBinder.bindPredicate(spec.qualify().get()) : null;
        List<OrderTerm> order = bindOrder(orderBy, items, selectExprs, outputBinder);
        if (aggregated) {
            plan = aggregation.node(plan);
            if (having != null) plan = new FilterNode(plan, having);
        }
        if (windows.hasCalls()) {
            int width = plan.fields().size();
            plan = windows.node(plan);
            selectExprs = renumberAll(selectExprs, width);
            List<OrderTerm> renumbered = new ArrayList<>();
            for (OrderTerm t : order) {
                renumbered.add(t.hidden() == null ? t : new OrderTerm(t.item(), t.outputColumn(), WindowBinder.renumber(t.hidden(), width)));
            }
            order = renumbered;
            if (qualify != null) qualify = WindowBinder.renumber(qualify, width);
        }
        if (qualify != null) {
            if (!windows.hasCalls()) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "QUALIFY needs a window function in the query");
            }
            plan = new FilterNode(plan, qualify);
        }
        return finish(plan, items, selectExprs, order, limit, offset);
    }

    private static List<Expr> renumberAll(List<Expr> exprs, int width) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) out.add(WindowBinder.renumber(e, width));
        return out;
    }

    /** A sort key: an output column, or an extra expression computed only for sorting. */
    private record OrderTerm(OrderItem item, int outputColumn, Expr hidden) {
    }

    private PlanNode finish(PlanNode plan, List<SelectItem> items, List<Expr> selectExprs, List<OrderTerm> order,
                            long limit, long offset) {
        List<Expr> exprs = new ArrayList<>(selectExprs);
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Expr e = selectExprs.get(i);
            fields.add(new Field(null, QueryBinder.outputName(items.get(i)), e.type(), true));
        }
        int visible = exprs.size();
        List<SortKey> keys = new ArrayList<>();
        for (OrderTerm t : order) {
            int column = t.outputColumn();
            if (t.hidden() != null) {
                if (spec.distinct()) {
                    throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT,
                            "ORDER BY of a SELECT DISTINCT must use expressions of the select list");
                }
                column = exprs.size();
                exprs.add(t.hidden());
                fields.add(new Field(null, "$sort" + column, t.hidden().type(), true));
            }
            keys.add(QueryBinder.sortKey(t.item(), column, exprs.get(column).type()));
        }
        PlanNode result = new ProjectNode(plan, exprs, fields);
        if (spec.distinct()) {
            result = QueryBinder.distinct(result);
        }
        if (!keys.isEmpty()) {
            long keep = limit == Long.MAX_VALUE ? Long.MAX_VALUE : limit + offset;
            result = new SortNode(result, keys, keep);
        }
        result = QueryBinder.limit(result, limit, offset);
        if (exprs.size() > visible) {
            List<Expr> keepExprs = new ArrayList<>();
            for (int i = 0; i < visible; i++) keepExprs.add(new ColumnExpr(i, fields.get(i).type(), fields.get(i).name()));
            result = new ProjectNode(result, keepExprs, fields.subList(0, visible));
        }
        return result;
    }

    private List<OrderTerm> bindOrder(List<OrderItem> orderBy, List<SelectItem> items, List<Expr> selectExprs,
                                      ExpressionBinder binder) {
        List<OrderTerm> terms = new ArrayList<>();
        for (OrderItem item : orderBy) {
            int ordinal = QueryBinder.outputOrdinal(item.expression(), items.size());
            if (ordinal < 0 && item.expression() instanceof ColumnRef) {
                ordinal = aliasIndex(items, (ColumnRef) item.expression());
            }
            if (ordinal >= 0) {
                terms.add(new OrderTerm(item, ordinal, null));
                continue;
            }
            Expr e = binder.bind(item.expression());
            int same = indexOfEqual(selectExprs, e);
            terms.add(same >= 0 ? new OrderTerm(item, same, null) : new OrderTerm(item, -1, e));
        }
        return terms;
    }

    private static int indexOfEqual(List<Expr> exprs, Expr e) {
        String digest = e.toString();
        for (int i = 0; i < exprs.size(); i++) {
            if (exprs.get(i).toString().equals(digest) && exprs.get(i).type().equals(e.type())) return i;
        }
        return -1;
    }

    /** The select item a bare name refers to as an alias (ORDER BY x where x is an alias), or -1. */
    private static int aliasIndex(List<SelectItem> items, ColumnRef ref) {
        if (ref.name().parts().size() != 1) return -1;
        String name = ref.name().parts().get(0).canonical();
        int found = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).alias().isPresent() && items.get(i).alias().get().canonical().equals(name)) {
                if (found >= 0) {
                    throw FloeException.compilation(ErrorCode.AMBIGUOUS_COLUMN, "ambiguous column name '" + name + "'");
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * Resolves a name no FROM column has to the SELECT item with that alias, bound below any
     * aggregation. Aliases may build on each other ({@code a * 2 AS dbl, dbl + 1 AS nxt}); a cycle
     * of aliases ends in "invalid identifier".
     */
    private final class LateralAliases implements ExpressionBinder.AliasResolver {
        private final List<SelectItem> items;
        private final Scope from;
        private int depth;

        LateralAliases(List<SelectItem> items, Scope from) {
            this.items = items;
            this.from = from;
        }

        @Override
        public Expr resolve(String name) {
            SelectItem item = aliasItem(items, name);
            if (item == null || containsAggregate(item.expression()) || depth > items.size()) {
                return null;
            }
            depth++;
            try {
                return new ExpressionBinder(from, ctx, null, this).bind(item.expression());
            } finally {
                depth--;
            }
        }
    }

    /** Aliases resolved by the SELECT block's output binder (aggregates and window calls allowed). */
    private static final class OutputAliases implements ExpressionBinder.AliasResolver {
        private final List<SelectItem> items;
        private ExpressionBinder binder;
        private int depth;

        OutputAliases(List<SelectItem> items) {
            this.items = items;
        }

        @Override
        public Expr resolve(String name) {
            SelectItem item = aliasItem(items, name);
            if (item == null || depth > items.size()) {
                return null;
            }
            depth++;
            try {
                return binder.bind(item.expression());
            } finally {
                depth--;
            }
        }
    }

    private static SelectItem aliasItem(List<SelectItem> items, String name) {
        for (SelectItem item : items) {
            if (item.alias().isPresent() && item.alias().get().canonical().equals(name)) {
                return item;
            }
        }
        return null;
    }

    private Expression groupKeyExpression(Expression g, List<SelectItem> items, Scope from) {
        int ordinal = QueryBinder.outputOrdinal(g, items.size());
        if (ordinal >= 0) {
            return items.get(ordinal).expression();
        }
        if (g instanceof ColumnRef && ((ColumnRef) g).name().parts().size() == 1) {
            String name = ((ColumnRef) g).name().parts().get(0).canonical();
            if (from.resolve(null, name) < 0) {
                int alias = aliasIndex(items, (ColumnRef) g);
                if (alias >= 0) return items.get(alias).expression();
            }
        }
        return g;
    }

    private List<Expr> bindAll(ExpressionBinder binder, List<SelectItem> items) {
        List<Expr> out = new ArrayList<>();
        for (SelectItem item : items) out.add(binder.bind(item.expression()));
        return out;
    }

    private List<SelectItem> expandStars(List<SelectItem> items, Scope from) {
        List<SelectItem> out = new ArrayList<>();
        for (SelectItem item : items) {
            Expression e = item.expression();
            if (!(e instanceof Star) && !(e instanceof QualifiedStar)) {
                out.add(item);
                continue;
            }
            String qualifier = null;
            if (e instanceof QualifiedStar) {
                List<Identifier> parts = ((QualifiedStar) e).qualifier().parts();
                qualifier = parts.get(parts.size() - 1).canonical();
                if (!from.hasQualifier(qualifier)) {
                    throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "invalid identifier '" + qualifier + ".*'");
                }
            }
            if (from.fields().isEmpty()) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "SELECT * with no FROM clause");
            }
            for (Field f : from.fields()) {
                if (qualifier != null ? !qualifier.equals(f.qualifier()) : f.hidden()) continue;
                List<Identifier> parts = new ArrayList<>();
                if (f.qualifier() != null) parts.add(new Identifier(e.position(), f.qualifier(), true));
                parts.add(new Identifier(e.position(), f.name(), true));
                ColumnRef ref = new ColumnRef(e.position(), new dev.floe.sql.tree.QualifiedName(parts));
                out.add(new SelectItem(item.position(), ref, java.util.Optional.of(new Identifier(e.position(), f.name(), true))));
            }
        }
        return out;
    }

    private static boolean anyAggregate(List<SelectItem> items, List<OrderItem> orderBy) {
        for (SelectItem i : items) if (containsAggregate(i.expression())) return true;
        for (OrderItem o : orderBy) if (containsAggregate(o.expression())) return true;
        return false;
    }

    static boolean containsAggregate(Expression e) {
        return AstWalker.any(e, x -> x instanceof FunctionCall && ((FunctionCall) x).window().isEmpty()
                && Aggregates.isAggregate(functionName((FunctionCall) x)));
    }

    static String functionName(FunctionCall call) {
        List<Identifier> parts = call.name().parts();
        return parts.get(parts.size() - 1).canonical();
    }

    /**
     * Binds expressions above a GROUP BY: aggregate calls become columns of the aggregate's output,
     * expressions equal to a group key become that key's column, and any other column reference
     * is an error (it is neither grouped nor aggregated).
     */
    private final class AggregationHook implements ExpressionBinder.Hook {
        private final ExpressionBinder fromBinder;
        private final List<Expr> keys = new ArrayList<>();
        private final List<AggregateNode.Call> calls = new ArrayList<>();
        private final List<String> callDigests = new ArrayList<>();

        AggregationHook(ExpressionBinder fromBinder) {
            this.fromBinder = fromBinder;
        }

        void addKey(Expression key) {
            if (containsAggregate(key)) {
                throw FloeException.compilation(ErrorCode.NOT_GROUPED, "aggregate functions cannot appear in GROUP BY");
            }
            keys.add(fromBinder.bind(key));
        }

        @Override
        public Expr substitute(Expression e) {
            if (e instanceof FunctionCall && ((FunctionCall) e).window().isEmpty()
                    && Aggregates.isAggregate(functionName((FunctionCall) e))) {
                return aggregate((FunctionCall) e);
            }
            if (containsAggregate(e)) {
                return null;
            }
            Expr bound;
            try {
                bound = fromBinder.bind(e);
            } catch (FloeException notBindable) {
                return null;
            }
            String digest = bound.toString();
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).toString().equals(digest)) {
                    return new ColumnExpr(i, keys.get(i).type(), digest);
                }
            }
            return bound.isConstant() ? bound : null;
        }

        @Override
        public Expr onColumn(ColumnRef ref, Expr bound) {
            throw FloeException.compilation(ErrorCode.NOT_GROUPED, "[" + ref + "] is not a valid group by expression");
        }

        private Expr aggregate(FunctionCall call) {
            String name = functionName(call);
            List<Expr> args = new ArrayList<>();
            for (Expression a : call.arguments()) {
                if (containsAggregate(a)) {
                    throw FloeException.compilation(ErrorCode.NOT_GROUPED, "aggregate function calls cannot be nested");
                }
                args.add(fromBinder.bind(a));
            }
            List<SqlType> types = new ArrayList<>();
            List<Object> constants = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                types.add(args.get(i).type());
                if (i > 0 && args.get(i) instanceof ConstantExpr) constants.add(((ConstantExpr) args.get(i)).value() instanceof Long
                        ? dev.floe.engine.expr.Decimals.toBigDecimal((Long) ((ConstantExpr) args.get(i)).value(), args.get(i).type().scale())
                        : ((ConstantExpr) args.get(i)).value());
            }
            AggregateFunction f = Aggregates.resolve(name, types, call.distinct(), call.starArgument(), constants);
            List<Expr> used = name.equals("APPROX_PERCENTILE") ? args.subList(0, 1) : args;
            if (name.equals("COUNT") && call.distinct() && used.size() > 1) {
                throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "COUNT(DISTINCT) of several columns is not supported yet");
            }
            String digest = name + (call.distinct() ? "(DISTINCT " : "(") + (call.starArgument() ? "*" : used) + ")";
            int index = callDigests.indexOf(digest);
            if (index < 0) {
                index = calls.size();
                calls.add(new AggregateNode.Call(f, used));
                callDigests.add(digest);
            }
            return new ColumnExpr(keys.size() + index, f.type(), digest);
        }

        PlanNode node(PlanNode input) {
            List<Field> fields = new ArrayList<>();
            for (Expr k : keys) fields.add(new Field(null, k.toString(), k.type(), true));
            for (int i = 0; i < calls.size(); i++) fields.add(new Field(null, callDigests.get(i), calls.get(i).function().type(), true));
            return new AggregateNode(input, keys, calls, fields);
        }
    }
}
