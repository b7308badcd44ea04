package dev.floe.server.http;

/** A request that cannot be served: the HTTP status and the {@code code}/{@code message} of the JSON error body. */
public class HttpError extends RuntimeException {
    private final int status;
    private final String code;

    public HttpError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
