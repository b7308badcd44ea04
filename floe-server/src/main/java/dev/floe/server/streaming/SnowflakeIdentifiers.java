package dev.floe.server.streaming;

import dev.floe.server.http.HttpError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Names in Snowpipe Streaming paths follow Snowflake's identifier rules: unquoted → upper-case, double-quoted → exact. */
final class SnowflakeIdentifiers {
    private SnowflakeIdentifiers() {
    }

    /** The canonical name of one path segment (percent-escapes such as {@code %22} already decoded or not). */
    static String canonical(String what, String segment) {
        String name = segment.indexOf('%') >= 0 ? URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8) : segment;
        if (name.length() >= 2 && name.charAt(0) == '"' && name.charAt(name.length() - 1) == '"') {
            String inner = name.substring(1, name.length() - 1);
            if (inner.isEmpty() || inner.replace("\"\"", "").indexOf('"') >= 0) throw invalid(what, name);
            return inner.replace("\"\"", "\"");
        }
        if (name.isEmpty() || name.indexOf('"') >= 0) throw invalid(what, name);
        return name.toUpperCase(Locale.ROOT);
    }

    private static HttpError invalid(String what, String name) {
        return new HttpError(400, "ERR_INVALID_ARGUMENT", "Invalid " + what + " name '" + name
                + "': use an unquoted identifier or one in double quotes (%22), with inner quotes doubled");
    }
}
