package dev.floe.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.floe.server.ServerMetrics;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches requests to the first route whose method and path match, times every request, and
 * turns {@link HttpError}s and unexpected failures into JSON errors ({@code {"code", "message"}}).
 */
public final class Router extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Route> routes;
    private final long maxBodyBytes;
    private final ServerMetrics metrics;

    public Router(List<Route> routes, long maxBodyBytes, ServerMetrics metrics) {
        this.routes = List.copyOf(routes);
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        String routeName = "unmatched";
        HttpReply reply;
        try {
            Route route = null;
            Map<String, String> parameters = null;
            boolean pathKnown = false;
            for (Route candidate : routes) {
                Map<String, String> match = candidate.match(path);
                if (match != null) {
                    pathKnown = true;
                    if (candidate.method().equals(method)) {
                        route = candidate;
                        parameters = match;
                        break;
                    }
                }
            }
            if (route == null) {
                throw pathKnown
                        ? new HttpError(405, "405", "method " + method + " is not allowed on " + path)
                        : new HttpError(404, "404", "no such endpoint: " + path);
            }
            routeName = route.pattern();
            reply = route.handler().handle(new HttpCall(request, parameters, maxBodyBytes));
        } catch (HttpError e) {
            reply = error(e.status(), e.code(), e.getMessage());
        } catch (Exception e) {
            LOG.error("{} {} failed", method, path, e);
            reply = error(500, "500", "internal error: " + e);
        }
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType() + "; charset=utf-8");
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            response.getHeaders().put(header.getKey(), header.getValue());
        }
        Content.Sink.write(response, true, reply.body(), callback);
        metrics.httpRequest(method, routeName, reply.status(), System.nanoTime() - start);
        return true;
    }

    /** The JSON error body every endpoint uses for a refused request. */
    public static HttpReply error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", code);
        body.put("message", message);
        return HttpReply.json(status, body.toString());
    }
}
