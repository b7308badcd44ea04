package dev.floe.engine.exec;

import dev.floe.engine.FloeException;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.storage.SegmentView;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * GROUP BY over a table scan, split by segments over worker threads: each part scans its segments
 * through its own copy of the pipeline into a partial aggregation, and the partials merge at the
 * end (per-segment partial aggregation, DESIGN.md §7).
 */
final class ParallelAggregateOperator implements Operator {
    private final List<List<SegmentView>> parts;
    private final Function<List<SegmentView>, Operator> pipeline;
    private final List<Expr> keys;
    private final List<HashAggregateOperator.AggregateCall> aggregates;
    private final EvalContext ctx;
    private final ExecutorService workers;
    private final ScanStats stats;
    private final List<SqlType> types;
    private boolean done;

    ParallelAggregateOperator(List<List<SegmentView>> parts, Function<List<SegmentView>, Operator> pipeline,
                              List<Expr> keys, List<HashAggregateOperator.AggregateCall> aggregates, EvalContext ctx,
                              ExecutorService workers, ScanStats stats) {
        this.parts = parts;
        this.pipeline = pipeline;
        this.keys = keys;
        this.aggregates = aggregates;
        this.ctx = ctx;
        this.workers = workers;
        this.stats = stats;
        this.types = HashAggregateOperator.outputTypes(keys, aggregates);
    }

    /** Splits segments into at most {@code count} parts of similar row counts, keeping commit order within each. */
    static List<List<SegmentView>> split(List<SegmentView> segments, int count) {
        long total = 0;
        for (SegmentView s : segments) total += s.rowCount();
        List<List<SegmentView>> parts = new ArrayList<>();
        List<SegmentView> current = new ArrayList<>();
        long rows = 0;
        long share = Math.max(1, (total + count - 1) / count);
        for (SegmentView s : segments) {
            current.add(s);
            rows += s.rowCount();
            if (rows >= share && parts.size() < count - 1) {
                parts.add(current);
                current = new ArrayList<>();
                rows = 0;
            }
        }
        if (!current.isEmpty()) parts.add(current);
        return parts;
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
        stats.parallelParts.addAndGet(parts.size());
        List<Future<GroupedAggregation>> futures = new ArrayList<>();
        for (List<SegmentView> part : parts) {
            futures.add(workers.submit(partial(part)));
        }
        GroupedAggregation merged = null;
        try {
            for (Future<GroupedAggregation> f : futures) {
                GroupedAggregation partial = f.get();
                if (merged == null) merged = partial;
                else merged.merge(partial);
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) throw (RuntimeException) cause;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new FloeException(dev.floe.engine.ErrorCode.CANCELLED, "SQL execution canceled");
        }
        return merged.emit(types);
    }

    private Callable<GroupedAggregation> partial(List<SegmentView> part) {
        List<Expr> keyCopies = copies(keys);
        List<HashAggregateOperator.AggregateCall> callCopies = new ArrayList<>();
        for (HashAggregateOperator.AggregateCall c : aggregates) {
            callCopies.add(new HashAggregateOperator.AggregateCall(c.function(), copies(c.args())));
        }
        Operator input = pipeline.apply(part);
        return () -> {
            try (Operator in = input) {
                GroupedAggregation groups = new GroupedAggregation(keyCopies, callCopies, ctx);
                groups.consumeAll(in);
                return groups;
            }
        };
    }

    static List<Expr> copies(List<Expr> exprs) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) out.add(e.copy());
        return out;
    }
}
