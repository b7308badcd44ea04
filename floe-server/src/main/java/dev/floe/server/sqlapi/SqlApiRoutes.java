package dev.floe.server.sqlapi;

import dev.floe.engine.security.Principal;
import dev.floe.server.ServerMetrics;
import dev.floe.server.auth.AuthenticationException;
import dev.floe.server.auth.Authenticator;
import dev.floe.server.http.HttpCall;
import dev.floe.server.http.HttpError;
import dev.floe.server.http.HttpReply;
import dev.floe.server.http.Route;
import java.util.List;
import java.util.UUID;

/**
 * The endpoints of Snowflake's SQL API v2:
 * <ul>
 * <li>{@code POST /api/v2/statements[?async=true&requestId=..&nullable=false]}: runs the statements;
 *     waits up to statements.sync-wait.ms for them, then answers 202 with a handle (at once with async=true);</li>
 * <li>{@code GET /api/v2/statements/{handle}}: the result (200), still running (202) or the error (422);</li>
 * <li>{@code POST /api/v2/statements/{handle}/cancel}: cancels the running statement.</li>
 * </ul>
 * Every call is authenticated; a handle is visible only to the user who submitted it.
 */
public final class SqlApiRoutes {
    private final StatementService statements;
    private final Authenticator authenticator;
    private final ServerMetrics metrics;
    private final int maxStatementChars;
    private final long syncWaitMillis;

    public SqlApiRoutes(StatementService statements, Authenticator authenticator, ServerMetrics metrics, int maxStatementChars,
                        long syncWaitMillis) {
        this.statements = statements;
        this.authenticator = authenticator;
        this.metrics = metrics;
        this.maxStatementChars = maxStatementChars;
        this.syncWaitMillis = syncWaitMillis;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/api/v2/statements", this::submit),
                new Route("GET", "/api/v2/statements/{handle}", this::status),
                new Route("POST", "/api/v2/statements/{handle}/cancel", this::cancel));
    }

    private HttpReply submit(HttpCall call) throws InterruptedException {
        Principal principal = authenticate(call);
        StatementRequest request = StatementRequest.parse(call.bodyText(), maxStatementChars);
        String requestId = call.queryParameter("requestId");
        Submission submission = statements.submit(principal, request, requestId == null ? UUID.randomUUID().toString() : requestId);
        if ("true".equalsIgnoreCase(call.queryParameter("async")) && !submission.rejected()) {
            return SqlApiResponses.accepted(submission);
        }
        submission.await(syncWaitMillis);
        return SqlApiResponses.of(submission, nullAsJsonNull(call));
    }

    private HttpReply status(HttpCall call) {
        String handle = call.pathParameter("handle");
        Submission submission = owned(handle, authenticate(call));
        return submission.handle().equals(handle)
                ? SqlApiResponses.of(submission, nullAsJsonNull(call))
                : SqlApiResponses.of(statements.run(handle), nullAsJsonNull(call));
    }

    private HttpReply cancel(HttpCall call) {
        String handle = call.pathParameter("handle");
        statements.cancel(owned(handle, authenticate(call)));
        return SqlApiResponses.cancelled(handle);
    }

    /** The submission of the handle if the principal submitted it; 404 otherwise, so that handles cannot be probed. */
    private Submission owned(String handle, Principal principal) {
        Submission submission = statements.find(handle);
        if (submission == null || !submission.user().equals(principal.user())) {
            throw new HttpError(404, "333333", "Statement " + handle + " not found, expired, or submitted by another user.");
        }
        return submission;
    }

    private Principal authenticate(HttpCall call) {
        try {
            return authenticator.authenticate(call.header("Authorization"), call.header(Authenticator.TOKEN_TYPE_HEADER));
        } catch (AuthenticationException e) {
            metrics.authFailure(e.scheme());
            throw e;
        }
    }

    private static boolean nullAsJsonNull(HttpCall call) {
        return !"false".equalsIgnoreCase(call.queryParameter("nullable"));
    }
}
