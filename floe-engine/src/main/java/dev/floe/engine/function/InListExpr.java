package dev.floe.engine.function;

import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.ValueComparator;
import dev.floe.engine.expr.ValueKey;
import dev.floe.engine.expr.Values;
import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code x [NOT] IN (v1, v2, ...)} with SQL's NULL rules: TRUE on a match; otherwise NULL if x or
 * any value is NULL; otherwise FALSE. NOT IN negates that (so a NULL in the list makes NOT IN
 * never TRUE). Constant lists are probed through a hash set.
 */
public final class InListExpr extends Expr {
    private final Expr operand;
    private final List<Expr> values;
    private final boolean negated;
    private final Set<ValueKey> constants;
    private final boolean constantNull;
    private BooleanVector out;

    public InListExpr(Expr operand, List<Expr> values, boolean negated) {
        super(SqlType.BOOLEAN);
        this.operand = operand;
        this.values = List.copyOf(values);
        this.negated = negated;
        boolean allConstant = true;
        boolean sawNull = false;
        Set<ValueKey> set = new HashSet<>();
        for (Expr v : values) {
            if (!(v instanceof ConstantExpr)) {
                allConstant = false;
                break;
            }
            Object c = ((ConstantExpr) v).value();
            if (c == null) sawNull = true;
            else set.add(new ValueKey(c, operand.type()));
        }
        this.constants = allConstant ? set : null;
        this.constantNull = sawNull;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        ColumnVector x = operand.evaluate(input, ctx);
        out = (BooleanVector) Values.reuse(out, SqlType.BOOLEAN.physical(), n);
        List<ColumnVector> vs = null;
        if (constants == null) {
            vs = new ArrayList<>();
            for (Expr v : values) vs.add(v.evaluate(input, ctx));
        }
        SqlType type = operand.type();
        for (int i = 0; i < n; i++) {
            Object value = Values.get(x, i);
            if (value == null) {
                out.setNull(i);
                continue;
            }
            boolean found;
            boolean sawNull;
            if (constants != null) {
                found = constants.contains(new ValueKey(value, type));
                sawNull = constantNull;
            } else {
                found = false;
                sawNull = false;
                for (ColumnVector v : vs) {
                    Object candidate = Values.get(v, i);
                    if (candidate == null) sawNull = true;
                    else if (ValueComparator.equal(value, candidate, type)) {
                        found = true;
                        break;
                    }
                }
            }
            if (found) out.values[i] = !negated;
            else if (sawNull) out.setNull(i);
            else out.values[i] = negated;
        }
        return out;
    }

    @Override
    public List<Expr> children() {
        List<Expr> c = new ArrayList<>();
        c.add(operand);
        c.addAll(values);
        return c;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new InListExpr(children.get(0), children.subList(1, children.size()), negated);
    }

    @Override
    public String toString() {
        return operand + (negated ? " NOT IN " : " IN ") + values;
    }
}
