package dev.floe.engine.exec;

import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.Selection;
import java.util.List;

/** Keeps the rows whose predicate is TRUE (not FALSE, not NULL), compacting them into dense batches. */
final class FilterOperator implements Operator {
    private final Operator input;
    private final Expr predicate;
    private final EvalContext ctx;
    private final int[] selection = new int[BATCH_SIZE];
    private ColumnVector[] out;

    FilterOperator(Operator input, Expr predicate, EvalContext ctx) {
        this.input = input;
        this.predicate = predicate;
        this.ctx = ctx;
    }

    @Override
    public List<SqlType> types() {
        return input.types();
    }

    @Override
    public ColumnBatch next() {
        while (true) {
            ColumnBatch batch = input.next();
            if (batch == null) {
                return null;
            }
            ctx.checkInterrupted();
            BooleanVector keep = (BooleanVector) predicate.evaluate(batch, ctx);
            int n = batch.size();
            int[] sel = n <= selection.length ? selection : new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (keep.values[i] && !keep.isNull(i)) {
                    sel[count++] = i;
                }
            }
            if (count == n) {
                return batch;
            }
            if (count > 0) {
                return gather(batch, sel, count);
            }
        }
    }

    private ColumnBatch gather(ColumnBatch batch, int[] sel, int count) {
        int columns = batch.columnCount();
        if (out == null) {
            out = new ColumnVector[columns];
        }
        for (int c = 0; c < columns; c++) {
            out[c] = Selection.gather(batch.column(c), sel, count, out[c]);
        }
        return new ColumnBatch(out, count);
    }

    @Override
    public void close() {
        input.close();
    }
}
