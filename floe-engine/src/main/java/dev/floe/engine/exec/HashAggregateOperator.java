package dev.floe.engine.exec;

import dev.floe.engine.exec.agg.AggregateFunction;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;

/** GROUP BY over one input: all rows go through one {@link GroupedAggregation}; the groups come out at the end. */
final class HashAggregateOperator implements Operator {
    private final Operator input;
    private final List<Expr> keys;
    private final List<AggregateCall> aggregates;
    private final EvalContext ctx;
    private final List<SqlType> types;
    private boolean done;

    /** An aggregate and the expressions of its arguments. */
    record AggregateCall(AggregateFunction function, List<Expr> args) {
    }

    HashAggregateOperator(Operator input, List<Expr> keys, List<AggregateCall> aggregates, EvalContext ctx) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.aggregates = List.copyOf(aggregates);
        this.ctx = ctx;
        this.types = outputTypes(keys, aggregates);
    }

    static List<SqlType> outputTypes(List<Expr> keys, List<AggregateCall> aggregates) {
        List<SqlType> t = new ArrayList<>();
        for (Expr k : keys) t.add(k.type());
        for (AggregateCall a : aggregates) t.add(a.function().type());
        return List.copyOf(t);
    }

    @Override
    public List<SqlType> types() {
        return types;
    }

    @Override
    public ColumnBatch next() {
        if (done) {
            return null;
        }
        done = true;
        GroupedAggregation groups = new GroupedAggregation(keys, aggregates, ctx);
        groups.consumeAll(input);
        return groups.emit(types);
    }

    @Override
    public void close() {
        input.close();
    }
}
