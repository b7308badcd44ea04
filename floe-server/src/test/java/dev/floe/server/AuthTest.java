package dev.floe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key-pair JWTs as DESIGN §8 describes them, password (Basic) logins, and every way to be refused with 401. */
class AuthTest {
    @TempDir
    static Path dataDir;
    private static TestServer server;
    private static KeyPair aliceKey;
    private static KeyPair otherKey;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dataDir, Map.of("account", "myorg"));
        aliceKey = TestServer.rsaKeyPair();
        otherKey = TestServer.rsaKeyPair();
        server.sql("CREATE ROLE analyst; CREATE USER alice RSA_PUBLIC_KEY = '" + TestServer.publicKeyBase64(aliceKey)
                + "' PASSWORD = 'pa55-word' DEFAULT_ROLE = analyst; GRANT ROLE analyst TO USER alice");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void validJwtRunsAsItsUserInTheDefaultRole() throws Exception {
        HttpResponse<String> response = server.statement("SELECT CURRENT_USER() AS u, CURRENT_ROLE() AS r", "",
                TestServer.bearer("MYORG", "ALICE", aliceKey), Map.of());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("[[\"ALICE\",\"ANALYST\"]]", TestServer.json(response).get("data").toString());
    }

    @Test
    void accountAndUserAreComparedCaseInsensitively() throws Exception {
        HttpResponse<String> response = server.statement("SELECT 1", "", TestServer.bearer("myOrg", "alice", aliceKey), Map.of());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void timestampsInMillisecondsAreAccepted() throws Exception {
        long nowMillis = System.currentTimeMillis();
        String token = TestServer.jwt("MYORG", "ALICE", aliceKey, aliceKey, nowMillis, nowMillis + 60_000);
        assertEquals(200, server.statement("SELECT 1", "", "Bearer " + token, Map.of()).statusCode());
    }

    @Test
    void expiredTokenIs401() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String token = TestServer.jwt("MYORG", "ALICE", aliceKey, aliceKey, now - 3000, now - 600);
        assertRefused(token, "390144", "JWT token is invalid: the token expired at " + (now - 600) + " (epoch seconds).");
    }

    @Test
    void tokenLivingLongerThanAnHourIs401() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String token = TestServer.jwt("MYORG", "ALICE", aliceKey, aliceKey, now, now + 7200);
        assertRefused(token, "390144", "JWT token is invalid: the token lives 7200 s, more than the allowed 3600 s.");
    }

    @Test
    void forgedSignatureIs401() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String token = TestServer.jwt("MYORG", "ALICE", aliceKey, otherKey, now, now + 60);
        assertRefused(token, "390144", "JWT token is invalid: the signature does not match the registered public key.");
    }

    @Test
    void fingerprintOfAnUnregisteredKeyIs401() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String token = TestServer.jwt("MYORG", "ALICE", otherKey, otherKey, now, now + 60);
        String fingerprint = dev.floe.server.auth.PublicKeys.fingerprint((java.security.interfaces.RSAPublicKey) otherKey.getPublic());
        assertRefused(token, "390144", "JWT token is invalid: the public key fingerprint " + fingerprint
                + " in iss is not registered for user ALICE.");
    }

    @Test
    void unknownUserAndWrongAccountAre401() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        assertEquals(401, server.statement("SELECT 1", "", "Bearer " + TestServer.jwt("MYORG", "MALLORY", aliceKey, aliceKey, now, now + 60),
                Map.of()).statusCode());
        assertRefused(TestServer.jwt("OTHER", "ALICE", aliceKey, aliceKey, now, now + 60), "390144",
                "JWT token is invalid: the account in sub is OTHER, this server's account is MYORG.");
    }

    @Test
    void garbageTokenIs401() throws Exception {
        assertRefused("not.a.jwt", "390144", "JWT token is invalid: it is not a well-formed signed JWT.");
    }

    @Test
    void missingAuthorizationIs401WithAJsonError() throws Exception {
        HttpResponse<String> response = server.statement("SELECT 1", "", null, Map.of());
        assertEquals(401, response.statusCode());
        JsonNode error = TestServer.json(response);
        assertEquals("390101", error.get("code").asText());
        assertEquals("missing Authorization header: send 'Bearer <key-pair JWT>' or 'Basic <base64 user:password>'",
                error.get("message").asText());
        assertEquals(401, server.get("/api/v2/statements/x", null).statusCode());
    }

    @Test
    void secondKeyAllowsRotation() throws Exception {
        KeyPair newKey = TestServer.rsaKeyPair();
        server.sql("CREATE USER rotor RSA_PUBLIC_KEY = '" + TestServer.publicKeyBase64(aliceKey) + "'");
        assertEquals(401, server.statement("SELECT 1", "", TestServer.bearer("MYORG", "ROTOR", newKey), Map.of()).statusCode());

        server.sql("ALTER USER rotor SET RSA_PUBLIC_KEY_2 = '" + TestServer.publicKeyBase64(newKey) + "'");
        assertEquals(200, server.statement("SELECT 1", "", TestServer.bearer("MYORG", "ROTOR", newKey), Map.of()).statusCode());
        assertEquals(200, server.statement("SELECT 1", "", TestServer.bearer("MYORG", "ROTOR", aliceKey), Map.of()).statusCode());

        server.sql("ALTER USER rotor UNSET RSA_PUBLIC_KEY");
        assertEquals(401, server.statement("SELECT 1", "", TestServer.bearer("MYORG", "ROTOR", aliceKey), Map.of()).statusCode());
        assertEquals(200, server.statement("SELECT 1", "", TestServer.bearer("MYORG", "ROTOR", newKey), Map.of()).statusCode());
    }

    @Test
    void passwordLoginWithBasicAuth() throws Exception {
        HttpResponse<String> ok = server.statement("SELECT CURRENT_USER()", "", TestServer.basic("alice", "pa55-word"), Map.of());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("[[\"ALICE\"]]", TestServer.json(ok).get("data").toString());

        HttpResponse<String> wrong = server.statement("SELECT 1", "", TestServer.basic("alice", "nope"), Map.of());
        assertEquals(401, wrong.statusCode());
        assertEquals("390100", TestServer.json(wrong).get("code").asText());
        assertEquals("Incorrect username or password was specified.", TestServer.json(wrong).get("message").asText());
        HttpResponse<String> unknown = server.statement("SELECT 1", "", TestServer.basic("nobody", "pa55-word"), Map.of());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void handlesAreVisibleOnlyToTheirUser() throws Exception {
        HttpResponse<String> mine = server.statement("SELECT 1", "", TestServer.bearer("MYORG", "ALICE", aliceKey), Map.of());
        String handle = TestServer.json(mine).get("statementHandle").asText();
        assertEquals(200, server.get("/api/v2/statements/" + handle, TestServer.bearer("MYORG", "ALICE", aliceKey)).statusCode());
        assertEquals(404, server.get("/api/v2/statements/" + handle, server.adminAuthorization).statusCode());
        assertEquals(404, server.post("/api/v2/statements/" + handle + "/cancel", "", server.adminAuthorization).statusCode());
    }

    private static void assertRefused(String token, String code, String message) throws Exception {
        HttpResponse<String> response = server.statement("SELECT 1", "", "Bearer " + token, Map.of());
        assertEquals(401, response.statusCode(), response.body());
        JsonNode error = TestServer.json(response);
        assertEquals(code, error.get("code").asText());
        assertEquals(message, error.get("message").asText());
    }
}
