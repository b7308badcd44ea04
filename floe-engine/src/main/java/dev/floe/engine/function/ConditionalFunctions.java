package dev.floe.engine.function;

import static dev.floe.engine.function.Functions.arity;

import dev.floe.engine.analyzer.BindContext;
import dev.floe.engine.analyzer.Conditionals;
import dev.floe.engine.expr.Expr;
import java.util.List;

/** IFF, COALESCE, NVL, NVL2, NULLIF, ZEROIFNULL, DECODE, GREATEST, LEAST, EQUAL_NULL: all rewritten into CASE. */
final class ConditionalFunctions {
    private ConditionalFunctions() {
    }

    static Expr bind(String name, List<Expr> args, BindContext ctx) {
        switch (name) {
            case "IFF":
                arity(name, args, 3, 3);
                return Conditionals.iff(args.get(0), args.get(1), args.get(2), ctx);
            case "COALESCE":
                arity(name, args, 1, Integer.MAX_VALUE);
                return Conditionals.coalesce(args, ctx);
            case "NVL":
            case "IFNULL":
                arity(name, args, 2, 2);
                return Conditionals.coalesce(args, ctx);
            case "NVL2":
                arity(name, args, 3, 3);
                return Conditionals.nvl2(args.get(0), args.get(1), args.get(2), ctx);
            case "NULLIF":
                arity(name, args, 2, 2);
                return Conditionals.nullIf(args.get(0), args.get(1), ctx);
            case "ZEROIFNULL":
                arity(name, args, 1, 1);
                return Conditionals.zeroIfNull(args.get(0), ctx);
            case "NULLIFZERO":
                arity(name, args, 1, 1);
                return Conditionals.nullIfZero(args.get(0), ctx);
            case "DECODE":
                arity(name, args, 3, Integer.MAX_VALUE);
                return Conditionals.decode(args, ctx);
            case "GREATEST":
            case "LEAST":
                arity(name, args, 1, Integer.MAX_VALUE);
                return Conditionals.extreme(args, name.equals("GREATEST"), ctx);
            case "EQUAL_NULL":
                arity(name, args, 2, 2);
                return Conditionals.equalNull(args.get(0), args.get(1), ctx);
            default:
                return null;
        }
    }
}
