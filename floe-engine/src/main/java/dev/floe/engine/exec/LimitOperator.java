package dev.floe.engine.exec;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.Selection;
import java.util.List;

/** Skips {@code offset} rows, then passes at most {@code limit} rows and stops pulling. */
final class LimitOperator implements Operator {
    private final Operator input;
    private long toSkip;
    private long remaining;
    private final int[] selection = new int[BATCH_SIZE];

    LimitOperator(Operator input, long offset, long limit) {
        this.input = input;
        this.toSkip = offset;
        this.remaining = limit;
    }

    @Override
    public List<SqlType> types() {
        return input.types();
    }

    @Override
    public ColumnBatch next() {
        while (remaining > 0) {
            ColumnBatch batch = input.next();
            if (batch == null) {
                return null;
            }
            int n = batch.size();
            int start = (int) Math.min(toSkip, n);
            toSkip -= start;
            int count = (int) Math.min(remaining, n - start);
            if (count <= 0) {
                continue;
            }
            remaining -= count;
            if (start == 0 && count == n) {
                return batch;
            }
            int[] sel = count <= selection.length ? selection : new int[count];
            for (int i = 0; i < count; i++) {
                sel[i] = start + i;
            }
            ColumnVector[] out = new ColumnVector[batch.columnCount()];
            for (int c = 0; c < out.length; c++) {
                out[c] = Selection.gather(batch.column(c), sel, count, null);
            }
            return new ColumnBatch(out, count);
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
