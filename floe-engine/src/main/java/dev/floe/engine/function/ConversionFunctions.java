package dev.floe.engine.function;

import static dev.floe.engine.function.Functions.arity;

import dev.floe.engine.analyzer.BindContext;
import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.TryExpr;
import dev.floe.types.SqlType;
import java.util.List;

/** TO_BOOLEAN and the TRY_TO_* conversions, which give NULL instead of failing. */
final class ConversionFunctions {
    private ConversionFunctions() {
    }

    static Expr bind(String name, List<Expr> args, BindContext ctx) {
        if (name.equals("TO_BOOLEAN")) {
            arity(name, args, 1, 1);
            return new CastExpr(args.get(0), SqlType.BOOLEAN, false);
        }
        if (name.startsWith("TRY_TO_")) {
            Expr strict = Functions.bind(name.substring("TRY_".length()), args, ctx);
            return new TryExpr(strict);
        }
        return null;
    }
}
