package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.Casts;
import dev.floe.engine.expr.ComparisonExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import java.time.ZoneId;

/**
 * Snowflake's implicit conversions: the common type two operands are compared or combined in,
 * and the casts that bring an expression to a type (constants are converted once, here).
 */
public final class TypeCoercion {
    private TypeCoercion() {
    }

    /**
     * The type both sides of a comparison, CASE branch or UNION column are brought to. Timestamps
     * of different kinds meet in the kind of the non-constant side so that a column keeps its raw
     * values (and zone maps) and only the constant is converted.
     */
    public static SqlType commonType(SqlType a, SqlType b, boolean aConstant) {
        TypeKind x = a.kind();
        TypeKind y = b.kind();
        if (x == TypeKind.NULL) return b;
        if (y == TypeKind.NULL) return a;
        if (x == y) {
            if (x == TypeKind.NUMBER) {
                int scale = Math.max(a.scale(), b.scale());
                int leading = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
                return SqlType.number(Math.min(38, leading + scale), scale);
            }
            if (x == TypeKind.VARCHAR) return a.precision() >= b.precision() ? a : b;
            return a;
        }
        if (x.isSemiStructured() && y.isSemiStructured()) return SqlType.VARIANT;
        if (x.isSemiStructured()) return b;
        if (y.isSemiStructured()) return a;
        if (x.isNumeric() && y.isNumeric()) return SqlType.FLOAT;
        if (x == TypeKind.VARCHAR) return y == TypeKind.NUMBER ? SqlType.FLOAT : b;
        if (y == TypeKind.VARCHAR) return x == TypeKind.NUMBER ? SqlType.FLOAT : a;
        if (x.isTimestamp() && y.isTimestamp()) return aConstant ? b : a;
        if (x.isTimestamp() && y == TypeKind.DATE) return a;
        if (y.isTimestamp() && x == TypeKind.DATE) return b;
        if (x == TypeKind.BOOLEAN && y.isNumeric()) return a;
        if (y == TypeKind.BOOLEAN && x.isNumeric()) return b;
        throw FloeException.compilation(ErrorCode.TYPE_MISMATCH,
                "Can not convert parameter types " + a.kind() + " and " + b.kind() + " to a common type");
    }

    /** {@code left op right} in the two sides' common type. */
    public static Expr comparison(ComparisonExpr.Op op, Expr left, Expr right, ZoneId zone) {
        SqlType common = commonType(left.type(), right.type(), left.isConstant());
        if (common.kind() == TypeKind.NULL) {
            return new ConstantExpr(null, SqlType.BOOLEAN);
        }
        return new ComparisonExpr(op, coerce(left, common, zone), coerce(right, common, zone));
    }

    /** The expression converted to {@code target}; constants are converted now, at bind time. */
    public static Expr coerce(Expr expr, SqlType target, ZoneId zone) {
        if (expr.type().equals(target)) {
            return expr;
        }
        if (expr.type().kind() == target.kind() && target.kind() != TypeKind.NUMBER) {
            return expr;
        }
        if (!Casts.castable(expr.type(), target)) {
            throw FloeException.compilation(ErrorCode.TYPE_MISMATCH,
                    "Can not convert " + expr.type().kind() + " to " + target.kind());
        }
        if (expr instanceof ConstantExpr) {
            return new ConstantExpr(Casts.cast(((ConstantExpr) expr).value(), expr.type(), target, zone), target);
        }
        return new CastExpr(expr, target, false);
    }
}
