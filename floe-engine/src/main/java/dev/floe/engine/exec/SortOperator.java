package dev.floe.engine.exec;

import dev.floe.engine.expr.Values;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * ORDER BY, optionally with a limit (top-N: keeps only {@code offset + limit} rows in a bounded
 * heap, so memory follows the limit, not the input). The sort is stable.
 */
final class SortOperator implements Operator {
    private final Operator input;
    private final List<SortKey> keys;
    private final OrderedBlockScanOperator bestFirst;
    private final Comparator<Object[]> order;
    private final long keep;
    private List<Object[]> sorted;
    private int position;

    SortOperator(Operator input, List<SortKey> keys, long keep) {
        this(input, keys, keep, null);
    }

    /**
     * With {@code bestFirst} (the scan below, reading blocks best-first on the first key), the
     * top-N stops reading once no unread block can hold a row that beats the ones kept.
     */
    SortOperator(Operator input, List<SortKey> keys, long keep, OrderedBlockScanOperator bestFirst) {
        this.bestFirst = bestFirst;
        this.input = input;
        this.keys = List.copyOf(keys);
        this.order = SortKey.comparator(keys);
        this.keep = keep;
    }

    @Override
    public List<SqlType> types() {
        return input.types();
    }

    @Override
    public ColumnBatch next() {
        if (sorted == null) {
            sorted = keep < Integer.MAX_VALUE ? topN() : sortAll();
        }
        if (position >= sorted.size()) {
            return null;
        }
        BatchBuilder out = new BatchBuilder(types(), Math.min(BATCH_SIZE, sorted.size() - position));
        while (position < sorted.size() && out.size() < BATCH_SIZE) {
            out.addRow(sorted.get(position++));
        }
        return out.build();
    }

    private List<Object[]> sortAll() {
        List<Object[]> rows = RowBuffer.drain(input);
        rows.sort(order);
        return rows;
    }

    private List<Object[]> topN() {
        // Rows arrive tagged with their arrival index so that equal keys keep input order.
        Comparator<Object[]> stable = (a, b) -> {
            int c = order.compare((Object[]) a[0], (Object[]) b[0]);
            return c != 0 ? c : Long.compare((Long) a[1], (Long) b[1]);
        };
        PriorityQueue<Object[]> heap = new PriorityQueue<>(stable.reversed());
        long seq = 0;
        SortKey first = keys.get(0);
        ColumnBatch batch;
        while ((batch = input.next()) != null) {
            ColumnVector firstKey = batch.column(first.column());
            for (int i = 0; i < batch.size(); i++) {
                if (heap.size() == keep && keep > 0) {
                    // Skip rows whose first key already loses to the worst kept row, without building them.
                    Object[] worst = (Object[]) heap.peek()[0];
                    if (first.compare(Values.get(firstKey, i), worst[first.column()]) > 0) continue;
                }
                Object[] row = new Object[batch.columnCount()];
                for (int col = 0; col < row.length; col++) row[col] = Values.get(batch.column(col), i);
                heap.add(new Object[] {row, seq++});
                if (heap.size() > keep) {
                    heap.poll();
                }
            }
            if (bestFirst != null && heap.size() == keep && keep > 0) {
                Object bound = bestFirst.nextBound();
                Object[] worst = (Object[]) heap.peek()[0];
                if (bound == null || first.compare(bound, worst[first.column()]) > 0) {
                    break;
                }
            }
        }
        List<Object[]> rows = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            rows.add((Object[]) heap.poll()[0]);
        }
        java.util.Collections.reverse(rows);
        return rows;
    }

    @Override
    public void close() {
        input.close();
    }
}
