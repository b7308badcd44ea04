package dev.floe.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.floe.server.auth.PublicKeys;
import dev.floe.server.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** A real server on 127.0.0.1 and a free port over a test's data directory, with an HTTP client and the admin's credentials. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final FloeServer server;
    final Path dataDir;
    final String adminAuthorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(FloeServer server, Path dataDir, String adminAuthorization) {
        this.server = server;
        this.dataDir = dataDir;
        this.adminAuthorization = adminAuthorization;
    }

    static TestServer start(Path dataDir, Map<String, String> settings) throws Exception {
        Map<String, String> all = new HashMap<>(settings);
        all.put("data.dir", dataDir.toString());
        all.put("http.port", "0");
        FloeServer server = FloeServer.start(ServerConfig.of(all));
        Properties credentials = new Properties();
        credentials.load(Files.newBufferedReader(dataDir.resolve("admin-credentials")));
        return new TestServer(server, dataDir, basic(credentials.getProperty("user"), credentials.getProperty("password")));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
            if (authorization.startsWith("Bearer ")) {
                request.header("X-Snowflake-Authorization-Token-Type", "KEYPAIR_JWT");
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs {@code {"statement": sql}} plus the given fields as the admin. */
    HttpResponse<String> statement(String sql, String query) throws IOException, InterruptedException {
        return statement(sql, query, adminAuthorization, Map.of());
    }

    HttpResponse<String> statement(String sql, String query, String authorization, Map<String, Object> fields)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("statement", sql);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            body.set(field.getKey(), JSON.valueToTree(field.getValue()));
        }
        return post("/api/v2/statements" + query, body.toString(), authorization);
    }

    /** Runs SQL as the admin, polling if it takes long, and fails the test unless it succeeded. */
    JsonNode sql(String sql) throws IOException, InterruptedException {
        HttpResponse<String> response = statement(sql, "", adminAuthorization, Map.of("parameters", Map.of("MULTI_STATEMENT_COUNT", "0")));
        if (response.statusCode() == 202) {
            response = awaitResult(json(response).get("statementHandle").asText(), adminAuthorization);
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("'" + sql + "' answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    /** Polls a handle until it is no longer running (202) or the time is up. */
    HttpResponse<String> awaitResult(String handle, String authorization) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        HttpResponse<String> response = get("/api/v2/statements/" + handle, authorization);
        while (response.statusCode() == 202 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            response = get("/api/v2/statements/" + handle, authorization);
        }
        return response;
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() {
        server.close();
    }

    static KeyPair rsaKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static String publicKeyBase64(KeyPair keys) {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** A key-pair JWT as Snowflake's clients make it, with the fingerprint of {@code named} and the signature of {@code signer}. */
    static String jwt(String account, String user, KeyPair named, KeyPair signer, long issuedAt, long expires) throws Exception {
        String fingerprint = PublicKeys.fingerprint((RSAPublicKey) named.getPublic());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(account + "." + user + "." + fingerprint)
                .subject(account + "." + user)
                .claim("iat", issuedAt)
                .claim("exp", expires)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return jwt.serialize();
    }

    static String bearer(String account, String user, KeyPair keys) throws Exception {
        long now = new Date().getTime() / 1000;
        return "Bearer " + jwt(account, user, keys, keys, now, now + 60);
    }
}
