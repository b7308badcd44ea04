package dev.floe.engine.analyzer;

import dev.floe.engine.FloeException;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.Values;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;

/**
 * Constant folding: an expression that depends on no column (literals, CURRENT_TIMESTAMP() of
 * this statement, functions of those) is computed once at bind time. An expression that fails
 * while folding is left as is, so that the error is raised only if a row ever evaluates it
 * ({@code CASE WHEN FALSE THEN 1/0 END} is fine).
 */
final class Folding {
    private static final ColumnBatch ONE_ROW = new ColumnBatch(new ColumnVector[0], 1);

    private Folding() {
    }

    static Expr fold(Expr expr, BindContext ctx) {
        if (expr instanceof ConstantExpr || !expr.isConstant()) {
            return expr;
        }
        try {
            return new ConstantExpr(constantValue(expr, ctx), expr.type());
        } catch (FloeException e) {
            return expr;
        }
    }

    static Object constantValue(Expr expr, BindContext ctx) {
        if (expr instanceof ConstantExpr) {
            return ((ConstantExpr) expr).value();
        }
        EvalContext eval = new EvalContext(ctx.timeZone(), ctx.statementStartEpochNanos(), 0);
        return Values.get(expr.evaluate(ONE_ROW, eval), 0);
    }
}
