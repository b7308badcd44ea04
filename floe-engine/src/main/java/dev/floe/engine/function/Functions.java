package dev.floe.engine.function;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.analyzer.BindContext;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.ScalarCallExpr;
import dev.floe.engine.expr.ScalarKernel;
import dev.floe.types.SqlType;
import java.util.List;

/**
 * The scalar function registry: resolves a call by name and bound arguments to a typed
 * expression. Families live in their own classes ({@link TemporalFunctions},
 * {@link VariantFunctions}, {@link StringFunctions}, {@link NumericFunctions},
 * {@link ConditionalFunctions}); this class dispatches and holds the shared checks.
 */
public final class Functions {
    private Functions() {
    }

    public static Expr bind(String name, List<Expr> args, BindContext ctx) {
        Expr e = TemporalFunctions.bind(name, args, ctx);
        if (e == null) e = VariantFunctions.bind(name, args, ctx);
        if (e == null) e = ConditionalFunctions.bind(name, args, ctx);
        if (e == null) e = StringFunctions.bind(name, args, ctx);
        if (e == null) e = NumericFunctions.bind(name, args, ctx);
        if (e == null) e = ConversionFunctions.bind(name, args, ctx);
        if (e == null) e = contextFunction(name, args, ctx);
        if (e == null) {
            throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "Unknown function " + name);
        }
        return e;
    }

    /** {@code t + INTERVAL '...'} and {@code t - INTERVAL '...'}. */
    public static Expr addInterval(Expr temporal, String interval, boolean subtract, BindContext ctx) {
        return TemporalFunctions.addInterval(temporal, interval, subtract, ctx);
    }

    /** {@code date + n} / {@code timestamp - n}: whole days. */
    public static Expr dateAddDays(Expr temporal, Expr days, boolean subtract, BindContext ctx) {
        return TemporalFunctions.addDays(temporal, days, subtract, ctx);
    }

    private static Expr contextFunction(String name, List<Expr> args, BindContext ctx) {
        String value;
        switch (name) {
            case "CURRENT_DATABASE": value = ctx.currentDatabase(); break;
            case "CURRENT_SCHEMA": value = ctx.currentSchema(); break;
            case "CURRENT_WAREHOUSE": value = ctx.currentWarehouse(); break;
            case "CURRENT_ROLE": value = ctx.currentRole(); break;
            case "CURRENT_USER": value = ctx.currentUser(); break;
            case "CURRENT_ACCOUNT": value = "FLOE"; break;
            case "CURRENT_REGION": value = "LOCAL"; break;
            case "CURRENT_VERSION": value = dev.floe.engine.Floe.VERSION; break;
            default: return null;
        }
        arity(name, args, 0, 0);
        return new ConstantExpr(value, SqlType.VARCHAR);
    }

    static void arity(String name, List<Expr> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, (args.size() < min ? "not enough" : "too many")
                    + " arguments for function [" + name + "], expected " + expected + ", got " + args.size());
        }
    }

    static Expr call(String name, SqlType type, List<Expr> args, ScalarKernel kernel) {
        return new ScalarCallExpr(name, type, args, kernel, true);
    }

    static Expr callKeepingNulls(String name, SqlType type, List<Expr> args, ScalarKernel kernel) {
        return new ScalarCallExpr(name, type, args, kernel, false);
    }

    /** The value of an argument that must be a constant (a unit, a scale), or an error naming it. */
    static Object constant(String name, Expr arg, String what) {
        if (!(arg instanceof ConstantExpr)) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "the " + what + " argument of " + name
                    + " must be a constant");
        }
        return ((ConstantExpr) arg).value();
    }

    static FloeException invalidType(String name, int position, SqlType type) {
        return FloeException.compilation(ErrorCode.TYPE_MISMATCH, "Invalid argument types for function '" + name + "': ("
                + type.kind() + ") at parameter " + position);
    }
}
