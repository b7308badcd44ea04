package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.expr.ArithmeticExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import java.time.ZoneId;

/** Types arithmetic as Snowflake does: FLOAT if either side is FLOAT (or text), else exact NUMBER. */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static Expr bind(ArithmeticExpr.Op op, Expr left, Expr right, ZoneId zone) {
        SqlType lt = operandType(left.type());
        SqlType rt = operandType(right.type());
        if (lt.kind() == dev.floe.types.TypeKind.FLOAT || rt.kind() == dev.floe.types.TypeKind.FLOAT) {
            return new ArithmeticExpr(op, TypeCoercion.coerce(left, SqlType.FLOAT, zone),
                    TypeCoercion.coerce(right, SqlType.FLOAT, zone), SqlType.FLOAT);
        }
        SqlType result = ArithmeticExpr.numberResultType(op, lt, rt);
        return new ArithmeticExpr(op, TypeCoercion.coerce(left, lt, zone), TypeCoercion.coerce(right, rt, zone), result);
    }

    private static SqlType operandType(SqlType t) {
        switch (t.kind()) {
            case NUMBER:
            case FLOAT: return t;
            case NULL: return SqlType.number(1, 0);
            case VARCHAR:
            case VARIANT: return SqlType.FLOAT;
            default:
                throw FloeException.compilation(ErrorCode.TYPE_MISMATCH, "invalid type [" + t + "] for arithmetic");
        }
    }
}
