package dev.floe.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C (SIGINT) or SIGTERM while {@code floe sql} runs: the JVM starts its shutdown hooks, and
 * this one cancels the running statement, then gives the script runner a moment to report the
 * cancellation and close the data directory before the JVM exits (with status 130 for SIGINT).
 */
final class Interruption implements AutoCloseable {
    private static final long WAIT_FOR_RUNNER_SECONDS = 5;

    private final Thread hook = new Thread(this::interruptAndWait, "floe-sql-interrupt");
    private final CountDownLatch runnerDone = new CountDownLatch(1);
    private volatile Runnable cancelStatement = () -> { };
    private volatile boolean awaitingInput;
    private volatile boolean interrupted;

    /** Not yet a shutdown hook: {@link #install()} makes one; tests call {@link #interrupt()} directly. */
    Interruption() {
    }

    /** Installs the shutdown hook; {@link #close()} removes it. */
    static Interruption install() {
        Interruption interruption = new Interruption();
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** What cancels the statement in flight, e.g. {@code session::cancel}. */
    void cancelWith(Runnable cancel) {
        cancelStatement = cancel;
    }

    /** Whether the runner is blocked reading its script (e.g. standard input), where it cannot notice an interrupt. */
    void awaitingInput(boolean awaiting) {
        awaitingInput = awaiting;
    }

    boolean interrupted() {
        return interrupted;
    }

    /** Cancels the statement in flight; the runner stops before its next statement. */
    void interrupt() {
        interrupted = true;
        cancelStatement.run();
    }

    /** The shutdown hook: interrupt, then wait (bounded) for the runner to stop, unless it is blocked reading input. */
    private void interruptAndWait() {
        interrupt();
        if (awaitingInput) {
            return;
        }
        try {
            runnerDone.await(WAIT_FOR_RUNNER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        runnerDone.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down already: the hook is running and waits for us.
        }
    }
}
