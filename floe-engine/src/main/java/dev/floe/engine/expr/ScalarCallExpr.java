package dev.floe.engine.expr;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/**
 * Applies a {@link ScalarKernel} row by row. With {@code nullIfAnyNull} a NULL argument gives
 * NULL without calling the kernel (the rule for most SQL functions).
 */
public final class ScalarCallExpr extends Expr {
    private final String name;
    private final List<Expr> args;
    private final ScalarKernel kernel;
    private final boolean nullIfAnyNull;
    private ColumnVector out;

    public ScalarCallExpr(String name, SqlType type, List<Expr> args, ScalarKernel kernel, boolean nullIfAnyNull) {
        super(type);
        this.name = name;
        this.args = List.copyOf(args);
        this.kernel = kernel;
        this.nullIfAnyNull = nullIfAnyNull;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        ColumnVector[] argVectors = new ColumnVector[args.size()];
        for (int a = 0; a < argVectors.length; a++) {
            argVectors[a] = args.get(a).evaluate(input, ctx);
        }
        out = Values.reuse(out, type().physical(), n);
        Object[] values = new Object[argVectors.length];
        rows:
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < values.length; a++) {
                values[a] = Values.get(argVectors[a], i);
                if (values[a] == null && nullIfAnyNull) {
                    out.setNull(i);
                    continue rows;
                }
            }
            Values.set(out, i, apply(values, ctx));
        }
        return out;
    }

    private Object apply(Object[] values, EvalContext ctx) {
        try {
            return kernel.apply(values, ctx);
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            // Value-level failures of the type libraries (bad date part, out of range) become SQL errors.
            throw new FloeException(ErrorCode.INVALID_ARGUMENT, e.getMessage(), e);
        }
    }

    @Override
    public List<Expr> children() {
        return args;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new ScalarCallExpr(name, type(), children, kernel, nullIfAnyNull);
    }

    /** Every function Floe has is deterministic within a statement, so constant arguments make a constant. */
    @Override
    public boolean isConstant() {
        for (Expr arg : args) {
            if (!arg.isConstant()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + args;
    }
}
