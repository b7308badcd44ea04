package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.expr.ComparisonExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.IsNullExpr;
import dev.floe.engine.expr.LogicalExpr;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/** The conditional functions, each expressed as a CASE so that untaken branches are never evaluated. */
public final class Conditionals {
    private Conditionals() {
    }

    public static Expr iff(Expr condition, Expr then, Expr otherwise, BindContext ctx) {
        Expr c = TypeCoercion.coerce(condition, SqlType.BOOLEAN, ctx.timeZone());
        return ExpressionBinder.caseOf(List.of(c), List.of(then), otherwise, ctx);
    }

    public static Expr coalesce(List<Expr> args, BindContext ctx) {
        List<Expr> conditions = new ArrayList<>();
        List<Expr> results = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            conditions.add(new IsNullExpr(args.get(i), true));
            results.add(args.get(i));
        }
        if (conditions.isEmpty()) {
            return args.get(0);
        }
        return ExpressionBinder.caseOf(conditions, results, args.get(args.size() - 1), ctx);
    }

    public static Expr nvl2(Expr test, Expr notNull, Expr isNull, BindContext ctx) {
        return ExpressionBinder.caseOf(List.of(new IsNullExpr(test, true)), List.of(notNull), isNull, ctx);
    }

    public static Expr nullIf(Expr a, Expr b, BindContext ctx) {
        Expr equal = TypeCoercion.comparison(ComparisonExpr.Op.EQ, a, b, ctx.timeZone());
        return ExpressionBinder.caseOf(List.of(equal), List.of(new ConstantExpr(null, a.type())), a, ctx);
    }

    public static Expr zeroIfNull(Expr a, BindContext ctx) {
        requireNumeric("ZEROIFNULL", a);
        return coalesce(List.of(a, new ConstantExpr(0L, SqlType.number(1, 0))), ctx);
    }

    public static Expr nullIfZero(Expr a, BindContext ctx) {
        requireNumeric("NULLIFZERO", a);
        return nullIf(a, new ConstantExpr(0L, SqlType.number(1, 0)), ctx);
    }

    /** DECODE(expr, search1, result1, ..., [default]): NULL matches NULL here, unlike =. */
    public static Expr decode(List<Expr> args, BindContext ctx) {
        Expr subject = args.get(0);
        List<Expr> conditions = new ArrayList<>();
        List<Expr> results = new ArrayList<>();
        int i = 1;
        for (; i + 1 < args.size(); i += 2) {
            conditions.add(equalNull(subject, args.get(i), ctx));
            results.add(args.get(i + 1));
        }
        Expr otherwise = i < args.size() ? args.get(i) : null;
        return ExpressionBinder.caseOf(conditions, results, otherwise, ctx);
    }

    /** EQUAL_NULL(a, b): TRUE when equal or both NULL; never NULL. */
    public static Expr equalNull(Expr a, Expr b, BindContext ctx) {
        Expr bothNull = new LogicalExpr(LogicalExpr.Op.AND, List.of(new IsNullExpr(a, false), new IsNullExpr(b, false)));
        Expr equal = TypeCoercion.comparison(ComparisonExpr.Op.EQ, a, b, ctx.timeZone());
        Expr result = ExpressionBinder.caseOf(List.of(bothNull, equal), List.of(new ConstantExpr(true, SqlType.BOOLEAN),
                new ConstantExpr(true, SqlType.BOOLEAN)), new ConstantExpr(false, SqlType.BOOLEAN), ctx);
        return result;
    }

    /** GREATEST / LEAST: NULL if any argument is NULL, as Snowflake does. */
    public static Expr extreme(List<Expr> args, boolean greatest, BindContext ctx) {
        Expr best = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            Expr next = args.get(i);
            SqlType common = TypeCoercion.commonType(best.type(), next.type(), false);
            Expr a = TypeCoercion.coerce(best, common, ctx.timeZone());
            Expr b = TypeCoercion.coerce(next, common, ctx.timeZone());
            Expr anyNull = new LogicalExpr(LogicalExpr.Op.OR, List.of(new IsNullExpr(a, false), new IsNullExpr(b, false)));
            Expr pickA = TypeCoercion.comparison(greatest ? ComparisonExpr.Op.GE : ComparisonExpr.Op.LE, a, b, ctx.timeZone());
            best = ExpressionBinder.caseOf(List.of(anyNull, pickA), List.of(new ConstantExpr(null, common), a), b, ctx);
        }
        return best;
    }

    private static void requireNumeric(String name, Expr a) {
        if (!a.type().kind().isNumeric() && a.type().kind() != dev.floe.types.TypeKind.NULL) {
            throw FloeException.compilation(ErrorCode.TYPE_MISMATCH, "invalid type [" + a.type() + "] for parameter 1 of function " + name);
        }
    }
}
