package dev.floe.engine.plan;

import dev.floe.engine.exec.agg.AggregateFunction;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import java.util.List;

/**
 * One window function call: what it computes, over which partition and order, and which rows of
 * the partition (the frame) an aggregate sees, and whether LAG/LEAD/FIRST_VALUE/LAST_VALUE skip
 * NULLs (IGNORE NULLS). All expressions are over the window node's input.
 */
public record WindowCall(Kind kind, AggregateFunction aggregate, List<Expr> args, List<Expr> partitionBy,
                         List<Expr> orderBy, List<Boolean> descending, List<Boolean> nullsFirst, Frame frame,
                         long offset, SqlType type, boolean ignoreNulls) {

    public enum Kind { ROW_NUMBER, RANK, DENSE_RANK, LAG, LEAD, FIRST_VALUE, LAST_VALUE, AGGREGATE }

    /**
     * The rows around the current one an aggregate covers: {@code start}/{@code end} are offsets
     * from the current row (negative = preceding), with MIN/MAX_VALUE for unbounded; {@code peers}
     * marks Snowflake's default frame with an ORDER BY (RANGE ... CURRENT ROW), which includes
     * every row that sorts equal to the current one.
     */
    public record Frame(long start, long end, boolean peers) {
        public static final Frame WHOLE_PARTITION = new Frame(Long.MIN_VALUE, Long.MAX_VALUE, false);
        public static final Frame RUNNING_WITH_PEERS = new Frame(Long.MIN_VALUE, 0, true);
    }

    public WindowCall {
        args = List.copyOf(args);
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
        descending = List.copyOf(descending);
        nullsFirst = List.copyOf(nullsFirst);
    }

    /** Every expression the call reads, for rewrites. */
    public List<Expr> expressions() {
        List<Expr> all = new java.util.ArrayList<>(args);
        all.addAll(partitionBy);
        all.addAll(orderBy);
        return all;
    }

    /** This call over other expressions, in the order {@link #expressions()} lists them. */
    public WindowCall withExpressions(List<Expr> all) {
        int a = args.size();
        int p = partitionBy.size();
        return new WindowCall(kind, aggregate, all.subList(0, a), all.subList(a, a + p), all.subList(a + p, all.size()),
                descending, nullsFirst, frame, offset, type, ignoreNulls);
    }
}
