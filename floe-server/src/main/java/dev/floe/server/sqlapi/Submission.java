package dev.floe.server.sqlapi;

import dev.floe.engine.Session;
import dev.floe.sql.ParsedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One POST to {@code /api/v2/statements}: its statements, run in order in one session. A single
 * statement's handle is the submission's; a multi-statement request has a handle of its own and
 * one per statement, as in Snowflake.
 */
public final class Submission {
    private final String handle;
    private final String requestId;
    private final String user;
    private final long createdMillis = System.currentTimeMillis();
    private final List<StatementRun> runs;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Session session;
    private volatile boolean cancelled;
    private volatile long finishedMillis;

    Submission(String user, String requestId, List<ParsedStatement> statements) {
        this.user = user;
        this.requestId = requestId;
        List<StatementRun> list = new ArrayList<>(statements.size());
        for (ParsedStatement statement : statements) {
            list.add(new StatementRun(statement, this));
        }
        this.runs = Collections.unmodifiableList(list);
        this.handle = list.size() == 1 ? list.get(0).handle() : UUID.randomUUID().toString();
    }

    /** A request refused before any statement ran (syntax error, wrong statement count): one failed run. */
    static Submission failed(String user, String requestId, StatementError error) {
        Submission submission = new Submission(user, requestId, Collections.singletonList(null));
        submission.runs.get(0).failed(error);
        submission.finish();
        return submission;
    }

    /** True for a request refused before running anything, see {@link #failed}. */
    public boolean rejected() {
        return runs.get(0).statement() == null;
    }

    public String handle() {
        return handle;
    }

    /** The user who submitted it: only that user may poll or cancel it. */
    public String user() {
        return user;
    }

    public String requestId() {
        return requestId;
    }

    public long createdMillis() {
        return createdMillis;
    }

    public List<StatementRun> runs() {
        return runs;
    }

    public boolean multiStatement() {
        return runs.size() > 1;
    }

    public boolean finished() {
        return done.getCount() == 0;
    }

    long finishedMillis() {
        return finishedMillis;
    }

    boolean cancelled() {
        return cancelled;
    }

    void attach(Session session) {
        this.session = session;
    }

    /** Stops the statement running now and keeps the later ones from starting. */
    void cancel() {
        cancelled = true;
        Session s = session;
        if (s != null) {
            s.cancel();
        }
    }

    void finish() {
        finishedMillis = System.currentTimeMillis();
        done.countDown();
    }

    /** Waits until every statement finished or the time is up; true if finished. */
    boolean await(long millis) throws InterruptedException {
        return done.await(millis, TimeUnit.MILLISECONDS);
    }
}
