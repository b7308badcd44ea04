package dev.floe.server.auth;

import dev.floe.server.http.HttpError;

/** Credentials that are missing, malformed, expired or wrong: always 401, with the reason in the message. */
public final class AuthenticationException extends HttpError {
    /** Snowflake's code for an invalid key-pair JWT. */
    public static final String INVALID_JWT = "390144";
    /** Snowflake's code for a wrong user name or password. */
    public static final String INVALID_PASSWORD = "390100";
    /** Floe's code for a request without usable credentials. */
    public static final String MISSING_CREDENTIALS = "390101";

    private final String scheme;

    public AuthenticationException(String scheme, String code, String message) {
        super(401, code, message);
        this.scheme = scheme;
    }

    /** jwt, password or none: which kind of credentials failed, for the metrics. */
    public String scheme() {
        return scheme;
    }
}
