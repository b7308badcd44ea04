package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.expr.Expr;
import dev.floe.sql.tree.Expression;
import java.util.List;

/** Evaluates an expression that must be constant (a table function's named argument, a property). */
public final class ConstantEvaluator {
    private ConstantEvaluator() {
    }

    public static Object evaluate(Expression expression, BindContext ctx) {
        Expr bound = new ExpressionBinder(new Scope(List.of()), ctx, null, null).bind(expression);
        if (!bound.isConstant()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "argument must be a constant: " + expression);
        }
        return Folding.constantValue(bound, ctx);
    }
}
