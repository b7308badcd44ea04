package dev.floe.server.streaming;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.security.Principal;
import dev.floe.server.auth.AuthenticationException;
import dev.floe.server.auth.Authenticator;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;

/**
 * The short-lived tokens {@code POST /oauth/token} hands out in exchange for a key-pair JWT: HS256
 * JWTs signed with a key that lives only in this process (a restart invalidates them; clients then
 * exchange again), {@code sub} = the user, {@code role} = the role it acts in, {@code exp} in seconds
 * (the Snowpipe Streaming SDK reads {@code exp} to schedule its refresh).
 */
final class ScopedTokens {
    static final String ISSUER = "floe";
    private static final String ROLE_CLAIM = "role";
    private static final String SCOPE_CLAIM = "scope";

    private final byte[] key = new byte[32];
    private final long lifetimeSeconds;
    private final Function<String, UserDef> users;

    ScopedTokens(long lifetimeSeconds, Function<String, UserDef> users) {
        if (lifetimeSeconds <= 0) throw new IllegalArgumentException("token lifetime must be positive: " + lifetimeSeconds);
        new SecureRandom().nextBytes(key);
        this.lifetimeSeconds = lifetimeSeconds;
        this.users = users;
    }

    String issue(Principal principal, String scope, long nowMillis) {
        long now = nowMillis / 1000;
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(principal.user())
                .claim(ROLE_CLAIM, principal.role())
                .claim(SCOPE_CLAIM, scope)
                .claim("iat", now)
                .claim("exp", now + lifetimeSeconds)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a scoped token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** The principal of a token this process issued; 401 when it is malformed, forged, expired or its user is gone. */
    Principal verify(String token, long nowMillis) {
        JWTClaimsSet claims;
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                throw invalid("bad signature (tokens do not survive a server restart: exchange the key-pair JWT again)");
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw invalid("malformed token: " + e.getMessage());
        }
        Object exp = claims.getClaim("exp");
        long expires = exp instanceof Date d ? d.getTime() / 1000 : exp instanceof Number n ? n.longValue() : -1;
        if (expires < 0) throw invalid("the token has no exp claim");
        if (expires * 1000 <= nowMillis) throw invalid("the token expired at " + expires + " (seconds since the epoch)");
        String user = claims.getSubject();
        UserDef def = user == null ? null : users.apply(user.toUpperCase(Locale.ROOT));
        if (def == null) throw invalid("the token's user no longer exists");
        Object role = claims.getClaim(ROLE_CLAIM);
        return role instanceof String r ? new Principal(def.name(), r) : Authenticator.principalOf(def);
    }

    private static AuthenticationException invalid(String why) {
        return new AuthenticationException("oauth", AuthenticationException.INVALID_JWT, "Invalid OAuth token: " + why);
    }
}
