package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.exec.agg.AggregateFunction;
import dev.floe.engine.exec.agg.Aggregates;
import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.WindowCall;
import dev.floe.engine.plan.WindowNode;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FrameBound;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.OrderItem;
import dev.floe.sql.tree.WindowFrame;
import dev.floe.sql.tree.WindowSpec;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds window function calls ({@code f(...) OVER (...)}) wherever a SELECT block allows them
 * (select list, QUALIFY, ORDER BY). Each call becomes a column after the block's input columns;
 * because the input (an aggregation's output) may still grow while binding, calls first get
 * placeholder positions, which {@link #node} renumbers once the input is final.
 */
final class WindowBinder implements ExpressionBinder.Hook {
    private static final int PLACEHOLDER = 1 << 28;

    private final ExpressionBinder.Hook inner;
    private final BindContext ctx;
    private final List<WindowCall> calls = new ArrayList<>();
    private final List<String> digests = new ArrayList<>();
    private ExpressionBinder binder;

    WindowBinder(ExpressionBinder.Hook inner, BindContext ctx) {
        this.inner = inner;
        this.ctx = ctx;
    }

    /** The binder used for the calls' arguments, keys and order (the block's output binder). */
    void bindWith(ExpressionBinder binder) {
        this.binder = binder;
    }

    boolean hasCalls() {
        return !calls.isEmpty();
    }

    @Override
    public Expr substitute(Expression e) {
        if (e instanceof FunctionCall && ((FunctionCall) e).window().isPresent()) {
            return window((FunctionCall) e);
        }
        return inner == null ? null : inner.substitute(e);
    }

    @Override
    public Expr onColumn(ColumnRef ref, Expr bound) {
        return inner == null ? bound : inner.onColumn(ref, bound);
    }

    private Expr window(FunctionCall call) {
        String name = SelectBinder.functionName(call);
        WindowSpec spec = call.window().get();
        List<Expr> args = new ArrayList<>();
        for (Expression a : call.arguments()) {
            if (a instanceof FunctionCall && ((FunctionCall) a).window().isPresent()) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "window functions cannot be nested");
            }
            args.add(binder.bind(a));
        }
        List<Expr> partition = new ArrayList<>();
        for (Expression p : spec.partitionBy()) partition.add(binder.bind(p));
        List<Expr> order = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        List<Boolean> nullsFirst = new ArrayList<>();
        for (OrderItem o : spec.orderBy()) {
            order.add(binder.bind(o.expression()));
            desc.add(!o.ascending());
            nullsFirst.add(o.nulls() == OrderItem.NullOrdering.DEFAULT ? !o.ascending() : o.nulls() == OrderItem.NullOrdering.FIRST);
        }
        WindowCall bound = resolve(name, call, args, partition, order, desc, nullsFirst, spec);
        if (call.ignoreNulls() && !bound.ignoreNulls()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "IGNORE NULLS is not allowed with " + name);
        }
        String digest = name + args + partition + order + desc + nullsFirst + bound.frame() + bound.ignoreNulls();
        int index = digests.indexOf(digest);
        if (index < 0) {
            index = calls.size();
            calls.add(bound);
            digests.add(digest);
        }
        return new ColumnExpr(PLACEHOLDER + index, bound.type(), digest);
    }

    private WindowCall resolve(String name, FunctionCall call, List<Expr> args, List<Expr> partition, List<Expr> order,
                               List<Boolean> desc, List<Boolean> nullsFirst, WindowSpec spec) {
        SqlType rank = SqlType.number(18, 0);
        switch (name) {
            case "ROW_NUMBER":
            case "RANK":
            case "DENSE_RANK":
                noArgs(name, args);
                if (order.isEmpty()) {
                    throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Window function type [" + name
                            + "] requires ORDER BY in window specification.");
                }
                return new WindowCall(WindowCall.Kind.valueOf(name), null, args, partition, order, desc, nullsFirst,
                        WindowCall.Frame.WHOLE_PARTITION, 0, rank, false);
            case "LAG":
            case "LEAD": {
                if (args.isEmpty() || args.size() > 3) {
                    throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + " takes 1 to 3 arguments");
                }
                long offset = 1;
                if (args.size() >= 2) {
                    Object o = args.get(1) instanceof ConstantExpr ? ((ConstantExpr) args.get(1)).value() : null;
                    if (!(o instanceof Long) || (Long) o < 0) {
                        throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + "'s offset must be a non-negative integer constant");
                    }
                    offset = (Long) o;
                }
                SqlType type = args.get(0).type();
                List<Expr> kept = new ArrayList<>(List.of(args.get(0)));
                if (args.size() == 3) kept.add(TypeCoercion.coerce(args.get(2), type, ctx.timeZone()));
                return new WindowCall(WindowCall.Kind.valueOf(name), null, kept, partition, order, desc, nullsFirst,
                        WindowCall.Frame.WHOLE_PARTITION, offset, type, call.ignoreNulls());
            }
            case "FIRST_VALUE":
            case "LAST_VALUE":
                if (args.size() != 1) throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + " takes 1 argument");
                return new WindowCall(WindowCall.Kind.valueOf(name), null, args, partition, order, desc, nullsFirst,
                        frame(spec.frame().orElse(null), WindowCall.Frame.WHOLE_PARTITION), 0, args.get(0).type(),
                        call.ignoreNulls());
            default: {
                if (!Aggregates.isAggregate(name)) {
                    throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "Unknown window function " + name);
                }
                List<SqlType> types = new ArrayList<>();
                for (Expr a : args) types.add(a.type());
                AggregateFunction f = Aggregates.resolve(name, types, call.distinct(), call.starArgument(), List.of());
                WindowCall.Frame fallback = order.isEmpty() ? WindowCall.Frame.WHOLE_PARTITION : WindowCall.Frame.RUNNING_WITH_PEERS;
                return new WindowCall(WindowCall.Kind.AGGREGATE, f, args, partition, order, desc, nullsFirst,
                        frame(spec.frame().orElse(null), fallback), 0, f.type(), false);
            }
        }
    }

    private static void noArgs(String name, List<Expr> args) {
        if (!args.isEmpty()) throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + " takes no arguments");
    }

    private static WindowCall.Frame frame(WindowFrame frame, WindowCall.Frame fallback) {
        if (frame == null) return fallback;
        long start = bound(frame.start(), true);
        long end = frame.end().isPresent() ? bound(frame.end().get(), false) : 0;
        if (frame.unit() == WindowFrame.Unit.RANGE) {
            boolean whole = start == Long.MIN_VALUE && end == Long.MAX_VALUE;
            boolean running = start == Long.MIN_VALUE && end == 0;
            if (!whole && !running) {
                throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "RANGE frames with offsets are not supported; use ROWS");
            }
            return whole ? WindowCall.Frame.WHOLE_PARTITION : WindowCall.Frame.RUNNING_WITH_PEERS;
        }
        if (start > end) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "window frame starts after it ends: " + frame);
        }
        return new WindowCall.Frame(start, end, false);
    }

    private static long bound(FrameBound b, boolean start) {
        switch (b.kind()) {
            case UNBOUNDED_PRECEDING: return Long.MIN_VALUE;
            case UNBOUNDED_FOLLOWING: return Long.MAX_VALUE;
            case CURRENT_ROW: return 0;
            default: {
                Expression offset = b.offset().orElseThrow();
                if (!(offset instanceof dev.floe.sql.tree.NumericLiteral)) {
                    throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "a window frame offset must be an integer literal");
                }
                long n = Long.parseLong(((dev.floe.sql.tree.NumericLiteral) offset).text());
                return b.kind() == FrameBound.Kind.PRECEDING ? -n : n;
            }
        }
    }

    /** The window node over the block's final input. */
    PlanNode node(PlanNode input) {
        return new WindowNode(input, calls);
    }

    /** An expression over the window node's output: placeholders become the call columns after the input's. */
    static Expr renumber(Expr e, int inputWidth) {
        return ColumnShift.remap(e, i -> i >= PLACEHOLDER ? inputWidth + (i - PLACEHOLDER) : i);
    }
}
