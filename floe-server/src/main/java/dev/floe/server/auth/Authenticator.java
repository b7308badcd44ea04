package dev.floe.server.auth;

import dev.floe.engine.catalog.PasswordHash;
import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.security.Principal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a request's {@code Authorization} header into the principal it runs as:
 * <ul>
 * <li>{@code Bearer <jwt>} with {@code X-Snowflake-Authorization-Token-Type: KEYPAIR_JWT} (or no type
 *     header): a key-pair JWT, see {@link KeyPairJwtVerifier};</li>
 * <li>{@code Basic base64(user:password)}: a password login, for interactive use (each request pays
 *     one PBKDF2 check, so programs should use key pairs).</li>
 * </ul>
 * The principal acts in the user's DEFAULT_ROLE, or PUBLIC when it has none.
 */
public final class Authenticator {
    public static final String TOKEN_TYPE_HEADER = "X-Snowflake-Authorization-Token-Type";

    private final KeyPairJwtVerifier jwtVerifier;
    private final Function<String, UserDef> users;

    public Authenticator(KeyPairJwtVerifier jwtVerifier, Function<String, UserDef> users) {
        this.jwtVerifier = jwtVerifier;
        this.users = users;
    }

    public Principal authenticate(String authorization, String tokenType) {
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationException("none", AuthenticationException.MISSING_CREDENTIALS,
                    "missing Authorization header: send 'Bearer <key-pair JWT>' or 'Basic <base64 user:password>'");
        }
        String value = authorization.trim();
        if (startsWithIgnoreCase(value, "Bearer ")) {
            if (tokenType != null && !tokenType.trim().equalsIgnoreCase("KEYPAIR_JWT")) {
                throw new AuthenticationException("jwt", AuthenticationException.INVALID_JWT,
                        "unsupported " + TOKEN_TYPE_HEADER + " '" + tokenType + "': only KEYPAIR_JWT is accepted here");
            }
            return principalOf(jwtVerifier.verify(value.substring(7).trim(), System.currentTimeMillis()));
        }
        if (startsWithIgnoreCase(value, "Basic ")) {
            return principalOf(checkPassword(value.substring(6).trim()));
        }
        throw new AuthenticationException("none", AuthenticationException.MISSING_CREDENTIALS,
                "unsupported Authorization scheme: send 'Bearer <key-pair JWT>' or 'Basic <base64 user:password>'");
    }

    private UserDef checkPassword(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw wrongPassword();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw wrongPassword();
        }
        UserDef user = users.apply(decoded.substring(0, colon).toUpperCase(Locale.ROOT));
        String stored = user == null ? null : user.property("PASSWORD");
        if (stored == null || !PasswordHash.matches(decoded.substring(colon + 1), stored)) {
            throw wrongPassword();
        }
        return user;
    }

    /** The principal a user acts as: in its DEFAULT_ROLE, or PUBLIC when it has none. */
    public static Principal principalOf(UserDef user) {
        String role = user.property("DEFAULT_ROLE");
        return new Principal(user.name(), role == null || role.isBlank() ? "PUBLIC" : role.toUpperCase(Locale.ROOT));
    }

    /** The same answer for an unknown user and a wrong password, so that user names cannot be probed. */
    private static AuthenticationException wrongPassword() {
        return new AuthenticationException("password", AuthenticationException.INVALID_PASSWORD, "Incorrect username or password was specified.");
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
