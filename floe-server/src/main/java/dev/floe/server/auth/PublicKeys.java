package dev.floe.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA public keys as users register them (base64 DER X.509, PEM armour tolerated) and their Snowflake fingerprint. */
public final class PublicKeys {
    private PublicKeys() {
    }

    /** The key of a user property; throws {@link IllegalArgumentException} when it is not a base64 RSA key. */
    public static RSAPublicKey parse(String text) {
        String body = text.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(body);
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not a base64 DER X.509 RSA public key: " + e.getMessage(), e);
        }
    }

    /** {@code SHA256:<base64 of SHA-256 over the DER encoding>}, as Snowflake puts it in the JWT issuer. */
    public static String fingerprint(RSAPublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "SHA256:" + new String(Base64.getEncoder().encode(digest), StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
