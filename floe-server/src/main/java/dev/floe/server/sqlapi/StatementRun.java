package dev.floe.server.sqlapi;

import dev.floe.engine.StatementResult;
import dev.floe.sql.ParsedStatement;
import java.util.UUID;

/**
 * One statement of a submission and what became of it; written by the worker, read by pollers. The
 * statement is null for a request that failed before running anything (a syntax error).
 */
public final class StatementRun {
    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    private final String handle = UUID.randomUUID().toString();
    private final ParsedStatement statement;
    private final Submission submission;
    private volatile Status status = Status.QUEUED;
    private volatile StatementResult result;
    private volatile StatementError error;

    StatementRun(ParsedStatement statement, Submission submission) {
        this.statement = statement;
        this.submission = submission;
    }

    public String handle() {
        return handle;
    }

    public ParsedStatement statement() {
        return statement;
    }

    public Submission submission() {
        return submission;
    }

    public Status status() {
        return status;
    }

    public StatementResult result() {
        return result;
    }

    public StatementError error() {
        return error;
    }

    public boolean finished() {
        Status s = status;
        return s == Status.SUCCEEDED || s == Status.FAILED;
    }

    void started() {
        status = Status.RUNNING;
    }

    void succeeded(StatementResult result) {
        this.result = result;
        status = Status.SUCCEEDED;
    }

    void failed(StatementError error) {
        this.error = error;
        status = Status.FAILED;
    }
}
