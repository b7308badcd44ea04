package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.catalog.ColumnDef;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.exec.SortKey;
import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.plan.AggregateNode;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.FilterNode;
import dev.floe.engine.plan.LimitNode;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ProjectNode;
import dev.floe.engine.plan.ScanNode;
import dev.floe.engine.plan.SortNode;
import dev.floe.engine.plan.UnionNode;
import dev.floe.engine.plan.ValuesNode;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.OrderItem;
import dev.floe.sql.tree.ParenthesizedQuery;
import dev.floe.sql.tree.PositionalColumn;
import dev.floe.sql.tree.QualifiedStar;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.QueryBody;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.SelectItem;
import dev.floe.sql.tree.SetOperation;
import dev.floe.sql.tree.Star;
import dev.floe.sql.tree.Values;
import dev.floe.sql.tree.WithQuery;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a query into a logical plan: FROM (tables, CTEs, subqueries, joins), WHERE, GROUP BY and
 * aggregates, HAVING, the SELECT list, DISTINCT, ORDER BY, LIMIT/OFFSET and UNION [ALL].
 */
public final class QueryBinder {
    private final TableResolver tables;
    private final BindContext ctx;
    private final Map<String, PlanNode> ctes;

    public QueryBinder(TableResolver tables, BindContext ctx) {
        this(tables, ctx, Map.of());
    }

    private QueryBinder(TableResolver tables, BindContext ctx, Map<String, PlanNode> ctes) {
        this.tables = tables;
        this.ctes = ctes;
        this.ctx = ctes.isEmpty() ? ctx : new CteScope(ctx);
    }

    /** Makes the CTEs in scope visible to subqueries inside expressions too. */
    private final class CteScope extends DelegatingBindContext {
        CteScope(BindContext parent) {
            super(parent);
        }

        @Override
        public PlanNode bindSubquery(Query query, BindContext context) {
            return new QueryBinder(tables, context, ctes).bind(query);
        }
    }

    public PlanNode bind(Query query) {
        QueryBinder scoped = this;
        if (!query.with().isEmpty()) {
            Map<String, PlanNode> visible = new HashMap<>(ctes);
            for (WithQuery w : query.with()) {
                PlanNode plan = new QueryBinder(tables, ctx, Map.copyOf(visible)).bind(w.query());
                visible.put(w.name().canonical(), renameColumns(plan, w.columnNames(), w.name().canonical()));
            }
            scoped = new QueryBinder(tables, ctx, Map.copyOf(visible));
        }
        return scoped.bindOrdered(query);
    }

    private PlanNode bindOrdered(Query query) {
        long[] limits = limitAndOffset(query);
        if (query.body() instanceof QuerySpecification) {
            return new SelectBinder(this, (QuerySpecification) query.body()).bind(query.orderBy(), limits[0], limits[1]);
        }
        PlanNode plan = bindBody(query.body());
        if (!query.orderBy().isEmpty()) {
            plan = sortByOutput(plan, query.orderBy(), limits[0] == Long.MAX_VALUE ? Long.MAX_VALUE : limits[0] + limits[1]);
        }
        return limit(plan, limits[0], limits[1]);
    }

    /** {limit, offset}; limit is MAX_VALUE when absent. */
    private long[] limitAndOffset(Query query) {
        long limit = query.limit().isPresent() ? constantCount(query.limit().get(), "LIMIT") : Long.MAX_VALUE;
        if (limit < 0) {
            limit = Long.MAX_VALUE;
        }
        long offset = query.offset().isPresent() ? constantCount(query.offset().get(), "OFFSET") : 0;
        return new long[] {limit, offset};
    }

    private long constantCount(Expression e, String what) {
        Expr bound = new ExpressionBinder(new Scope(List.of()), ctx, null, null).bind(e);
        Object v = bound.isConstant() ? Folding.constantValue(bound, ctx) : null;
        if (v == null && bound.isConstant() && what.equals("LIMIT")) {
            return -1; // LIMIT NULL: no limit
        }
        if (!(v instanceof Long) || bound.type().scale() != 0 || (Long) v < 0) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Invalid row count '" + e + "' in " + what + " clause");
        }
        return (Long) v;
    }

    static PlanNode limit(PlanNode plan, long limit, long offset) {
        if (limit == Long.MAX_VALUE && offset == 0) return plan;
        return new LimitNode(plan, offset, limit);
    }

    PlanNode bindBody(QueryBody body) {
        if (body instanceof QuerySpecification) {
            return new SelectBinder(this, (QuerySpecification) body).bind(List.of(), Long.MAX_VALUE, 0);
        }
        if (body instanceof ParenthesizedQuery) {
            return bind(((ParenthesizedQuery) body).query());
        }
        if (body instanceof Values) {
            return bindValues((Values) body);
        }
        return bindSetOperation((SetOperation) body);
    }

    private PlanNode bindSetOperation(SetOperation op) {
        if (op.operator() != SetOperation.Operator.UNION) {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, op.operator() + " is not supported yet; use UNION [ALL]");
        }
        PlanNode left = bindBody(op.left());
        PlanNode right = bindBody(op.right());
        if (left.fields().size() != right.fields().size()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "invalid number of result columns for set operator input branches, expected "
                    + left.fields().size() + ", got " + right.fields().size() + " in branch 2");
        }
        List<Field> fields = new ArrayList<>();
        List<Expr> leftCasts = new ArrayList<>();
        List<Expr> rightCasts = new ArrayList<>();
        for (int i = 0; i < left.fields().size(); i++) {
            Field l = left.fields().get(i);
            Field r = right.fields().get(i);
            SqlType t = TypeCoercion.commonType(l.type(), r.type(), false);
            if (t.kind() == dev.floe.types.TypeKind.NULL) t = SqlType.VARCHAR;
            fields.add(new Field(null, l.name(), t, l.nullable() || r.nullable()));
            leftCasts.add(TypeCoercion.coerce(new ColumnExpr(i, l.type(), l.name()), t, ctx.timeZone()));
            rightCasts.add(TypeCoercion.coerce(new ColumnExpr(i, r.type(), r.name()), t, ctx.timeZone()));
        }
        PlanNode union = new UnionNode(List.of(new ProjectNode(left, leftCasts, fields), new ProjectNode(right, rightCasts, fields)), fields);
        return op.all() ? union : distinct(union);
    }

    static PlanNode distinct(PlanNode input) {
        List<Expr> keys = new ArrayList<>();
        for (int i = 0; i < input.fields().size(); i++) {
            Field f = input.fields().get(i);
            keys.add(new ColumnExpr(i, f.type(), f.name()));
        }
        return new AggregateNode(input, keys, List.of(), input.fields());
    }

    private PlanNode bindValues(Values values) {
        ExpressionBinder binder = new ExpressionBinder(new Scope(List.of()), ctx, null, null);
        List<List<Expr>> rows = new ArrayList<>();
        int width = values.rows().get(0).size();
        SqlType[] types = new SqlType[width];
        java.util.Arrays.fill(types, SqlType.NULL);
        for (List<Expression> row : values.rows()) {
            if (row.size() != width) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Different number of values in VALUES rows: " + width + " and " + row.size());
            }
            List<Expr> bound = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Expr e = binder.bind(row.get(c));
                if (!e.isConstant() || (e.type().kind().isSemiStructured() && !(row.get(c) instanceof dev.floe.sql.tree.Literal))) {
                    // Snowflake evaluates VALUES without functions producing semi-structured values (PARSE_JSON, ...).
                    throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Invalid expression [" + row.get(c) + "] in VALUES clause");
                }
                types[c] = TypeCoercion.commonType(types[c], e.type(), false);
                bound.add(e);
            }
            rows.add(bound);
        }
        List<Field> fields = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (types[c].kind() == dev.floe.types.TypeKind.NULL) types[c] = SqlType.VARCHAR;
            fields.add(new Field(null, "COLUMN" + (c + 1), types[c], true));
        }
        List<Object[]> data = new ArrayList<>();
        for (List<Expr> row : rows) {
            Object[] values2 = new Object[width];
            for (int c = 0; c < width; c++) {
                values2[c] = Folding.constantValue(TypeCoercion.coerce(row.get(c), types[c], ctx.timeZone()), ctx);
            }
            data.add(values2);
        }
        return new ValuesNode(fields, data);
    }

    /** ORDER BY on a set operation's output: output names and ordinals only. */
    private PlanNode sortByOutput(PlanNode plan, List<OrderItem> items, long keep) {
        List<SortKey> keys = new ArrayList<>();
        Scope scope = new Scope(plan.fields());
        for (OrderItem item : items) {
            int index = outputOrdinal(item.expression(), plan.fields().size());
            if (index < 0) {
                Expr e = new ExpressionBinder(scope, ctx, null, null).bind(item.expression());
                if (!(e instanceof ColumnExpr)) {
                    throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "ORDER BY of a UNION must name an output column");
                }
                index = ((ColumnExpr) e).index();
            }
            keys.add(sortKey(item, index, plan.fields().get(index).type()));
        }
        return new SortNode(plan, keys, keep);
    }

    static SortKey sortKey(OrderItem item, int column, SqlType type) {
        Boolean nullsFirst = item.nulls() == OrderItem.NullOrdering.DEFAULT ? null : item.nulls() == OrderItem.NullOrdering.FIRST;
        return SortKey.of(column, type, !item.ascending(), nullsFirst);
    }

    /** The 0-based output column of an ordinal ({@code ORDER BY 2}), or -1 when it is not one. */
    static int outputOrdinal(Expression e, int width) {
        long n;
        if (e instanceof PositionalColumn) {
            n = ((PositionalColumn) e).index();
        } else if (e instanceof NumericLiteral && ((NumericLiteral) e).text().matches("[0-9]+")) {
            n = Long.parseLong(((NumericLiteral) e).text());
        } else {
            return -1;
        }
        if (n < 1 || n > width) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "position " + n + " is not in select list");
        }
        return (int) n - 1;
    }

    PlanNode scanOrCte(dev.floe.sql.tree.QualifiedName name, String alias) {
        if (name.parts().size() == 1) {
            PlanNode cte = ctes.get(name.parts().get(0).canonical());
            if (cte != null) {
                String qualifier = alias != null ? alias : name.parts().get(0).canonical();
                return requalify(cte, qualifier);
            }
        }
        PlanNode view = tables.systemView(name);
        if (view != null) {
            return requalify(view, alias != null ? alias : name.parts().get(name.parts().size() - 1).canonical());
        }
        TableDef table = tables.resolveTable(name);
        String qualifier = alias != null ? alias : table.name().object();
        List<Field> fields = new ArrayList<>();
        int[] columns = new int[table.columns().size()];
        for (int i = 0; i < columns.length; i++) {
            ColumnDef c = table.columns().get(i);
            columns[i] = i;
            fields.add(new Field(qualifier, c.name(), TypeNames.parseStored(c.type()), c.nullable()));
        }
        return new ScanNode(table, columns, fields, null, List.of());
    }

    static PlanNode requalify(PlanNode plan, String qualifier) {
        List<Field> fields = new ArrayList<>();
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < plan.fields().size(); i++) {
            Field f = plan.fields().get(i);
            fields.add(f.withQualifier(qualifier));
            exprs.add(new ColumnExpr(i, f.type(), f.name()));
        }
        return new ProjectNode(plan, exprs, fields);
    }

    static PlanNode renameColumns(PlanNode plan, List<Identifier> names, String qualifier) {
        if (names.isEmpty()) return plan;
        if (names.size() != plan.fields().size()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, qualifier + " names " + names.size()
                    + " columns but its query returns " + plan.fields().size());
        }
        List<Field> fields = new ArrayList<>();
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Field f = plan.fields().get(i);
            fields.add(new Field(qualifier, names.get(i).canonical(), f.type(), f.nullable()));
            exprs.add(new ColumnExpr(i, f.type(), f.name()));
        }
        return new ProjectNode(plan, exprs, fields);
    }

    BindContext context() {
        return ctx;
    }

    TableResolver tables() {
        return tables;
    }

    /** The name Snowflake gives an unaliased select item: the column name, or the expression text upper-cased. */
    static String outputName(SelectItem item) {
        if (item.alias().isPresent()) return item.alias().get().canonical();
        Expression e = item.expression();
        if (e instanceof ColumnRef) {
            List<Identifier> parts = ((ColumnRef) e).name().parts();
            return parts.get(parts.size() - 1).canonical();
        }
        return withoutOuterParentheses(e.toString()).toUpperCase(Locale.ROOT);
    }

    /** {@code (a + b)} as {@code a + b}: the syntax tree renders operators parenthesized, Snowflake's names do not. */
    private static String withoutOuterParentheses(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) return text;
        int depth = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            if (depth == 0) return text; // the first parenthesis closes before the end: not one outer pair
        }
        return text.substring(1, text.length() - 1);
    }
}
