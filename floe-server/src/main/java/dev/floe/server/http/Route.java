package dev.floe.server.http;

import java.util.HashMap;
import java.util.Map;

/**
 * A method and a path pattern whose segments are literals or {@code {name}} parameters, e.g.
 * {@code POST /api/v2/statements/{handle}/cancel}, and the handler that serves it.
 */
public final class Route {
    /** Serves one matched request; throws {@link HttpError} for a request it refuses. */
    @FunctionalInterface
    public interface Handler {
        HttpReply handle(HttpCall call) throws Exception;
    }

    private final String method;
    private final String pattern;
    private final String[] segments;
    private final Handler handler;

    public Route(String method, String pattern, Handler handler) {
        this.method = method;
        this.pattern = pattern;
        this.segments = split(pattern);
        this.handler = handler;
    }

    public String method() {
        return method;
    }

    /** The pattern, used as the metrics tag so that handles do not multiply the series. */
    public String pattern() {
        return pattern;
    }

    Handler handler() {
        return handler;
    }

    /** The path parameters if the path matches the pattern, else null. */
    Map<String, String> match(String path) {
        String[] parts = split(path);
        if (parts.length != segments.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                parameters.put(segment.substring(1, segment.length() - 1), parts[i]);
            } else if (!segment.equals(parts[i])) {
                return null;
            }
        }
        return parameters;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }
}
