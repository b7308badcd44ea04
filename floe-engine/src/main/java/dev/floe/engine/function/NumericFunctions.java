package dev.floe.engine.function;

import static dev.floe.engine.function.Functions.arity;
import static dev.floe.engine.function.Functions.call;
import static dev.floe.engine.function.Functions.constant;
import static dev.floe.engine.function.Functions.invalidType;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.analyzer.BindContext;
import dev.floe.engine.analyzer.Arithmetic;
import dev.floe.engine.analyzer.Conditionals;
import dev.floe.engine.analyzer.TypeCoercion;
import dev.floe.engine.analyzer.TypeNames;
import dev.floe.engine.expr.ArithmeticExpr;
import dev.floe.engine.expr.ComparisonExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.IsNullExpr;
import dev.floe.engine.expr.LogicalExpr;
import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.Decimals;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Numeric functions: ABS, ROUND, FLOOR, CEIL, TRUNC, MOD, SQRT, POWER, LN, LOG, EXP, SIGN, TO_NUMBER, TO_DOUBLE. */
final class NumericFunctions {
    private NumericFunctions() {
    }

    static Expr bind(String name, List<Expr> args, BindContext ctx) {
        switch (name) {
            case "ABS":
                arity(name, args, 1, 1);
                return sameType(name, numeric(name, args.get(0)), Math::abs, Math::abs);
            case "SIGN":
                arity(name, args, 1, 1);
                return call(name, SqlType.number(1, 0), List.of(toFloat(numeric(name, args.get(0)))),
                        (v, c) -> (long) Math.signum((Double) v[0]));
            case "ROUND":
            case "FLOOR":
            case "CEIL":
            case "CEILING":
            case "TRUNC":
            case "TRUNCATE":
                arity(name, args, 1, 2);
                return rounding(name, args);
            case "MOD":
                arity(name, args, 2, 2);
                return floatOrNumber(name, args, (a, b) -> {
                    if (b == 0) throw new FloeException(ErrorCode.DIVISION_BY_ZERO, "Division by zero");
                    return a % b;
                });
            case "DIV0":
            case "DIV0NULL":
                arity(name, args, 2, 2);
                return div0(name, args.get(0), args.get(1), ctx);
            case "SQRT":
                return unaryDouble(name, args, Math::sqrt);
            case "EXP":
                return unaryDouble(name, args, Math::exp);
            case "LN":
                return unaryDouble(name, args, x -> {
                    if (x <= 0) throw new FloeException(ErrorCode.INVALID_ARGUMENT, "Invalid floating point operation: ln(" + x + ")");
                    return Math.log(x);
                });
            case "LOG":
                arity(name, args, 2, 2);
                return call(name, SqlType.FLOAT, List.of(toFloat(args.get(0)), toFloat(args.get(1))),
                        (v, c) -> Math.log((Double) v[1]) / Math.log((Double) v[0]));
            case "POWER":
            case "POW":
                arity(name, args, 2, 2);
                return call(name, SqlType.FLOAT, List.of(toFloat(args.get(0)), toFloat(args.get(1))),
                        (v, c) -> Math.pow((Double) v[0], (Double) v[1]));
            case "TO_DOUBLE":
                arity(name, args, 1, 1);
                return new CastExpr(args.get(0), SqlType.FLOAT, false);
            case "TO_NUMBER":
            case "TO_DECIMAL":
            case "TO_NUMERIC":
                return toNumber(name, args);
            default:
                return null;
        }
    }

    /** DIV0(a, b): a / b, or 0 when b is 0 (DIV0NULL: also when b is NULL). */
    private static Expr div0(String name, Expr a, Expr b, BindContext ctx) {
        Expr quotient = Arithmetic.bind(ArithmeticExpr.Op.DIVIDE, numeric(name, a), numeric(name, b), ctx.timeZone());
        Expr zero = new ConstantExpr(0L, SqlType.number(1, 0));
        Expr isZero = TypeCoercion.comparison(ComparisonExpr.Op.EQ, b, zero, ctx.timeZone());
        if (name.equals("DIV0NULL")) {
            isZero = new LogicalExpr(LogicalExpr.Op.OR, List.of(isZero, new IsNullExpr(b, false)));
        }
        return Conditionals.iff(isZero, zero, quotient, ctx);
    }

    private static Expr numeric(String name, Expr arg) {
        TypeKind k = arg.type().kind();
        if (k.isNumeric()) return arg;
        if (k == TypeKind.NULL) return new CastExpr(arg, SqlType.number(1, 0), false);
        if (k == TypeKind.VARCHAR || k.isSemiStructured()) return new CastExpr(arg, SqlType.FLOAT, false);
        throw invalidType(name, 1, arg.type());
    }

    private static Expr toFloat(Expr arg) {
        return arg.type().kind() == TypeKind.FLOAT ? arg : new CastExpr(arg, SqlType.FLOAT, false);
    }

    private static Expr unaryDouble(String name, List<Expr> args, DoubleUnaryOperator f) {
        arity(name, args, 1, 1);
        return call(name, SqlType.FLOAT, List.of(toFloat(numeric(name, args.get(0)))), (v, c) -> f.applyAsDouble((Double) v[0]));
    }

    private interface LongOp {
        long apply(long a);
    }

    private static Expr sameType(String name, Expr arg, LongOp onLong, DoubleUnaryOperator onDouble) {
        if (arg.type().kind() == TypeKind.FLOAT) {
            return call(name, SqlType.FLOAT, List.of(arg), (v, c) -> onDouble.applyAsDouble((Double) v[0]));
        }
        return call(name, arg.type(), List.of(arg), (v, c) -> onLong.apply((Long) v[0]));
    }

    private interface DoubleBinary {
        double apply(double a, double b);
    }

    private static Expr floatOrNumber(String name, List<Expr> args, DoubleBinary op) {
        Expr a = numeric(name, args.get(0));
        Expr b = numeric(name, args.get(1));
        if (a.type().kind() == TypeKind.NUMBER && b.type().kind() == TypeKind.NUMBER) {
            int scale = Math.max(a.type().scale(), b.type().scale());
            SqlType type = SqlType.number(38, scale);
            int sa = a.type().scale();
            int sb = b.type().scale();
            return call(name, type, List.of(a, b), (v, c) -> {
                BigDecimal y = Decimals.toBigDecimal((Long) v[1], sb);
                if (y.signum() == 0) throw new FloeException(ErrorCode.DIVISION_BY_ZERO, "Division by zero");
                return Decimals.fromBigDecimal(Decimals.toBigDecimal((Long) v[0], sa).remainder(y), scale);
            });
        }
        return call(name, SqlType.FLOAT, List.of(toFloat(a), toFloat(b)), (v, c) -> op.apply((Double) v[0], (Double) v[1]));
    }

    /** ROUND/FLOOR/CEIL/TRUNC(x [, scale]): FLOAT stays FLOAT; NUMBER(p,s) becomes NUMBER(p, min(s, scale)). */
    private static Expr rounding(String name, List<Expr> args) {
        Expr x = numeric(name, args.get(0));
        int digits = 0;
        if (args.size() == 2) {
            Object d = constant(name, args.get(1), "scale");
            if (!(d instanceof Long)) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + "'s scale must be an integer constant");
            }
            digits = (int) (long) (Long) d;
        }
        RoundingMode mode;
        switch (name) {
            case "ROUND": mode = RoundingMode.HALF_UP; break;
            case "FLOOR": mode = RoundingMode.FLOOR; break;
            case "CEIL":
            case "CEILING": mode = RoundingMode.CEILING; break;
            default: mode = RoundingMode.DOWN;
        }
        int scale = digits;
        if (x.type().kind() == TypeKind.FLOAT) {
            return call(name + "(" + scale + ")", SqlType.FLOAT, List.of(x), (v, c) -> {
                double d = (Double) v[0];
                if (Double.isNaN(d) || Double.isInfinite(d)) return d;
                return new BigDecimal(d).setScale(scale, mode).doubleValue();
            });
        }
        int inputScale = x.type().scale();
        int resultScale = Math.max(0, Math.min(inputScale, scale));
        SqlType type = SqlType.number(x.type().precision(), resultScale);
        return call(name + "(" + scale + ")", type, List.of(x), (v, c) -> {
            BigDecimal d = Decimals.toBigDecimal((Long) v[0], inputScale).setScale(scale, mode);
            return Decimals.fromBigDecimal(d, resultScale);
        });
    }

    private static Expr toNumber(String name, List<Expr> args) {
        arity(name, args, 1, 3);
        List<Integer> params = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            Object p = constant(name, args.get(i), i == 1 ? "precision" : "scale");
            if (!(p instanceof Long)) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + "'s precision and scale must be integer constants");
            }
            params.add((int) (long) (Long) p);
        }
        return new CastExpr(args.get(0), TypeNames.resolve("NUMBER", params), false);
    }
}
