package dev.floe.server.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.Zstd;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.floe.server.FloeServer;
import dev.floe.server.auth.PublicKeys;
import dev.floe.server.config.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Snowpipe Streaming REST API against a real server on 127.0.0.1, called as the official SDK calls it. */
class StreamingApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PIPE = "/v2/streaming/databases/kafka_interactive/schemas/streaming/pipes/sensor_data-streaming";
    private static final String ROWS = "/v2/streaming/data/databases/kafka_interactive/schemas/streaming/pipes/sensor_data-streaming";
    private static final String RID = "?requestId=6f0c7a4e-1d2b-4c3a-9e8f-0a1b2c3d4e5f";

    @TempDir
    Path dataDir;
    private FloeServer server;
    private String admin;
    private KeyPair kafkaKeys;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = FloeServer.start(ServerConfig.of(Map.of("data.dir", dataDir.toString(), "http.port", "0")));
        Properties credentials = new Properties();
        credentials.load(Files.newBufferedReader(dataDir.resolve("admin-credentials")));
        admin = "Basic " + Base64.getEncoder().encodeToString((credentials.getProperty("user") + ":"
                + credentials.getProperty("password")).getBytes(StandardCharsets.UTF_8));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        kafkaKeys = generator.generateKeyPair();
        sql("CREATE DATABASE KAFKA_INTERACTIVE; CREATE SCHEMA KAFKA_INTERACTIVE.STREAMING;"
                + "CREATE TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA (ID NUMBER, NAME VARCHAR);"
                + "CREATE ROLE KAFKA_CONNECTOR_ROLE;"
                + "GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE KAFKA_CONNECTOR_ROLE;"
                + "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE;"
                + "GRANT INSERT, SELECT ON TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA TO ROLE KAFKA_CONNECTOR_ROLE;"
                + "CREATE USER KAFKA_USER RSA_PUBLIC_KEY = '" + Base64.getEncoder().encodeToString(kafkaKeys.getPublic().getEncoded())
                + "' DEFAULT_ROLE = KAFKA_CONNECTOR_ROLE;"
                + "GRANT ROLE KAFKA_CONNECTOR_ROLE TO USER KAFKA_USER");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void hostnameIsTheBareHostAsPlainText() throws Exception {
        HttpResponse<String> response = send("GET", "/v2/streaming/hostname" + RID, keyPairJwt("KAFKA_USER", kafkaKeys), null, null);
        assertEquals(200, response.statusCode());
        assertEquals("127.0.0.1", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void keyPairJwtIsExchangedForAScopedTokenWithExpInSeconds() throws Exception {
        String token = scopedToken();
        SignedJWT jwt = SignedJWT.parse(token);
        long exp = JSON.readTree(jwt.getPayload().toString()).get("exp").asLong();
        long now = System.currentTimeMillis() / 1000;
        assertTrue(exp > now + 3000 && exp <= now + 3600, "exp " + exp + " should be about an hour from " + now);
        assertEquals("KAFKA_USER", jwt.getJWTClaimsSet().getSubject());

        HttpResponse<String> telemetry = send("POST", "/telemetry/send/sessionless" + RID, oauth(token), "{\"logs\":[]}", null);
        assertEquals(200, telemetry.statusCode());
        assertEquals(JSON.readTree("{\"data\":\"\",\"code\":\"0\",\"message\":\"\",\"success\":true}"), JSON.readTree(telemetry.body()));
    }

    @Test
    void tokenExchangeRefusesOtherGrantsAndOtherCredentials() throws Exception {
        HttpResponse<String> badGrant = send("POST", "/oauth/token" + RID, keyPairJwt("KAFKA_USER", kafkaKeys),
                "grant_type=password&scope=127.0.0.1", "application/x-www-form-urlencoded");
        assertEquals(400, badGrant.statusCode());
        assertEquals("invalid_grant", JSON.readTree(badGrant.body()).get("code").asText());

        HttpResponse<String> withScopedToken = send("POST", "/oauth/token" + RID, oauth(scopedToken()),
                "grant_type=" + StreamingRoutes.JWT_BEARER_GRANT, "application/x-www-form-urlencoded");
        assertEquals(401, withScopedToken.statusCode());

        HttpResponse<String> forged = send("GET", "/v2/streaming/hostname" + RID, oauth(scopedToken() + "x"), null, null);
        assertEquals(401, forged.statusCode());
        assertEquals("390144", JSON.readTree(forged.body()).get("code").asText());
    }

    @Test
    void pipeInfoHasTheShapeTheSdkNeeds() throws Exception {
        HttpResponse<String> response = send("POST", PIPE + ":pipe-info" + RID, oauth(scopedToken()),
                "{\"generate_new_token\":true,\"encryption_version\":\"AES-CTR-128.1\"}", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode info = JSON.readTree(response.body());
        assertEquals(JSON.readTree("{\"max_append_request_buffer_duration_ms\":0}"), info.get("parameter_overrides"));
        assertEquals("SENSOR_DATA-STREAMING", info.get("pipe_name").asText());
        assertEquals("SENSOR_DATA", info.get("table_name").asText());
        assertEquals("KAFKA_INTERACTIVE", info.get("database_name").asText());
        assertTrue(info.get("stage_location").get("expiry_time_ms").asLong() > System.currentTimeMillis());
        assertEquals(1024, info.get("stage_location").get("parameters").get("rowset_flush_threshold_kb").asInt());
        assertEquals(1, info.get("encryption_info").get("pipe_key_id").asInt());
    }

    @Test
    void openAppendStatusAndSelect() throws Exception {
        String auth = oauth(scopedToken());
        JsonNode opened = json(send("PUT", PIPE + "/channels/ch1" + RID, auth, "{}", "application/json"), 200);
        JsonNode status = opened.get("channel_status");
        assertEquals("CH1", status.get("channel_name").asText());
        assertEquals("SUCCESS", status.get("channel_status_code").asText());
        assertTrue(status.get("last_committed_offset_token").isNull());
        assertEquals(0, status.get("rows_inserted").asLong());
        assertEquals(14, status.size());

        String token = opened.get("next_continuation_token").asText();
        token = append(auth, "ch1", "1", token, "{\"id\":1,\"name\":\"a\"}\n".getBytes(StandardCharsets.UTF_8), null);
        token = append(auth, "ch1", "2", token, gzip("{\"ID\":2,\"NAME\":\"b\"}\n"), "gzip");
        token = append(auth, "ch1", "3", token, Zstd.compress("{\"id\":3,\"name\":\"c\"}".getBytes(StandardCharsets.UTF_8)), "zstd");

        JsonNode statuses = json(send("POST", PIPE + ":bulk-channel-status" + RID, auth,
                "{\"channel_names\":[\"ch1\",\"nope\"]}", "application/json"), 200).get("channel_statuses");
        assertEquals(3, statuses.get("ch1").get("rows_inserted").asLong());
        assertEquals(3, statuses.get("ch1").get("rows_parsed").asLong());
        assertEquals("3", statuses.get("ch1").get("last_committed_offset_token").asText());
        assertEquals("ERR_CHANNEL_DOES_NOT_EXIST_OR_IS_NOT_AUTHORIZED", statuses.get("nope").get("channel_status_code").asText());

        String metrics = send("GET", "/metrics", null, null, null).body();
        String pipeTag = "pipe=\"KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA-STREAMING\"";
        assertTrue(metrics.contains("floe_ingest_rows_total{" + pipeTag + "} 3.0"), metrics);
        assertTrue(metrics.contains("floe_ingest_appends_seconds_count{" + pipeTag + "} 3"), metrics);
        assertTrue(metrics.contains("floe_ingest_channels_open 1.0"), metrics);
        assertTrue(metrics.contains("floe_ingest_memory_bytes 0.0"), metrics);

        JsonNode rows = sql("SELECT ID, NAME FROM KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA ORDER BY ID");
        assertEquals(JSON.readTree("[[\"1\",\"a\"],[\"2\",\"b\"],[\"3\",\"c\"]]"), rows.get("data"));

        JsonNode dropped = json(send("DELETE", PIPE + "/channels/ch1" + RID, auth, null, null), 200);
        assertEquals("3", dropped.get("last_committed_offset_token").asText());
        HttpResponse<String> afterDrop = send("POST", ROWS + "/channels/ch1/rows" + RID + "&offsetToken=4&continuationToken=" + token,
                auth, "{\"id\":4}", "application/x-ndjson");
        assertEquals(404, afterDrop.statusCode());
        assertEquals("ERR_CHANNEL_DOES_NOT_EXIST_OR_IS_NOT_AUTHORIZED", JSON.readTree(afterDrop.body()).get("code").asText());
    }

    @Test
    void reopeningFencesTheOldContinuationToken() throws Exception {
        String auth = keyPairJwt("KAFKA_USER", kafkaKeys);
        String first = json(send("PUT", PIPE + "/channels/%22part-0%22" + RID, auth, "{\"offset_token\":\"41\"}", "application/json"), 200)
                .get("next_continuation_token").asText();
        JsonNode reopened = json(send("PUT", PIPE + "/channels/%22part-0%22" + RID, auth, "", null), 200);
        assertEquals("41", reopened.get("channel_status").get("last_committed_offset_token").asText());
        assertEquals("part-0", reopened.get("channel_status").get("channel_name").asText());
        assertNotEquals(first, reopened.get("next_continuation_token").asText());

        HttpResponse<String> stale = send("POST", ROWS + "/channels/%22part-0%22/rows" + RID + "&offsetToken=42&continuationToken=" + first,
                auth, "{\"id\":42}", "application/x-ndjson");
        assertEquals(400, stale.statusCode());
        assertEquals("ERR_CHANNEL_MUST_BE_REOPENED", JSON.readTree(stale.body()).get("code").asText());
        assertEquals("0", sql("SELECT COUNT(*) FROM KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA").get("data").get(0).get(0).asText());
    }

    @Test
    void unsupportedEncodingIs415() throws Exception {
        String auth = keyPairJwt("KAFKA_USER", kafkaKeys);
        String token = json(send("PUT", PIPE + "/channels/ch1" + RID, auth, "{}", "application/json"), 200).get("next_continuation_token").asText();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(ROWS + "/channels/ch1/rows" + RID + "&offsetToken=1&continuationToken=" + token))
                .header("Content-Encoding", "br").POST(HttpRequest.BodyPublishers.ofString("{}"));
        authorize(request, auth);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertEquals("ERR_UNSUPPORTED_CONTENT_ENCODING", JSON.readTree(response.body()).get("code").asText());
    }

    @Test
    void unauthenticatedRequestsAre401() throws Exception {
        HttpResponse<String> response = send("PUT", PIPE + "/channels/ch1" + RID, null, "{}", "application/json");
        assertEquals(401, response.statusCode());
        assertEquals("390101", JSON.readTree(response.body()).get("code").asText());
        HttpResponse<String> badToken = send("POST", PIPE + ":pipe-info" + RID, oauth("not.a.token"), "{}", "application/json");
        assertEquals(401, badToken.statusCode());
    }

    @Test
    void aUserWithoutInsertIsRefusedWith403() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair readerKeys = generator.generateKeyPair();
        sql("CREATE ROLE READER; GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE READER;"
                + "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE READER;"
                + "GRANT SELECT ON TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA TO ROLE READER;"
                + "CREATE USER ANALYST RSA_PUBLIC_KEY = '" + Base64.getEncoder().encodeToString(readerKeys.getPublic().getEncoded())
                + "' DEFAULT_ROLE = READER; GRANT ROLE READER TO USER ANALYST");
        HttpResponse<String> response = send("PUT", PIPE + "/channels/ch1" + RID, keyPairJwt("ANALYST", readerKeys), "{}", "application/json");
        assertEquals(403, response.statusCode());
        assertEquals("ERR_INSUFFICIENT_PRIVILEGES", JSON.readTree(response.body()).get("code").asText());
    }

    @Test
    void unknownPipeActionAndBadNamesAreRefused() throws Exception {
        String auth = keyPairJwt("KAFKA_USER", kafkaKeys);
        assertEquals(404, send("POST", PIPE + ":explode" + RID, auth, "{}", "application/json").statusCode());
        HttpResponse<String> badName = send("PUT", PIPE + "/channels/%22a%22b%22" + RID, auth, "{}", "application/json");
        assertEquals(400, badName.statusCode());
        assertEquals("ERR_INVALID_ARGUMENT", JSON.readTree(badName.body()).get("code").asText());
        HttpResponse<String> badBulk = send("POST", PIPE + ":bulk-channel-status" + RID, auth, "{\"channel_names\":\"ch1\"}", "application/json");
        assertEquals(400, badBulk.statusCode());
    }

    private String append(String auth, String channel, String offset, String continuation, byte[] body, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(ROWS + "/channels/" + channel + "/rows" + RID + "&offsetToken=" + offset
                        + "&continuationToken=" + continuation))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        authorize(request, auth);
        if (encoding != null) request.header("Content-Encoding", encoding);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode reply = json(response, 200);
        assertEquals(1, reply.size());
        return reply.get("next_continuation_token").asText();
    }

    private String scopedToken() throws Exception {
        HttpResponse<String> response = send("POST", "/oauth/token" + RID, keyPairJwt("KAFKA_USER", kafkaKeys),
                "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&scope=127.0.0.1", "application/x-www-form-urlencoded");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String oauth(String token) {
        return "Bearer " + token + "\nOAUTH";
    }

    /** A key-pair JWT as the SDK makes it: iat/exp in milliseconds. */
    private static String keyPairJwt(String user, KeyPair keys) throws Exception {
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("FLOE." + user + "." + PublicKeys.fingerprint((RSAPublicKey) keys.getPublic()))
                .subject("FLOE." + user)
                .claim("scp", "session:role:KAFKA_CONNECTOR_ROLE")
                .claim("iat", now)
                .claim("exp", now + 59 * 60_000)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return "Bearer " + jwt.serialize() + "\nKEYPAIR_JWT";
    }

    /** {@code auth} is "Bearer token\nTYPE" (type header) or a plain Authorization value. */
    private HttpResponse<String> send(String method, String path, String auth, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) request.header("Content-Type", contentType);
        authorize(request, auth);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void authorize(HttpRequest.Builder request, String auth) {
        if (auth == null) return;
        int nl = auth.indexOf('\n');
        request.header("Authorization", nl < 0 ? auth : auth.substring(0, nl));
        if (nl >= 0) request.header("X-Snowflake-Authorization-Token-Type", auth.substring(nl + 1));
    }

    private JsonNode sql(String statements) throws Exception {
        String body = JSON.createObjectNode().put("statement", statements)
                .set("parameters", JSON.createObjectNode().put("MULTI_STATEMENT_COUNT", "0")).toString();
        return json(send("POST", "/api/v2/statements", admin, body, "application/json"), 200);
    }

    private static JsonNode json(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
