package dev.floe.engine.analyzer;

import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.ValueComparator;
import dev.floe.engine.expr.Values;
import dev.floe.engine.plan.PlanNode;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A subquery that refers to the enclosing row: run once per distinct combination of the outer
 * values it uses (results are cached per statement), as a scalar value, EXISTS, or IN.
 */
final class CorrelatedSubqueryExpr extends Expr {
    enum Kind { SCALAR, EXISTS, IN }

    private final Kind kind;
    private final PlanNode plan;
    private final OuterReferences outer;
    private final Expr operand;
    private final boolean negated;
    private final BindContext ctx;
    private final Map<List<Object>, List<Object[]>> cache = new HashMap<>();
    private ColumnVector out;

    CorrelatedSubqueryExpr(Kind kind, SqlType type, PlanNode plan, OuterReferences outer, Expr operand, boolean negated,
                           BindContext ctx) {
        super(type);
        this.kind = kind;
        this.plan = plan;
        this.outer = outer;
        this.operand = operand;
        this.negated = negated;
        this.ctx = ctx;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext eval) {
        int n = input.size();
        List<ColumnExpr> refs = outer.captured();
        ColumnVector[] refVectors = new ColumnVector[refs.size()];
        for (int r = 0; r < refVectors.length; r++) refVectors[r] = refs.get(r).evaluate(input, eval);
        ColumnVector operandVector = operand == null ? null : operand.evaluate(input, eval);
        out = Values.reuse(out, type().physical(), n);
        for (int i = 0; i < n; i++) {
            Object[] key = new Object[refVectors.length];
            for (int r = 0; r < key.length; r++) key[r] = Values.get(refVectors[r], i);
            List<Object[]> rows = cache.computeIfAbsent(Arrays.asList(key), k -> {
                outer.set(key);
                return ctx.run(plan);
            });
            Values.set(out, i, result(rows, operandVector == null ? null : Values.get(operandVector, i)));
        }
        return out;
    }

    private Object result(List<Object[]> rows, Object probe) {
        switch (kind) {
            case SCALAR:
                if (rows.size() > 1) {
                    throw new dev.floe.engine.FloeException(dev.floe.engine.ErrorCode.INVALID_ARGUMENT,
                            "Single-row subquery returns more than one row.");
                }
                return rows.isEmpty() ? null : rows.get(0)[0];
            case EXISTS:
                return !rows.isEmpty() != negated;
            default: {
                if (probe == null) return rows.isEmpty() ? negated : null;
                boolean sawNull = false;
                SqlType t = operand.type();
                for (Object[] row : rows) {
                    if (row[0] == null) sawNull = true;
                    else if (ValueComparator.equal(probe, row[0], t)) return !negated;
                }
                return sawNull ? null : negated;
            }
        }
    }

    @Override
    public List<Expr> children() {
        List<Expr> c = new ArrayList<>(outer.captured());
        if (operand != null) c.add(operand);
        return c;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        // Column renumbering (pruning) must reach the captured outer columns; rebuild around the same plan.
        OuterReferences moved = outer.remapped(children.subList(0, outer.captured().size()));
        Expr op = operand == null ? null : children.get(children.size() - 1);
        return new CorrelatedSubqueryExpr(kind, type(), plan, moved, op, negated, ctx);
    }

    @Override
    public boolean threadConfined() {
        return true;
    }

    @Override
    public boolean isConstant() {
        return false;
    }

    @Override
    public String toString() {
        return "CORRELATED " + kind + "(" + outer.captured() + ")@" + System.identityHashCode(plan);
    }
}
