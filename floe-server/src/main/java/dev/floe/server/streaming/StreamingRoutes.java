package dev.floe.server.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.ingest.ChannelOpened;
import dev.floe.engine.ingest.ChannelStatus;
import dev.floe.engine.ingest.IngestException;
import dev.floe.engine.ingest.AppendResult;
import dev.floe.engine.ingest.StreamingIngest;
import dev.floe.engine.security.Principal;
import dev.floe.server.ServerMetrics;
import dev.floe.server.auth.AuthenticationException;
import dev.floe.server.auth.Authenticator;
import dev.floe.server.http.HttpCall;
import dev.floe.server.http.HttpError;
import dev.floe.server.http.HttpReply;
import dev.floe.server.http.Route;
import dev.floe.server.http.Router;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Snowpipe Streaming (high-performance, v2) REST API, as Snowflake's SDK calls it: hostname,
 * the key-pair JWT to scoped token exchange, pipe-info, channel open/status/drop, row appends and
 * telemetry. Requests authenticate with a key-pair JWT or (type OAUTH) a token from
 * {@code /oauth/token}; the optional {@code ?requestId=} is accepted and not needed. Engine failures
 * answer {@code {"code", "message"}} with the engine's status; 429 carries {@code Retry-After: 1}.
 */
public final class StreamingRoutes {
    static final String JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String PREFIX = "/v2/streaming/databases/{db}/schemas/{schema}/pipes/";
    private static final String CHANNEL = PREFIX + "{pipe}/channels/{channel}";
    private static final String TELEMETRY_REPLY = "{\"data\":\"\",\"code\":\"0\",\"message\":\"\",\"success\":true}";

    private final StreamingIngest ingest;
    private final Authenticator authenticator;
    private final ScopedTokens tokens;
    private final ServerMetrics metrics;

    public StreamingRoutes(StreamingIngest ingest, Authenticator authenticator, ServerMetrics metrics,
                           Function<String, UserDef> users, long tokenLifetimeSeconds) {
        this.ingest = ingest;
        this.authenticator = authenticator;
        this.metrics = metrics;
        this.tokens = new ScopedTokens(tokenLifetimeSeconds, users);
    }

    public List<Route> routes() {
        return List.of(
                route("GET", "/v2/streaming/hostname", this::hostname),
                route("POST", "/oauth/token", this::token),
                route("POST", "/telemetry/send/sessionless", this::telemetry),
                route("POST", PREFIX + "{pipeAction}", this::pipeAction),
                route("PUT", CHANNEL, this::openChannel),
                route("DELETE", CHANNEL, this::dropChannel),
                route("POST", "/v2/streaming/data/databases/{db}/schemas/{schema}/pipes/{pipe}/channels/{channel}/rows", this::appendRows));
    }

    private HttpReply hostname(HttpCall call) {
        authenticate(call);
        return HttpReply.text(200, "text/plain", call.serverName());
    }

    /** Exchanges a key-pair JWT for a scoped token (plain text); only a key-pair JWT is accepted as the credential. */
    private HttpReply token(HttpCall call) {
        String authorization = call.header("Authorization");
        String type = call.header(Authenticator.TOKEN_TYPE_HEADER);
        if (authorization == null || !authorization.trim().regionMatches(true, 0, "Bearer ", 0, 7)
                || type != null && !type.trim().equalsIgnoreCase("KEYPAIR_JWT")) {
            metrics.authFailure("jwt");
            throw new AuthenticationException("jwt", AuthenticationException.INVALID_JWT,
                    "/oauth/token needs 'Authorization: Bearer <key-pair JWT>' with " + Authenticator.TOKEN_TYPE_HEADER + ": KEYPAIR_JWT");
        }
        Principal principal = authenticate(call);
        Map<String, String> form = form(call.bodyText());
        String grant = form.get("grant_type");
        if (!JWT_BEARER_GRANT.equals(grant)) {
            throw new HttpError(400, "invalid_grant", "grant_type must be " + JWT_BEARER_GRANT + ", got " + (grant == null ? "none" : "'" + grant + "'"));
        }
        String scope = form.get("scope");
        return HttpReply.text(200, "text/plain", tokens.issue(principal, scope == null ? "" : scope, System.currentTimeMillis()));
    }

    private HttpReply telemetry(HttpCall call) {
        authenticate(call);
        return HttpReply.json(200, TELEMETRY_REPLY);
    }

    /** {@code {pipe}:pipe-info} and {@code {pipe}:bulk-channel-status} share one path segment. */
    private HttpReply pipeAction(HttpCall call) {
        String segment = call.pathParameter("pipeAction");
        int colon = segment.lastIndexOf(':');
        String action = colon < 0 ? "" : segment.substring(colon + 1);
        if (!action.equals("pipe-info") && !action.equals("bulk-channel-status")) {
            throw new HttpError(404, "404", "no such endpoint: POST " + PREFIX + segment + " (expected {pipe}:pipe-info or {pipe}:bulk-channel-status)");
        }
        Principal principal = authenticate(call);
        String db = name(call, "database", "db");
        String schema = name(call, "schema", "schema");
        String pipe = SnowflakeIdentifiers.canonical("pipe", segment.substring(0, colon));
        if (action.equals("pipe-info")) {
            return json(StreamingJson.pipeInfo(ingest.pipeInfo(principal, db, schema, pipe), System.currentTimeMillis()));
        }
        JsonNode names = body(call).get("channel_names");
        if (names == null || !names.isArray()) {
            throw new HttpError(400, IngestException.INVALID_ARGUMENT, "The body must be {\"channel_names\": [\"<channel>\", ...]}");
        }
        List<String> asSent = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        for (JsonNode n : names) {
            if (!n.isTextual()) throw new HttpError(400, IngestException.INVALID_ARGUMENT, "channel_names must hold strings, got " + n);
            asSent.add(n.asText());
            canonical.add(SnowflakeIdentifiers.canonical("channel", n.asText()));
        }
        Map<String, ChannelStatus> statuses = ingest.bulkStatus(principal, db, schema, pipe, canonical);
        ObjectNode byName = StreamingJson.MAPPER.createObjectNode();
        for (int i = 0; i < asSent.size(); i++) {
            byName.set(asSent.get(i), StreamingJson.channelStatus(statuses.get(canonical.get(i))));
        }
        ObjectNode reply = StreamingJson.MAPPER.createObjectNode();
        reply.set("channel_statuses", byName);
        return json(reply);
    }

    private HttpReply openChannel(HttpCall call) {
        Principal principal = authenticate(call);
        JsonNode offset = body(call).get("offset_token");
        if (offset != null && !offset.isNull() && !offset.isTextual()) {
            throw new HttpError(400, IngestException.INVALID_ARGUMENT, "offset_token must be a string, got " + offset);
        }
        ChannelOpened opened = ingest.openChannel(principal, name(call, "database", "db"), name(call, "schema", "schema"),
                name(call, "pipe", "pipe"), name(call, "channel", "channel"), offset == null || offset.isNull() ? null : offset.asText());
        ObjectNode reply = StreamingJson.MAPPER.createObjectNode();
        reply.put("next_continuation_token", opened.continuationToken());
        reply.set("channel_status", StreamingJson.channelStatus(opened.status()));
        return json(reply);
    }

    private HttpReply dropChannel(HttpCall call) {
        Principal principal = authenticate(call);
        String last = ingest.dropChannel(principal, name(call, "database", "db"), name(call, "schema", "schema"),
                name(call, "pipe", "pipe"), name(call, "channel", "channel"));
        ObjectNode reply = StreamingJson.MAPPER.createObjectNode();
        reply.put("last_committed_offset_token", last);
        return json(reply);
    }

    private HttpReply appendRows(HttpCall call) {
        long started = System.nanoTime();
        Principal principal = authenticate(call);
        byte[] body = call.bodyBytes();
        long declared = uncompressedLength(call.header("x-snowflake-uncompressed-content-length"), body.length);
        String db = name(call, "database", "db");
        String schema = name(call, "schema", "schema");
        String pipe = name(call, "pipe", "pipe");
        AppendResult result = ingest.append(principal, db, schema, pipe, name(call, "channel", "channel"),
                call.queryParameter("continuationToken"), call.queryParameter("offsetToken"),
                RowsBody.decode(call.header("Content-Encoding"), body), declared);
        metrics.ingested(db + "." + schema + "." + pipe, result.rowsAccepted(), body.length, System.nanoTime() - started);
        ObjectNode reply = StreamingJson.MAPPER.createObjectNode();
        reply.put("next_continuation_token", result.nextContinuationToken());
        return json(reply);
    }

    /** The client's announced decompressed size, a hint for the ingest memory budget; the body's size when absent or bad. */
    private static long uncompressedLength(String header, int bodyLength) {
        if (header != null) {
            try {
                long declared = Long.parseLong(header.trim());
                if (declared >= 0) return declared;
            } catch (NumberFormatException e) {
                // A hint only: fall back to the body's size.
            }
        }
        return bodyLength;
    }

    private Principal authenticate(HttpCall call) {
        String authorization = call.header("Authorization");
        String type = call.header(Authenticator.TOKEN_TYPE_HEADER);
        try {
            if (type != null && type.trim().equalsIgnoreCase("OAUTH")) {
                if (authorization == null || !authorization.trim().regionMatches(true, 0, "Bearer ", 0, 7)) {
                    throw new AuthenticationException("oauth", AuthenticationException.MISSING_CREDENTIALS,
                            "missing 'Authorization: Bearer <token from /oauth/token>'");
                }
                return tokens.verify(authorization.trim().substring(7).trim(), System.currentTimeMillis());
            }
            return authenticator.authenticate(authorization, type);
        } catch (AuthenticationException e) {
            metrics.authFailure(e.scheme());
            throw e;
        }
    }

    private static String name(HttpCall call, String what, String parameter) {
        return SnowflakeIdentifiers.canonical(what, call.pathParameter(parameter));
    }

    /** The JSON object of the body; an empty body counts as {}. */
    private static JsonNode body(HttpCall call) {
        String text = call.bodyText();
        if (text.isBlank()) return StreamingJson.MAPPER.createObjectNode();
        try {
            JsonNode node = StreamingJson.MAPPER.readTree(text);
            if (!node.isObject()) throw new HttpError(400, IngestException.INVALID_ARGUMENT, "The body must be a JSON object");
            return node;
        } catch (JsonProcessingException e) {
            throw new HttpError(400, IngestException.INVALID_ARGUMENT, "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static HttpReply json(ObjectNode body) {
        return HttpReply.json(200, body.toString());
    }

    private static Route route(String method, String pattern, Route.Handler handler) {
        return new Route(method, pattern, call -> guarded(handler, call));
    }

    /** Turns engine failures into the API's error body; 429 tells the client when to retry. */
    static HttpReply guarded(Route.Handler handler, HttpCall call) throws Exception {
        try {
            return handler.handle(call);
        } catch (IngestException e) {
            HttpReply error = Router.error(e.httpStatus(), e.code(), e.getMessage());
            return e.httpStatus() == 429
                    ? new HttpReply(429, error.contentType(), error.body(), Map.of("Retry-After", "1"))
                    : error;
        }
    }
}
