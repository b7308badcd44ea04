package dev.floe.engine.exec;

import dev.floe.engine.exec.agg.Accumulator;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.ValueComparator;
import dev.floe.engine.expr.Values;
import dev.floe.engine.plan.WindowCall;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Computes window functions: reads all input rows, then for each call sorts the rows by partition
 * and order keys and walks each partition, giving every row its value. Rows come out in input order
 * with the call results appended.
 */
final class WindowOperator implements Operator {
    private final Operator input;
    private final List<WindowCall> calls;
    private final EvalContext ctx;
    private final List<SqlType> types;
    private List<Object[]> rows;
    private int position;

    WindowOperator(Operator input, List<WindowCall> calls, EvalContext ctx) {
        this.input = input;
        this.calls = List.copyOf(calls);
        this.ctx = ctx;
        List<SqlType> t = new ArrayList<>(input.types());
        for (WindowCall c : calls) t.add(c.type());
        this.types = List.copyOf(t);
    }

    @Override
    public List<SqlType> types() {
        return types;
    }

    @Override
    public ColumnBatch next() {
        if (rows == null) {
            compute();
        }
        if (position >= rows.size()) {
            return null;
        }
        BatchBuilder out = new BatchBuilder(types, Math.min(BATCH_SIZE, rows.size() - position));
        while (position < rows.size() && out.size() < BATCH_SIZE) {
            out.addRow(rows.get(position++));
        }
        return out.build();
    }

    /** Reads the input; each stored row holds the input columns, then each call's evaluated inputs, then results. */
    private void compute() {
        int width = input.types().size();
        int[] callBase = new int[calls.size()];
        int next = width;
        for (int c = 0; c < calls.size(); c++) {
            callBase[c] = next;
            next += calls.get(c).expressions().size();
        }
        int resultBase = next;
        int rowWidth = resultBase + calls.size();
        List<Object[]> all = new ArrayList<>();
        ColumnBatch batch;
        while ((batch = input.next()) != null) {
            ctx.checkInterrupted();
            ColumnVector[][] evaluated = new ColumnVector[calls.size()][];
            for (int c = 0; c < calls.size(); c++) {
                List<Expr> exprs = calls.get(c).expressions();
                evaluated[c] = new ColumnVector[exprs.size()];
                for (int e = 0; e < exprs.size(); e++) {
                    ColumnVector v = exprs.get(e).evaluate(batch, ctx);
                    ColumnVector copy = ColumnVector.allocate(v.type(), batch.size());
                    for (int i = 0; i < batch.size(); i++) copy.copyFrom(v, i, i);
                    evaluated[c][e] = copy;
                }
            }
            for (int i = 0; i < batch.size(); i++) {
                Object[] row = new Object[rowWidth];
                for (int col = 0; col < width; col++) row[col] = Values.get(batch.column(col), i);
                for (int c = 0; c < calls.size(); c++) {
                    for (int e = 0; e < evaluated[c].length; e++) row[callBase[c] + e] = Values.get(evaluated[c][e], i);
                }
                all.add(row);
            }
        }
        for (int c = 0; c < calls.size(); c++) {
            computeCall(calls.get(c), all, callBase[c], resultBase + c);
        }
        rows = new ArrayList<>(all.size());
        for (Object[] row : all) {
            Object[] out = new Object[width + calls.size()];
            System.arraycopy(row, 0, out, 0, width);
            System.arraycopy(row, resultBase, out, width, calls.size());
            rows.add(out);
        }
    }

    private void computeCall(WindowCall call, List<Object[]> all, int base, int result) {
        int args = call.args().size();
        int partitions = call.partitionBy().size();
        int orders = call.orderBy().size();
        Comparator<Object[]> byPartition = keys(call, base + args, partitions, null);
        Comparator<Object[]> byOrder = keys(call, base + args + partitions, orders, call);
        Integer[] index = new Integer[all.size()];
        for (int i = 0; i < index.length; i++) index[i] = i;
        Arrays.sort(index, (a, b) -> {
            int c = byPartition.compare(all.get(a), all.get(b));
            if (c == 0) c = byOrder.compare(all.get(a), all.get(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        int start = 0;
        while (start < index.length) {
            int end = start + 1;
            while (end < index.length && byPartition.compare(all.get(index[start]), all.get(index[end])) == 0) end++;
            List<Object[]> partition = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) partition.add(all.get(index[i]));
            fillPartition(call, partition, base, result, byOrder);
            start = end;
        }
    }

    private void fillPartition(WindowCall call, List<Object[]> part, int base, int result, Comparator<Object[]> byOrder) {
        int n = part.size();
        switch (call.kind()) {
            case ROW_NUMBER:
                for (int i = 0; i < n; i++) part.get(i)[result] = (long) i + 1;
                return;
            case RANK:
            case DENSE_RANK: {
                long rank = 0;
                long dense = 0;
                for (int i = 0; i < n; i++) {
                    if (i == 0 || byOrder.compare(part.get(i - 1), part.get(i)) != 0) {
                        rank = i + 1;
                        dense++;
                    }
                    part.get(i)[result] = call.kind() == WindowCall.Kind.RANK ? rank : dense;
                }
                return;
            }
            case LAG:
            case LEAD: {
                int step = call.kind() == WindowCall.Kind.LAG ? -1 : 1;
                for (int i = 0; i < n; i++) {
                    Object fallback = call.args().size() > 1 ? part.get(i)[base + 1] : null;
                    int j = shifted(part, base, i, step, call.offset(), call.ignoreNulls());
                    part.get(i)[result] = j >= 0 ? part.get(j)[base] : fallback;
                }
                return;
            }
            case FIRST_VALUE:
            case LAST_VALUE:
                for (int i = 0; i < n; i++) {
                    int[] range = frame(call.frame(), part, i, byOrder);
                    if (range[0] > range[1]) continue;
                    boolean first = call.kind() == WindowCall.Kind.FIRST_VALUE;
                    int at = first ? range[0] : range[1];
                    if (call.ignoreNulls()) {
                        while (at >= range[0] && at <= range[1] && part.get(at)[base] == null) at += first ? 1 : -1;
                        if (at < range[0] || at > range[1]) continue;
                    }
                    part.get(i)[result] = part.get(at)[base];
                }
                return;
            default:
                aggregate(call, part, base, result, byOrder);
        }
    }

    /**
     * The row {@code offset} rows before (step -1) or after (step 1) row i, counting only rows with
     * a non-NULL value when NULLs are ignored; -1 when there is none.
     */
    private static int shifted(List<Object[]> part, int base, int i, int step, long offset, boolean ignoreNulls) {
        if (!ignoreNulls) {
            long j = i + step * offset;
            return j >= 0 && j < part.size() ? (int) j : -1;
        }
        long remaining = offset;
        int j = i;
        while (remaining > 0) {
            j += step;
            if (j < 0 || j >= part.size()) return -1;
            if (part.get(j)[base] != null) remaining--;
        }
        return j;
    }

    private void aggregate(WindowCall call, List<Object[]> part, int base, int result, Comparator<Object[]> byOrder) {
        int n = part.size();
        WindowCall.Frame frame = call.frame();
        boolean incremental = frame.start() == Long.MIN_VALUE;
        Accumulator acc = null;
        int added = 0;
        for (int i = 0; i < n; i++) {
            int[] range = frame(frame, part, i, byOrder);
            if (!incremental || acc == null) {
                acc = call.aggregate().factory().get();
                acc.ensureGroups(1);
                added = range[0];
            }
            for (; added <= range[1]; added++) feed(acc, call, part.get(added), base);
            part.get(i)[result] = acc.result(0);
            if (!incremental) acc = null;
        }
    }

    private static void feed(Accumulator acc, WindowCall call, Object[] row, int base) {
        List<SqlType> argTypes = call.aggregate().argTypes();
        ColumnVector[] args = new ColumnVector[argTypes.size()];
        for (int a = 0; a < args.length; a++) {
            args[a] = ColumnVector.allocate(argTypes.get(a).physical(), 1);
            Values.set(args[a], 0, row[base + a]);
        }
        acc.add(new int[] {0}, args, 1);
    }

    /** The first and last row (inclusive, within the partition) the frame covers for row i. */
    private static int[] frame(WindowCall.Frame frame, List<Object[]> part, int i, Comparator<Object[]> byOrder) {
        int n = part.size();
        long lo = frame.start() == Long.MIN_VALUE ? 0 : Math.max(0, i + frame.start());
        long hi;
        if (frame.peers()) {
            int j = i;
            while (j + 1 < n && byOrder.compare(part.get(i), part.get(j + 1)) == 0) j++;
            hi = j;
        } else {
            hi = frame.end() == Long.MAX_VALUE ? n - 1 : Math.min(n - 1, i + frame.end());
        }
        return new int[] {(int) lo, (int) hi};
    }

    /** Orders rows by {@code count} stored key values from {@code from}; directions from the call's ORDER BY. */
    private static Comparator<Object[]> keys(WindowCall call, int from, int count, WindowCall order) {
        return (a, b) -> {
            for (int k = 0; k < count; k++) {
                Object x = a[from + k];
                Object y = b[from + k];
                boolean desc = order != null && order.descending().get(k);
                boolean nullsFirst = order != null && order.nullsFirst().get(k);
                int c;
                if (x == null || y == null) {
                    if (x == y) continue;
                    return (x == null) == nullsFirst ? -1 : 1;
                }
                SqlType type = (order != null ? call.orderBy() : call.partitionBy()).get(k).type();
                c = ValueComparator.compare(x, y, type);
                if (c != 0) return desc ? -c : c;
            }
            return 0;
        };
    }

    @Override
    public void close() {
        input.close();
    }
}
