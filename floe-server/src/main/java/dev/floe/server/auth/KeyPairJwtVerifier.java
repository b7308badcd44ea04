package dev.floe.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.floe.engine.catalog.UserDef;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks a key-pair JWT as Snowflake does: RS256, {@code sub = ACCOUNT.USER},
 * {@code iss = ACCOUNT.USER.SHA256:<fingerprint>} naming one of the user's registered keys
 * (RSA_PUBLIC_KEY or RSA_PUBLIC_KEY_2, so that keys can be rotated), a valid signature by that key,
 * and {@code iat}/{@code exp} (seconds or milliseconds, as clients differ) spanning at most the
 * configured lifetime around now.
 */
public final class KeyPairJwtVerifier {
    /** Above this, a timestamp claim is in milliseconds: in seconds it would be past the year 5000. */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;
    private static final String[] KEY_PROPERTIES = {"RSA_PUBLIC_KEY", "RSA_PUBLIC_KEY_2"};

    private final String account;
    private final Function<String, UserDef> users;
    private final long maxLifetimeSeconds;
    private final long clockSkewSeconds;

    public KeyPairJwtVerifier(String account, Function<String, UserDef> users, long maxLifetimeSeconds, long clockSkewSeconds) {
        this.account = account.toUpperCase(Locale.ROOT);
        this.users = users;
        this.maxLifetimeSeconds = maxLifetimeSeconds;
        this.clockSkewSeconds = clockSkewSeconds;
    }

    /** The user the token authenticates; throws {@link AuthenticationException} saying what is wrong otherwise. */
    public UserDef verify(String token, long nowMillis) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("it is not a well-formed signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw invalid("the algorithm must be RS256, got " + jwt.getHeader().getAlgorithm());
        }
        String userName = userOf(claims.getSubject());
        String issuer = claims.getIssuer();
        String expectedPrefix = account + "." + userName + ".";
        if (issuer == null || !issuer.toUpperCase(Locale.ROOT).startsWith(expectedPrefix)) {
            throw invalid("iss must be " + expectedPrefix + "SHA256:<public key fingerprint>, got " + issuer);
        }
        checkLifetime(claims, nowMillis / 1000);
        String fingerprint = issuer.substring(expectedPrefix.length());
        UserDef user = users.apply(userName);
        RSAPublicKey key = user == null ? null : registeredKey(user, fingerprint);
        if (key == null) {
            throw invalid("the public key fingerprint " + fingerprint + " in iss is not registered for user " + userName);
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw invalid("the signature does not match the registered public key");
            }
        } catch (JOSEException e) {
            throw invalid("the signature could not be checked: " + e.getMessage());
        }
        return user;
    }

    private String userOf(String subject) {
        if (subject == null) {
            throw invalid("the sub claim is missing");
        }
        int dot = subject.indexOf('.');
        if (dot <= 0 || dot == subject.length() - 1 || subject.indexOf('.', dot + 1) >= 0) {
            throw invalid("sub must be ACCOUNT.USER, got " + subject);
        }
        String subjectAccount = subject.substring(0, dot).toUpperCase(Locale.ROOT);
        if (!subjectAccount.equals(account)) {
            throw invalid("the account in sub is " + subjectAccount + ", this server's account is " + account);
        }
        return subject.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    private void checkLifetime(JWTClaimsSet claims, long nowSeconds) {
        long issuedAt = seconds(claims.getIssueTime(), "iat");
        long expires = seconds(claims.getExpirationTime(), "exp");
        if (expires <= issuedAt) {
            throw invalid("exp must be after iat");
        }
        if (expires - issuedAt > maxLifetimeSeconds) {
            throw invalid("the token lives " + (expires - issuedAt) + " s, more than the allowed " + maxLifetimeSeconds + " s");
        }
        if (nowSeconds > expires + clockSkewSeconds) {
            throw invalid("the token expired at " + expires + " (epoch seconds)");
        }
        if (issuedAt > nowSeconds + clockSkewSeconds) {
            throw invalid("the token is issued in the future (iat " + issuedAt + ")");
        }
    }

    /** The claim in epoch seconds, whether the client wrote seconds or milliseconds. */
    private static long seconds(Date claim, String name) {
        if (claim == null) {
            throw invalid("the " + name + " claim is missing");
        }
        long raw = claim.getTime() / 1000;
        return raw > MILLIS_THRESHOLD ? raw / 1000 : raw;
    }

    private static RSAPublicKey registeredKey(UserDef user, String fingerprint) {
        for (String property : KEY_PROPERTIES) {
            String text = user.property(property);
            if (text == null || text.isBlank()) {
                continue;
            }
            RSAPublicKey key;
            try {
                key = PublicKeys.parse(text);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (PublicKeys.fingerprint(key).equals(fingerprint)) {
                return key;
            }
        }
        return null;
    }

    private static AuthenticationException invalid(String reason) {
        return new AuthenticationException("jwt", AuthenticationException.INVALID_JWT, "JWT token is invalid: " + reason + ".");
    }
}
