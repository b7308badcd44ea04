package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.expr.ArithmeticExpr;
import dev.floe.engine.expr.CaseExpr;
import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.ComparisonExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.IsNullExpr;
import dev.floe.engine.expr.LogicalExpr;
import dev.floe.engine.function.Functions;
import dev.floe.engine.function.InListExpr;
import dev.floe.engine.function.LikeExpr;
import dev.floe.engine.function.VariantPathExpr;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.PlanNode;
import dev.floe.sql.tree.Between;
import dev.floe.sql.tree.BinaryExpression;
import dev.floe.sql.tree.BooleanLiteral;
import dev.floe.sql.tree.Case;
import dev.floe.sql.tree.Cast;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Comparison;
import dev.floe.sql.tree.DatePart;
import dev.floe.sql.tree.Exists;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.InList;
import dev.floe.sql.tree.InSubquery;
import dev.floe.sql.tree.IntervalLiteral;
import dev.floe.sql.tree.IsDistinctFrom;
import dev.floe.sql.tree.IsNull;
import dev.floe.sql.tree.Like;
import dev.floe.sql.tree.Logical;
import dev.floe.sql.tree.NullLiteral;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.PathElement;
import dev.floe.sql.tree.ScalarSubquery;
import dev.floe.sql.tree.StringLiteral;
import dev.floe.sql.tree.Unary;
import dev.floe.sql.tree.VariantPath;
import dev.floe.sql.tree.WhenClause;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns syntax-tree expressions into typed, bound {@link Expr}s over a {@link Scope}: resolves
 * names, checks types, inserts Snowflake's implicit casts, and folds what is constant.
 * A {@link Hook} lets the query binder substitute whole subtrees (aggregates, group keys).
 */
final class ExpressionBinder {

    /** Replaces a subtree before normal binding; returns null to bind it normally. */
    interface Hook {
        Expr substitute(Expression expression);

        /** Called for a column reference that normal binding resolved, so aggregation can reject it. */
        default Expr onColumn(ColumnRef ref, Expr bound) {
            return bound;
        }
    }

    /** Resolves a name no FROM column has, e.g. a SELECT-list alias; null when unknown. */
    interface AliasResolver {
        Expr resolve(String name);
    }

    /** Functions that exist only as window functions. */
    private static final java.util.Set<String> WINDOW_ONLY = java.util.Set.of("ROW_NUMBER", "RANK", "DENSE_RANK", "LAG",
            "LEAD", "FIRST_VALUE", "LAST_VALUE", "NTILE", "PERCENT_RANK", "CUME_DIST", "NTH_VALUE");

    private final Scope scope;
    private final BindContext ctx;
    private final Hook hook;
    private final AliasResolver aliases;

    ExpressionBinder(Scope scope, BindContext ctx, Hook hook, AliasResolver aliases) {
        this.scope = scope;
        this.ctx = ctx;
        this.hook = hook;
        this.aliases = aliases;
    }

    Expr bind(Expression e) {
        if (hook != null) {
            Expr substituted = hook.substitute(e);
            if (substituted != null) {
                return substituted;
            }
        }
        Expr bound = bindNode(e);
        return Folding.fold(bound, ctx);
    }

    Expr bindPredicate(Expression e) {
        Expr bound = bind(e);
        return TypeCoercion.coerce(bound, SqlType.BOOLEAN, ctx.timeZone());
    }

    private Expr bindNode(Expression e) {
        if (e instanceof ColumnRef) return bindColumn((ColumnRef) e);
        if (e instanceof NumericLiteral) return numericLiteral(((NumericLiteral) e).text());
        if (e instanceof StringLiteral) return new ConstantExpr(((StringLiteral) e).value(), SqlType.VARCHAR);
        if (e instanceof BooleanLiteral) return new ConstantExpr(((BooleanLiteral) e).value(), SqlType.BOOLEAN);
        if (e instanceof NullLiteral) return new ConstantExpr(null, SqlType.NULL);
        if (e instanceof Cast) return bindCast((Cast) e);
        if (e instanceof VariantPath) return bindPath((VariantPath) e);
        if (e instanceof Unary) return bindUnary((Unary) e);
        if (e instanceof BinaryExpression) return bindBinary((BinaryExpression) e);
        if (e instanceof Comparison) return bindComparison((Comparison) e);
        if (e instanceof Logical) {
            Logical l = (Logical) e;
            LogicalExpr.Op op = l.operator() == Logical.Operator.AND ? LogicalExpr.Op.AND : LogicalExpr.Op.OR;
            return new LogicalExpr(op, List.of(bindPredicate(l.left()), bindPredicate(l.right())));
        }
        if (e instanceof IsNull) {
            IsNull n = (IsNull) e;
            return new IsNullExpr(bind(n.operand()), n.negated());
        }
        if (e instanceof IsDistinctFrom) return bindDistinctFrom((IsDistinctFrom) e);
        if (e instanceof Between) return bindBetween((Between) e);
        if (e instanceof InList) return bindInList((InList) e);
        if (e instanceof InSubquery) return bindInSubquery((InSubquery) e);
        if (e instanceof Exists) return bindExists((Exists) e);
        if (e instanceof ScalarSubquery) return bindScalarSubquery((ScalarSubquery) e);
        if (e instanceof Like) return bindLike((Like) e);
        if (e instanceof Case) return bindCase((Case) e);
        if (e instanceof FunctionCall) return bindFunction((FunctionCall) e);
        if (e instanceof DatePart) {
            return new ConstantExpr(((DatePart) e).unit(), SqlType.VARCHAR);
        }
        if (e instanceof IntervalLiteral) {
            throw FloeException.compilation(ErrorCode.TYPE_MISMATCH,
                    "an INTERVAL can only be added to or subtracted from a date or timestamp");
        }
        throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "unsupported expression: " + e);
    }

    private Expr bindColumn(ColumnRef ref) {
        List<Identifier> parts = ref.name().parts();
        String name = parts.get(parts.size() - 1).canonical();
        String qualifier = parts.size() >= 2 ? parts.get(parts.size() - 2).canonical() : null;
        int index = scope.resolve(qualifier, name);
        if (index < 0 && qualifier == null && aliases != null) {
            Expr alias = aliases.resolve(name);
            if (alias != null) {
                return alias;
            }
        }
        if (index < 0 && ctx.outer() != null && parts.size() <= 2) {
            Expr outerColumn = ctx.outer().resolve(qualifier, name);
            if (outerColumn != null) {
                return outerColumn;
            }
        }
        if (index < 0) {
            throw invalidIdentifier(ref, parts);
        }
        Field f = scope.fields().get(index);
        Expr bound = new ColumnExpr(index, f.type(), f.name());
        return hook == null ? bound : hook.onColumn(ref, bound);
    }

    private static FloeException invalidIdentifier(ColumnRef ref, List<Identifier> parts) {
        StringBuilder shown = new StringBuilder();
        for (Identifier p : parts) {
            if (shown.length() > 0) shown.append('.');
            shown.append(p.quoted() ? '"' + p.text() + '"' : p.canonical());
        }
        return new FloeException(ErrorCode.INVALID_IDENTIFIER, "SQL compilation error: error line "
                + ref.position().line() + " at position " + ref.position().column()
                + "\ninvalid identifier '" + shown + "'", ref.position().line(), ref.position().column(), null);
    }

    static ConstantExpr numericLiteral(String text) {
        String t = text.toUpperCase(java.util.Locale.ROOT);
        if (t.contains("E")) {
            return new ConstantExpr(Double.parseDouble(t), SqlType.FLOAT);
        }
        BigDecimal value = new BigDecimal(t);
        int scale = Math.max(0, value.scale());
        int precision = Math.max(value.precision(), scale + 1);
        if (precision > SqlType.MAX_EXACT_DIGITS) {
            // Snowflake keeps 38 digits exactly; Floe's NUMBER holds 18, and rounding silently would give wrong answers.
            throw new FloeException(ErrorCode.NUMERIC_OVERFLOW, "Numeric value '" + text + "' has more than "
                    + SqlType.MAX_EXACT_DIGITS + " digits; Floe holds NUMBER values of up to " + SqlType.MAX_EXACT_DIGITS
                    + " digits exactly (write it as FLOAT, e.g. " + text + "e0)");
        }
        return new ConstantExpr(value.setScale(scale).unscaledValue().longValueExact(), SqlType.number(precision, scale));
    }

    private Expr bindCast(Cast c) {
        Expr operand = bind(c.operand());
        SqlType target = TypeNames.resolve(c.type());
        if (!dev.floe.engine.expr.Casts.castable(operand.type(), target)) {
            throw FloeException.compilation(ErrorCode.TYPE_MISMATCH,
                    "Cannot cast a value of type " + operand.type().kind() + " to " + target.kind());
        }
        return new CastExpr(operand, target, c.style() == Cast.Style.TRY_CAST);
    }

    private Expr bindPath(VariantPath p) {
        Expr base = bind(p.base());
        if (!base.type().kind().isSemiStructured()) {
            if (base.type().kind() != TypeKind.VARCHAR) {
                throw FloeException.compilation(ErrorCode.TYPE_MISMATCH,
                        "path access needs a VARIANT, OBJECT or ARRAY value, not " + base.type().kind());
            }
            base = new CastExpr(base, SqlType.VARIANT, false);
        }
        List<Object> elements = new ArrayList<>();
        for (PathElement el : p.elements()) {
            if (el instanceof PathElement.Field) {
                elements.add(((PathElement.Field) el).name());
            } else if (el instanceof PathElement.Index) {
                elements.add(((PathElement.Index) el).index());
            } else {
                Expr key = bind(((PathElement.Key) el).key());
                if (!key.isConstant()) {
                    throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "a [subscript] must be a constant");
                }
                Object k = Folding.constantValue(key, ctx);
                if (k == null) {
                    return new ConstantExpr(null, SqlType.VARIANT);
                }
                elements.add(key.type().kind() == TypeKind.NUMBER ? Integer.valueOf((int) (long) (Long) k) : k.toString());
            }
        }
        return VariantPathExpr.of(base, elements);
    }

    private Expr bindUnary(Unary u) {
        if (u.operator() == Unary.Operator.NOT) {
            return new LogicalExpr(LogicalExpr.Op.NOT, List.of(bindPredicate(u.operand())));
        }
        Expr operand = bind(u.operand());
        if (u.operator() == Unary.Operator.PLUS) {
            return operand;
        }
        if (operand.type().kind() == TypeKind.VARCHAR || operand.type().kind().isSemiStructured()) {
            operand = TypeCoercion.coerce(operand, SqlType.FLOAT, ctx.timeZone());
        }
        if (!operand.type().kind().isNumeric() && operand.type().kind() != TypeKind.NULL) {
            throw FloeException.compilation(ErrorCode.TYPE_MISMATCH, "invalid type [" + operand.type() + "] for unary minus");
        }
        SqlType t = operand.type().kind() == TypeKind.NULL ? SqlType.number(1, 0) : operand.type();
        Expr zero = TypeCoercion.coerce(new ConstantExpr(0L, SqlType.number(1, 0)), t, ctx.timeZone());
        return new ArithmeticExpr(ArithmeticExpr.Op.SUBTRACT, zero, TypeCoercion.coerce(operand, t, ctx.timeZone()), t);
    }

    private Expr bindBinary(BinaryExpression b) {
        if (b.operator() == BinaryExpression.Operator.CONCAT) {
            return Functions.bind("CONCAT", List.of(bind(b.left()), bind(b.right())), ctx);
        }
        boolean plusMinus = b.operator() == BinaryExpression.Operator.ADD || b.operator() == BinaryExpression.Operator.SUBTRACT;
        if (plusMinus && (b.right() instanceof IntervalLiteral || b.left() instanceof IntervalLiteral)) {
            boolean intervalRight = b.right() instanceof IntervalLiteral;
            Expr temporal = bind(intervalRight ? b.left() : b.right());
            String interval = ((IntervalLiteral) (intervalRight ? b.right() : b.left())).text();
            return Functions.addInterval(temporal, interval, b.operator() == BinaryExpression.Operator.SUBTRACT, ctx);
        }
        Expr left = bind(b.left());
        Expr right = bind(b.right());
        ArithmeticExpr.Op op = ArithmeticExpr.Op.valueOf(b.operator().name());
        TypeKind lk = left.type().kind();
        TypeKind rk = right.type().kind();
        if (plusMinus && (lk == TypeKind.DATE || lk.isTimestamp()) && rk.isNumeric()) {
            // DATE + n adds days, as Snowflake does; timestamps likewise.
            return Functions.dateAddDays(left, right, b.operator() == BinaryExpression.Operator.SUBTRACT, ctx);
        }
        if (op == ArithmeticExpr.Op.SUBTRACT && lk == TypeKind.DATE && rk == TypeKind.DATE) {
            return Functions.bind("DATEDIFF", List.of(new ConstantExpr("day", SqlType.VARCHAR), right, left), ctx);
        }
        return Arithmetic.bind(op, left, right, ctx.timeZone());
    }

    private Expr bindComparison(Comparison c) {
        return compare(toOp(c.operator()), bind(c.left()), bind(c.right()));
    }

    Expr compare(ComparisonExpr.Op op, Expr left, Expr right) {
        return TypeCoercion.comparison(op, left, right, ctx.timeZone());
    }

    private static ComparisonExpr.Op toOp(Comparison.Operator op) {
        switch (op) {
            case EQUAL: return ComparisonExpr.Op.EQ;
            case NOT_EQUAL: return ComparisonExpr.Op.NE;
            case LESS_THAN: return ComparisonExpr.Op.LT;
            case LESS_THAN_OR_EQUAL: return ComparisonExpr.Op.LE;
            case GREATER_THAN: return ComparisonExpr.Op.GT;
            default: return ComparisonExpr.Op.GE;
        }
    }

    private Expr bindDistinctFrom(IsDistinctFrom d) {
        Expr left = bind(d.left());
        Expr right = bind(d.right());
        // a IS DISTINCT FROM b  =  CASE WHEN a IS NULL THEN b IS NOT NULL WHEN b IS NULL THEN TRUE ELSE a <> b END
        Expr differs = new CaseExpr(SqlType.BOOLEAN,
                List.of(new IsNullExpr(left, false), new IsNullExpr(right, false)),
                List.of(new IsNullExpr(right, true), new ConstantExpr(true, SqlType.BOOLEAN)),
                compare(ComparisonExpr.Op.NE, left, right));
        return d.negated() ? new LogicalExpr(LogicalExpr.Op.NOT, List.of(differs)) : differs;
    }

    private Expr bindBetween(Between b) {
        Expr operand = bind(b.operand());
        Expr range = new LogicalExpr(LogicalExpr.Op.AND, List.of(
                compare(ComparisonExpr.Op.GE, operand, bind(b.low())),
                compare(ComparisonExpr.Op.LE, operand, bind(b.high()))));
        return b.negated() ? new LogicalExpr(LogicalExpr.Op.NOT, List.of(range)) : range;
    }

    private Expr bindInList(InList in) {
        Expr operand = bind(in.operand());
        List<Expr> values = new ArrayList<>();
        SqlType common = operand.type();
        for (Expression v : in.values()) {
            Expr bound = bind(v);
            values.add(bound);
            common = TypeCoercion.commonType(common, bound.type(), false);
        }
        return inList(operand, values, common, in.negated());
    }

    private Expr inList(Expr operand, List<Expr> values, SqlType common, boolean negated) {
        List<Expr> coerced = new ArrayList<>();
        for (Expr v : values) coerced.add(TypeCoercion.coerce(v, common, ctx.timeZone()));
        return new InListExpr(TypeCoercion.coerce(operand, common, ctx.timeZone()), coerced, negated);
    }

    private PlanNode subquery(dev.floe.sql.tree.Query query, OuterReferences refs) {
        return ctx.bindSubquery(query, new OuterBindContext(ctx, refs));
    }

    private Expr bindInSubquery(InSubquery in) {
        Expr operand = bind(in.operand());
        OuterReferences refs = new OuterReferences(scope);
        PlanNode plan = subquery(in.query(), refs);
        if (plan.fields().size() != 1) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "subquery in IN must return exactly one column");
        }
        SqlType type = plan.fields().get(0).type();
        if (refs.correlated()) {
            SqlType common = TypeCoercion.commonType(operand.type(), type, false);
            PlanNode cast = castSingleColumn(plan, common);
            return new CorrelatedSubqueryExpr(CorrelatedSubqueryExpr.Kind.IN, SqlType.BOOLEAN, cast, refs,
                    TypeCoercion.coerce(operand, common, ctx.timeZone()), in.negated(), ctx);
        }
        List<Expr> values = new ArrayList<>();
        for (Object[] row : ctx.run(plan)) values.add(new ConstantExpr(row[0], type));
        SqlType common = TypeCoercion.commonType(operand.type(), type, false);
        return inList(operand, values, common, in.negated());
    }

    private Expr bindExists(Exists e) {
        OuterReferences refs = new OuterReferences(scope);
        PlanNode plan = subquery(e.query(), refs);
        if (refs.correlated()) {
            return new CorrelatedSubqueryExpr(CorrelatedSubqueryExpr.Kind.EXISTS, SqlType.BOOLEAN, plan, refs, null, false, ctx);
        }
        return new ConstantExpr(!ctx.run(plan).isEmpty(), SqlType.BOOLEAN);
    }

    private Expr bindScalarSubquery(ScalarSubquery s) {
        OuterReferences refs = new OuterReferences(scope);
        PlanNode plan = subquery(s.query(), refs);
        if (plan.fields().size() != 1) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "a scalar subquery must return exactly one column");
        }
        if (refs.correlated()) {
            // As in Snowflake, a correlated scalar subquery must be an aggregate that yields exactly one row.
            if (!singleRowAggregate(plan)) {
                throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "Unsupported subquery type cannot be evaluated");
            }
            return new CorrelatedSubqueryExpr(CorrelatedSubqueryExpr.Kind.SCALAR, plan.fields().get(0).type(), plan, refs,
                    null, false, ctx);
        }
        List<Object[]> rows = ctx.run(plan);
        if (rows.size() > 1) {
            throw new FloeException(ErrorCode.INVALID_ARGUMENT, "Single-row subquery returns more than one row.");
        }
        return new ConstantExpr(rows.isEmpty() ? null : rows.get(0)[0], plan.fields().get(0).type());
    }

    private static boolean singleRowAggregate(PlanNode plan) {
        PlanNode p = plan;
        while (p instanceof dev.floe.engine.plan.ProjectNode || p instanceof dev.floe.engine.plan.FilterNode) {
            p = p.inputs().get(0);
        }
        return p instanceof dev.floe.engine.plan.AggregateNode && ((dev.floe.engine.plan.AggregateNode) p).groupKeys().isEmpty();
    }

    private PlanNode castSingleColumn(PlanNode plan, SqlType type) {
        dev.floe.engine.plan.Field f = plan.fields().get(0);
        Expr column = TypeCoercion.coerce(new ColumnExpr(0, f.type(), f.name()), type, ctx.timeZone());
        return new dev.floe.engine.plan.ProjectNode(plan, List.of(column),
                List.of(new dev.floe.engine.plan.Field(null, f.name(), type, true)));
    }

    private Expr bindLike(Like l) {
        Expr operand = TypeCoercion.coerce(bind(l.operand()), SqlType.VARCHAR, ctx.timeZone());
        Expr pattern = TypeCoercion.coerce(bind(l.pattern()), SqlType.VARCHAR, ctx.timeZone());
        Expr escape = l.escape().isPresent()
                ? TypeCoercion.coerce(bind(l.escape().get()), SqlType.VARCHAR, ctx.timeZone()) : null;
        return LikeExpr.of(operand, pattern, escape, l.caseInsensitive(), l.negated());
    }

    private Expr bindCase(Case c) {
        Expr operand = c.operand().isPresent() ? bind(c.operand().get()) : null;
        List<Expr> conditions = new ArrayList<>();
        List<Expr> results = new ArrayList<>();
        for (WhenClause w : c.whenClauses()) {
            conditions.add(operand == null ? bindPredicate(w.condition())
                    : compare(ComparisonExpr.Op.EQ, operand, bind(w.condition())));
            results.add(bind(w.result()));
        }
        Expr otherwise = c.elseResult().isPresent() ? bind(c.elseResult().get()) : null;
        return caseOf(conditions, results, otherwise, ctx);
    }

    /** A CASE whose branches are cast to their common type. */
    static Expr caseOf(List<Expr> conditions, List<Expr> results, Expr otherwise, BindContext ctx) {
        SqlType type = otherwise == null ? SqlType.NULL : otherwise.type();
        for (Expr r : results) type = TypeCoercion.commonType(type, r.type(), r.isConstant());
        if (type.kind() == TypeKind.NULL) type = SqlType.VARCHAR;
        List<Expr> cast = new ArrayList<>();
        for (Expr r : results) cast.add(TypeCoercion.coerce(r, type, ctx.timeZone()));
        Expr other = otherwise == null ? null : TypeCoercion.coerce(otherwise, type, ctx.timeZone());
        return new CaseExpr(type, conditions, cast, other);
    }

    private Expr bindFunction(FunctionCall call) {
        String name = call.name().parts().get(call.name().parts().size() - 1).canonical();
        if (call.window().isPresent()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Window function [" + call
                    + "] appears outside of SELECT, QUALIFY, and ORDER BY clauses.");
        }
        if (WINDOW_ONLY.contains(name)) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Missing window specification for function [" + call + "].");
        }
        if (dev.floe.engine.exec.agg.Aggregates.isAggregate(name)) {
            throw FloeException.compilation(ErrorCode.NOT_GROUPED, "Invalid aggregate function in this context: " + name);
        }
        if (!call.namedArguments().isEmpty()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "function " + name + " takes no named arguments");
        }
        List<Expr> args = new ArrayList<>();
        for (Expression a : call.arguments()) args.add(bind(a));
        return Functions.bind(name, args, ctx);
    }
}
