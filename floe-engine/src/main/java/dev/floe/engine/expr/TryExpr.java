package dev.floe.engine.expr;

import dev.floe.engine.FloeException;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.Selection;
import java.util.List;

/**
 * The TRY_ form of a conversion: NULL for the rows where the expression fails. The whole batch is
 * tried first; only when it fails is each row evaluated on its own to find the failing ones.
 */
public final class TryExpr extends Expr {
    private final Expr operand;
    private ColumnVector out;

    public TryExpr(Expr operand) {
        super(operand.type());
        this.operand = operand;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        try {
            return operand.evaluate(input, ctx);
        } catch (FloeException batchFailed) {
            int n = input.size();
            out = Values.reuse(out, type().physical(), n);
            int[] one = new int[1];
            for (int i = 0; i < n; i++) {
                one[0] = i;
                ColumnVector[] columns = new ColumnVector[input.columnCount()];
                for (int c = 0; c < columns.length; c++) columns[c] = Selection.gather(input.column(c), one, 1, null);
                try {
                    out.copyFrom(operand.evaluate(new ColumnBatch(columns, 1), ctx), 0, i);
                } catch (FloeException rowFailed) {
                    out.setNull(i);
                }
            }
            return out;
        }
    }

    @Override
    public List<Expr> children() {
        return List.of(operand);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new TryExpr(children.get(0));
    }

    @Override
    public String toString() {
        return "TRY(" + operand + ")";
    }
}
