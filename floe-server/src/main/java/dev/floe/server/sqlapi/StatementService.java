package dev.floe.server.sqlapi;

import dev.floe.engine.Floe;
import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import dev.floe.engine.security.Principal;
import dev.floe.server.ServerMetrics;
import dev.floe.server.http.HttpError;
import dev.floe.sql.ParsedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accepts submissions, runs them on a bounded pool (so that a client can poll and cancel while a
 * statement runs), and keeps every submission and statement by handle until its result expires.
 */
public final class StatementService {
    /** How long cancelled statements get to stop when the grace period of a shutdown is over. */
    private static final long CANCEL_WAIT_MILLIS = 10_000;
    /**
     * A cancel that arrives just as a statement starts can miss it (the session has nothing running
     * yet), so cancellation is repeated at this interval until the submission has stopped.
     */
    private static final long CANCEL_REPEAT_MILLIS = 100;

    private final SubmissionRunner runner;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Submission> submissions = new ConcurrentHashMap<>();
    private final Map<String, StatementRun> runs = new ConcurrentHashMap<>();
    private final long retentionMillis;
    private final int queueCapacity;
    private volatile boolean accepting = true;

    private StatementService(SubmissionRunner runner, int threads, int queue, long retentionMillis, ServerMetrics metrics) {
        this.runner = runner;
        this.retentionMillis = retentionMillis;
        this.queueCapacity = queue;
        AtomicInteger ids = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "floe-statement-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "floe-statement-scheduler");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1_000, Math.min(retentionMillis / 2, 30_000));
        scheduler.scheduleAtFixedRate(this::expireResults, period, period, TimeUnit.MILLISECONDS);
        metrics.queuedStatements(() -> executor.getQueue().size());
    }

    /** A service running statements on {@code floe} with {@code threads} threads and room for {@code queue} waiting. */
    public static StatementService create(Floe floe, ServerMetrics metrics, long maxResultRows, int threads,
                                          int queue, long retentionMillis) {
        return new StatementService(new SubmissionRunner(floe, metrics, maxResultRows), threads, queue, retentionMillis, metrics);
    }

    /**
     * Parses the request's text and queues its statements. Syntax errors and a statement count other
     * than the announced one give a submission that has already failed.
     */
    public Submission submit(Principal principal, StatementRequest request, String requestId) {
        if (!accepting) {
            throw new HttpError(503, "503", "the server is shutting down");
        }
        String sql = request.bindings().isEmpty() ? request.statement() : BindingSubstitution.apply(request.statement(), request.bindings());
        List<ParsedStatement> statements;
        try {
            statements = Session.parse(sql);
        } catch (FloeException e) {
            return register(Submission.failed(principal.user(), requestId, StatementError.of(e)));
        }
        if (statements.isEmpty()) {
            throw StatementRequest.badRequest("the statement text holds no SQL statement");
        }
        int expected = request.expectedStatementCount();
        if (expected != 0 && expected != statements.size()) {
            return register(Submission.failed(principal.user(), requestId, StatementError.statementCountMismatch(statements.size(), expected)));
        }
        Submission submission = register(new Submission(principal.user(), requestId, statements));
        try {
            executor.execute(() -> runner.run(submission, principal, request));
        } catch (RejectedExecutionException e) {
            forget(submission);
            throw new HttpError(503, "503", accepting
                    ? "too many statements waiting (statements.queue = " + queueCapacity + "); retry later"
                    : "the server is shutting down");
        }
        return submission;
    }

    /** The submission a handle belongs to (its own, or that of one of its statements), or null. */
    public Submission find(String handle) {
        Submission submission = submissions.get(handle);
        if (submission == null) {
            StatementRun run = runs.get(handle);
            submission = run == null ? null : run.submission();
        }
        return submission;
    }

    /** The statement of that handle, or null. */
    public StatementRun run(String handle) {
        return runs.get(handle);
    }

    /** Cancels the submission's running statement and keeps the later ones from starting. */
    public void cancel(Submission submission) {
        submission.cancel();
        try {
            scheduler.schedule(new Runnable() {
                @Override
                public void run() {
                    if (!submission.finished()) {
                        submission.cancel();
                        scheduler.schedule(this, CANCEL_REPEAT_MILLIS, TimeUnit.MILLISECONDS);
                    }
                }
            }, CANCEL_REPEAT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down: the shutdown cancels whatever still runs.
        }
    }

    private Submission register(Submission submission) {
        submissions.put(submission.handle(), submission);
        for (StatementRun run : submission.runs()) {
            runs.put(run.handle(), run);
        }
        return submission;
    }

    private void forget(Submission submission) {
        submissions.remove(submission.handle());
        for (StatementRun run : submission.runs()) {
            runs.remove(run.handle());
        }
    }

    private void expireResults() {
        long oldest = System.currentTimeMillis() - retentionMillis;
        for (Submission submission : submissions.values()) {
            if (submission.finished() && submission.finishedMillis() < oldest) {
                forget(submission);
            }
        }
    }

    /**
     * Stops accepting statements, lets the queued and running ones finish within {@code graceMillis},
     * then cancels what is left and waits for it to stop. Interrupted, it cancels at once.
     */
    public void shutdown(long graceMillis) {
        accepting = false;
        executor.shutdown();
        scheduler.shutdownNow();
        try {
            if (!executor.awaitTermination(graceMillis, TimeUnit.MILLISECONDS)) {
                long deadline = System.currentTimeMillis() + CANCEL_WAIT_MILLIS;
                do {
                    cancelAll();
                } while (!executor.awaitTermination(CANCEL_REPEAT_MILLIS, TimeUnit.MILLISECONDS)
                        && System.currentTimeMillis() < deadline);
            }
        } catch (InterruptedException e) {
            cancelAll();
            Thread.currentThread().interrupt();
        }
    }

    private void cancelAll() {
        for (Submission submission : submissions.values()) {
            if (!submission.finished()) {
                submission.cancel();
            }
        }
    }
}
