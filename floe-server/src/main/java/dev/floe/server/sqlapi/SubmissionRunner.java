package dev.floe.server.sqlapi;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.Floe;
import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import dev.floe.engine.StatementResult;
import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.security.Principal;
import dev.floe.server.ServerMetrics;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a submission's statements in order in a new session of its principal, after setting the
 * user's defaults and the request's context (role, warehouse, database, schema, timeout, session
 * parameters). The first
 * failure stops the run; the statements after it are reported as not executed.
 */
final class SubmissionRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionRunner.class);
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    /** A user's DEFAULT_WAREHOUSE (a name) or DEFAULT_NAMESPACE (database or database.schema). */
    private static final Pattern NAMESPACE = Pattern.compile(StatementRequest.IDENTIFIER_REGEX + "(?:\\." + StatementRequest.IDENTIFIER_REGEX + ")?");

    private final Floe floe;
    private final ServerMetrics metrics;
    private final long maxResultRows;

    SubmissionRunner(Floe floe, ServerMetrics metrics, long maxResultRows) {
        this.floe = floe;
        this.metrics = metrics;
        this.maxResultRows = maxResultRows;
    }

    void run(Submission submission, Principal principal, StatementRequest request) {
        List<StatementRun> runs = submission.runs();
        try {
            Session session = floe.newSession(principal);
            submission.attach(session);
            try {
                applyUserDefaults(session, floe.user(principal.user()), request);
                prepare(session, request);
            } catch (FloeException e) {
                failFrom(runs, 0, StatementError.of(e));
                return;
            }
            for (int i = 0; i < runs.size(); i++) {
                if (submission.cancelled()) {
                    failFrom(runs, i, StatementError.notExecuted("the request was cancelled"));
                    return;
                }
                StatementError error = execute(session, runs.get(i));
                if (error != null) {
                    failFrom(runs, i + 1, StatementError.notExecuted("statement " + (i + 1) + " of the request failed"));
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("statement {} failed unexpectedly", submission.handle(), e);
            for (StatementRun run : runs) {
                if (!run.finished()) {
                    run.failed(StatementError.of(ErrorCode.INTERNAL_ERROR, "internal error: " + e));
                }
            }
        } finally {
            submission.finish();
        }
    }

    /** Runs one statement; returns its error, or null when it succeeded. */
    private StatementError execute(Session session, StatementRun run) {
        run.started();
        metrics.statementStarted();
        long start = System.nanoTime();
        StatementError error = null;
        try {
            StatementResult result = session.execute(run.statement());
            if (result.rows().size() > maxResultRows) {
                error = StatementError.resultTooLarge(result.rows().size(), maxResultRows);
                run.failed(error);
            } else {
                run.succeeded(result);
            }
        } catch (FloeException e) {
            error = StatementError.of(e);
            run.failed(error);
        } finally {
            String outcome = error == null ? "success" : error.cancellation() ? "cancelled" : "failed";
            metrics.statementFinished(session.warehouse(), outcome, System.nanoTime() - start);
        }
        return error;
    }

    /**
     * The user's DEFAULT_WAREHOUSE and DEFAULT_NAMESPACE where the request names none. As in Snowflake,
     * a default that does not exist (any more), or is not a name at all, leaves the session without one
     * rather than failing every request of the user.
     */
    private static void applyUserDefaults(Session session, UserDef user, StatementRequest request) {
        if (user == null) {
            return;
        }
        String warehouse = user.property("DEFAULT_WAREHOUSE");
        if (request.warehouse() == null && warehouse != null) {
            useIfExists(session, "USE WAREHOUSE ", warehouse);
        }
        String namespace = user.property("DEFAULT_NAMESPACE");
        if (request.database() == null && request.schema() == null && namespace != null) {
            useIfExists(session, namespace.indexOf('.') < 0 ? "USE DATABASE " : "USE SCHEMA ", namespace);
        }
    }

    private static void useIfExists(Session session, String use, String name) {
        if (!NAMESPACE.matcher(name).matches()) {
            return;
        }
        try {
            session.executeOne(use + name);
        } catch (FloeException e) {
            if (e.code() != ErrorCode.OBJECT_NOT_FOUND) {
                throw e;
            }
        }
    }

    private static void prepare(Session session, StatementRequest request) {
        if (request.role() != null) {
            session.executeOne("USE ROLE " + request.role());
        }
        if (request.warehouse() != null) {
            session.executeOne("USE WAREHOUSE " + request.warehouse());
        }
        if (request.database() != null) {
            session.executeOne("USE DATABASE " + request.database());
        }
        if (request.schema() != null) {
            session.executeOne("USE SCHEMA " + request.schema());
        }
        if (request.timeoutSeconds() != null) {
            session.executeOne("ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = " + request.timeoutSeconds());
        }
        for (Map.Entry<String, String> parameter : request.parameters().entrySet()) {
            if (!parameter.getKey().equals("MULTI_STATEMENT_COUNT")) {
                String value = parameter.getValue();
                String literal = INTEGER.matcher(value).matches() ? value : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
                session.executeOne("ALTER SESSION SET " + parameter.getKey() + " = " + literal);
            }
        }
    }

    private static void failFrom(List<StatementRun> runs, int from, StatementError error) {
        for (int i = from; i < runs.size(); i++) {
            runs.get(i).failed(error);
        }
    }
}
