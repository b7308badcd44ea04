package dev.floe.engine.exec;

import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.Values;
import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inner, left and cross joins. The right input (the small dimension table in the common case) is
 * built into a hash table on the equi-join keys; left rows stream through and probe it. A residual
 * condition, if any, is checked on each candidate pair. NULL keys never match. Output batches stop
 * at about {@link #BATCH_SIZE} rows, resuming inside the left batch on the next call, so a cross
 * join neither builds one huge batch nor runs long between cancellation checks.
 */
final class HashJoinOperator implements Operator {
    private final Operator left;
    private final Operator right;
    private final List<Expr> leftKeys;
    private final List<Expr> rightKeys;
    private final Expr residual;
    private final boolean leftOuter;
    private final EvalContext ctx;
    private final List<SqlType> types;
    private Map<RowKey, List<Object[]>> table;
    private List<Object[]> allRight;
    private ColumnBatch probing;
    private ColumnVector[] probingKeys;
    private int nextProbeRow;

    HashJoinOperator(Operator left, Operator right, List<Expr> leftKeys, List<Expr> rightKeys, Expr residual,
                     boolean leftOuter, EvalContext ctx) {
        this.left = left;
        this.right = right;
        this.leftKeys = List.copyOf(leftKeys);
        this.rightKeys = List.copyOf(rightKeys);
        this.residual = residual;
        this.leftOuter = leftOuter;
        this.ctx = ctx;
        List<SqlType> t = new ArrayList<>(left.types());
        t.addAll(right.types());
        this.types = List.copyOf(t);
    }

    @Override
    public List<SqlType> types() {
        return types;
    }

    @Override
    public ColumnBatch next() {
        if (table == null) {
            build();
        }
        while (true) {
            if (probing == null || nextProbeRow == probing.size()) {
                probing = left.next();
                if (probing == null) {
                    return null;
                }
                probingKeys = evaluate(leftKeys, probing);
                nextProbeRow = 0;
            }
            ctx.checkInterrupted();
            ColumnBatch joined = probe();
            if (joined != null) {
                return joined;
            }
        }
    }

    private void build() {
        table = new HashMap<>();
        allRight = new ArrayList<>();
        ColumnBatch batch;
        while ((batch = right.next()) != null) {
            ColumnVector[] keyVectors = evaluate(rightKeys, batch);
            for (int i = 0; i < batch.size(); i++) {
                Object[] row = new Object[batch.columnCount()];
                for (int c = 0; c < row.length; c++) row[c] = Values.get(batch.column(c), i);
                if (rightKeys.isEmpty()) {
                    allRight.add(row);
                    continue;
                }
                RowKey key = joinKey(keyVectors, i, rightKeys);
                if (key != null) {
                    table.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                }
            }
        }
    }

    /** Joins left rows from {@link #nextProbeRow} on, until the output reaches a batch's worth or the left batch ends. */
    private ColumnBatch probe() {
        ColumnBatch batch = probing;
        int leftWidth = batch.columnCount();
        int rightWidth = right.types().size();
        List<Object[]> out = new ArrayList<>();
        while (nextProbeRow < batch.size() && out.size() < BATCH_SIZE) {
            int i = nextProbeRow++;
            List<Object[]> candidates;
            if (leftKeys.isEmpty()) {
                candidates = allRight;
            } else {
                RowKey key = joinKey(probingKeys, i, leftKeys);
                candidates = key == null ? null : table.get(key);
            }
            Object[] leftRow = new Object[leftWidth];
            for (int c = 0; c < leftWidth; c++) leftRow[c] = Values.get(batch.column(c), i);
            boolean matched = false;
            if (candidates != null) {
                List<Object[]> pairs = new ArrayList<>(candidates.size());
                for (Object[] r : candidates) pairs.add(concat(leftRow, r));
                for (Object[] pair : residual == null ? pairs : filter(pairs)) {
                    out.add(pair);
                    matched = true;
                }
            }
            if (!matched && leftOuter) {
                out.add(concat(leftRow, new Object[rightWidth]));
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        BatchBuilder builder = new BatchBuilder(types, out.size());
        for (Object[] row : out) builder.addRow(row);
        return builder.build();
    }

    private List<Object[]> filter(List<Object[]> pairs) {
        if (pairs.isEmpty()) return pairs;
        BatchBuilder b = new BatchBuilder(types, pairs.size());
        for (Object[] p : pairs) b.addRow(p);
        BooleanVector keep = (BooleanVector) residual.evaluate(b.build(), ctx);
        List<Object[]> kept = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (keep.values[i] && !keep.isNull(i)) kept.add(pairs.get(i));
        }
        return kept;
    }

    private ColumnVector[] evaluate(List<Expr> exprs, ColumnBatch batch) {
        ColumnVector[] v = new ColumnVector[exprs.size()];
        for (int k = 0; k < v.length; k++) v[k] = exprs.get(k).evaluate(batch, ctx);
        return v;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] row = new Object[a.length + b.length];
        System.arraycopy(a, 0, row, 0, a.length);
        System.arraycopy(b, 0, row, a.length, b.length);
        return row;
    }

    @Override
    public void close() {
        left.close();
        right.close();
    }

    /** The key of a row, or null when a key value is NULL (such a row never matches). */
    private static RowKey joinKey(ColumnVector[] vectors, int row, List<Expr> keys) {
        Object[] values = new Object[vectors.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = Values.get(vectors[k], row);
            if (values[k] == null) return null;
        }
        return new RowKey(values, keys);
    }
}
