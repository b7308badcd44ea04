package dev.floe.engine.expr;

import dev.floe.engine.FloeException;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import java.util.List;

/** CAST, {@code ::} and TRY_CAST (which gives NULL instead of failing). */
public final class CastExpr extends Expr {
    private final Expr operand;
    private final boolean tryCast;
    private ColumnVector out;

    public CastExpr(Expr operand, SqlType target, boolean tryCast) {
        super(target);
        this.operand = operand;
        this.tryCast = tryCast;
    }

    public Expr operand() {
        return operand;
    }

    public boolean isTry() {
        return tryCast;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        ColumnVector in = operand.evaluate(input, ctx);
        SqlType from = operand.type();
        SqlType to = type();
        out = Values.reuse(out, to.physical(), n);
        if (from.kind() == TypeKind.NUMBER && to.kind() == TypeKind.FLOAT) {
            long[] src = ((LongVector) in).values;
            double[] dst = ((DoubleVector) out).values;
            for (int i = 0; i < n; i++) {
                if (in.isNull(i)) out.setNull(i);
                else dst[i] = Decimals.toDouble(src[i], from.scale());
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            Object v = Values.get(in, i);
            if (tryCast) {
                try {
                    v = Casts.cast(v, from, to, ctx.timeZone());
                } catch (FloeException e) {
                    v = null;
                }
            } else {
                v = Casts.cast(v, from, to, ctx.timeZone());
            }
            Values.set(out, i, v);
        }
        return out;
    }

    @Override
    public List<Expr> children() {
        return List.of(operand);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new CastExpr(children.get(0), type(), tryCast);
    }

    @Override
    public String toString() {
        return (tryCast ? "TRY_CAST(" : "CAST(") + operand + " AS " + type() + ")";
    }
}
