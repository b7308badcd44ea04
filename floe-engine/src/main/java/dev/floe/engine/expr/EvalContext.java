package dev.floe.engine.expr;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import java.time.ZoneId;

/**
 * What an expression needs besides its input: the session time zone and the statement's start
 * time (CURRENT_TIMESTAMP() is fixed once per statement), and the statement's cancellation flag.
 */
public final class EvalContext {
    private final ZoneId timeZone;
    private final long statementStartNanos;
    private final long deadlineNanoTime;
    private volatile boolean cancelled;

    public EvalContext(ZoneId timeZone, long statementStartEpochNanos, long timeoutMillis) {
        this.timeZone = timeZone;
        this.statementStartNanos = statementStartEpochNanos;
        this.deadlineNanoTime = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : Long.MAX_VALUE;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** CURRENT_TIMESTAMP() of this statement, in epoch nanoseconds. */
    public long statementStartEpochNanos() {
        return statementStartNanos;
    }

    public void cancel() {
        cancelled = true;
    }

    /** Called by operators between batches: stops a cancelled or timed-out statement. */
    public void checkInterrupted() {
        if (cancelled) {
            throw new FloeException(ErrorCode.CANCELLED, "SQL execution canceled");
        }
        if (System.nanoTime() > deadlineNanoTime) {
            throw new FloeException(ErrorCode.STATEMENT_TIMEOUT,
                    "Statement reached its statement or warehouse timeout and was canceled.");
        }
    }
}
