package dev.floe.engine.exec;

import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.ArrayList;
import java.util.List;

/** Computes one output column per expression. */
final class ProjectOperator implements Operator {
    private final Operator input;
    private final List<Expr> expressions;
    private final List<SqlType> types;
    private final EvalContext ctx;

    ProjectOperator(Operator input, List<Expr> expressions, EvalContext ctx) {
        this.input = input;
        this.expressions = List.copyOf(expressions);
        this.ctx = ctx;
        List<SqlType> t = new ArrayList<>();
        for (Expr e : expressions) {
            t.add(e.type());
        }
        this.types = List.copyOf(t);
    }

    @Override
    public List<SqlType> types() {
        return types;
    }

    @Override
    public ColumnBatch next() {
        ColumnBatch batch = input.next();
        if (batch == null) {
            return null;
        }
        ColumnVector[] out = new ColumnVector[expressions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expressions.get(i).evaluate(batch, ctx);
        }
        return new ColumnBatch(out, batch.size());
    }

    @Override
    public void close() {
        input.close();
    }
}
