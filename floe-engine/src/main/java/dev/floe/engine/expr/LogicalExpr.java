package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/** AND, OR and NOT with SQL's three-valued logic (FALSE AND NULL is FALSE, TRUE OR NULL is TRUE). */
public final class LogicalExpr extends Expr {
    public enum Op { AND, OR, NOT }

    private final Op op;
    private final List<Expr> operands;
    private BooleanVector out;

    public LogicalExpr(Op op, List<Expr> operands) {
        super(SqlType.BOOLEAN);
        this.op = op;
        this.operands = List.copyOf(operands);
    }

    public Op op() {
        return op;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        out = (BooleanVector) Values.reuse(out, SqlType.BOOLEAN.physical(), n);
        BooleanVector first = (BooleanVector) operands.get(0).evaluate(input, ctx);
        if (op == Op.NOT) {
            for (int i = 0; i < n; i++) {
                if (first.isNull(i)) out.setNull(i); else out.values[i] = !first.values[i];
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            if (first.isNull(i)) out.setNull(i); else out.values[i] = first.values[i];
        }
        boolean and = op == Op.AND;
        for (int k = 1; k < operands.size(); k++) {
            BooleanVector next = (BooleanVector) operands.get(k).evaluate(input, ctx);
            for (int i = 0; i < n; i++) {
                boolean leftNull = out.isNull(i);
                boolean rightNull = next.isNull(i);
                boolean left = out.values[i];
                boolean right = next.values[i];
                // The dominant value (FALSE for AND, TRUE for OR) wins over NULL.
                if ((!leftNull && left != and) || (!rightNull && right != and)) {
                    out.setNotNull(i);
                    out.values[i] = !and;
                } else if (leftNull || rightNull) {
                    out.setNull(i);
                } else {
                    out.values[i] = and;
                }
            }
        }
        return out;
    }

    @Override
    public List<Expr> children() {
        return operands;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new LogicalExpr(op, children);
    }

    @Override
    public String toString() {
        return op + operands.toString();
    }
}
