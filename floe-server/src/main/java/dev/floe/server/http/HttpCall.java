package dev.floe.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/** One HTTP request as a route sees it: headers, query and path parameters, and a body read within the size limit. */
public final class HttpCall {
    private final Request request;
    private final Map<String, String> pathParameters;
    private final long maxBodyBytes;
    private Fields query;

    HttpCall(Request request, Map<String, String> pathParameters, long maxBodyBytes) {
        this.request = request;
        this.pathParameters = pathParameters;
        this.maxBodyBytes = maxBodyBytes;
    }

    public String header(String name) {
        return request.getHeaders().get(name);
    }

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /** A query parameter's value, or null when absent. */
    public String queryParameter(String name) {
        if (query == null) {
            query = Request.extractQueryParameters(request);
        }
        return query.getValue(name);
    }

    /** The host the client addressed (the Host header without its port). */
    public String serverName() {
        return Request.getServerName(request);
    }

    /** The body as UTF-8 text; 413 when it is larger than the configured limit. */
    public String bodyText() {
        return new String(bodyBytes(), StandardCharsets.UTF_8);
    }

    /** The body as sent (not decoded); 413 when it is larger than the configured limit. */
    public byte[] bodyBytes() {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body: " + e.getMessage(), e);
        }
    }

    private HttpError tooLarge() {
        return new HttpError(413, "413", "request body exceeds the limit of " + maxBodyBytes + " bytes (limits.body.bytes)");
    }
}
