package dev.floe.server.http;

import java.util.Map;

/** What a route answers: a status, a content type and a body (UTF-8 text), plus any extra headers. */
public record HttpReply(int status, String contentType, String body, Map<String, String> headers) {
    public static final String JSON = "application/json";

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    public static HttpReply json(int status, String body) {
        return new HttpReply(status, JSON, body, Map.of());
    }

    public static HttpReply text(int status, String contentType, String body) {
        return new HttpReply(status, contentType, body, Map.of());
    }
}
