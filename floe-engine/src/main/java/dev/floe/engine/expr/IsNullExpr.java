package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/** {@code x IS [NOT] NULL}: never NULL itself. */
public final class IsNullExpr extends Expr {
    private final Expr operand;
    private final boolean negated;
    private BooleanVector out;

    public IsNullExpr(Expr operand, boolean negated) {
        super(SqlType.BOOLEAN);
        this.operand = operand;
        this.negated = negated;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        ColumnVector v = operand.evaluate(input, ctx);
        out = (BooleanVector) Values.reuse(out, SqlType.BOOLEAN.physical(), n);
        for (int i = 0; i < n; i++) {
            out.values[i] = v.isNull(i) != negated;
        }
        return out;
    }

    @Override
    public List<Expr> children() {
        return List.of(operand);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new IsNullExpr(children.get(0), negated);
    }

    @Override
    public String toString() {
        return operand + (negated ? " IS NOT NULL" : " IS NULL");
    }
}
