package dev.floe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.floe.engine.Floe;
import dev.floe.server.auth.BootstrapAdmin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health, metrics, request limits, the bootstrap admin and clean shutdown. */
class ServerOperationsTest {
    @TempDir
    Path dataDir;

    @Test
    void healthNeedsNoCredentials() throws Exception {
        try (TestServer server = TestServer.start(dataDir, Map.of())) {
            HttpResponse<String> response = server.get("/health", null);
            assertEquals(200, response.statusCode());
            assertEquals("{\"status\":\"UP\",\"version\":\"" + Floe.VERSION + "\"}", response.body());
        }
    }

    @Test
    void metricsExposeStatementsPerWarehouseRequestsAndAuthFailures() throws Exception {
        try (TestServer server = TestServer.start(dataDir, Map.of())) {
            server.sql("CREATE WAREHOUSE reporting");
            server.statement("SELECT 1", "", server.adminAuthorization, Map.of("warehouse", "reporting"));
            server.statement("SELECT 1", "", null, Map.of());
            HttpResponse<String> response = server.get("/metrics", null);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
            String text = response.body();
            // CREATE WAREHOUSE makes the new warehouse current, so it counts under REPORTING too.
            assertContains(text, "floe_statements_seconds_count{outcome=\"success\",warehouse=\"REPORTING\"} 2");
            assertContains(text, "floe_statements_seconds_bucket{outcome=\"success\",warehouse=\"REPORTING\",le=\"");
            assertContains(text, "floe_statements_running 0");
            assertContains(text, "floe_statements_queued 0");
            assertContains(text, "floe_auth_failures_total{scheme=\"none\"} 1");
            assertContains(text, "floe_http_requests_seconds_count{method=\"POST\",route=\"/api/v2/statements\",status=\"401\"} 1");
            assertContains(text, "jvm_memory_used_bytes");
        }
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        try (TestServer server = TestServer.start(dataDir, Map.of("limits.body.bytes", "2048"))) {
            HttpResponse<String> response = server.statement("SELECT '" + "x".repeat(3000) + "'", "");
            assertEquals(413, response.statusCode());
            assertEquals("request body exceeds the limit of 2048 bytes (limits.body.bytes)",
                    TestServer.json(response).get("message").asText());
        }
    }

    @Test
    void statementOverTheLimitIs400() throws Exception {
        try (TestServer server = TestServer.start(dataDir, Map.of("limits.statement.chars", "20"))) {
            HttpResponse<String> response = server.statement("SELECT 'abcdefghijklmnopqrstuvwxyz'", "");
            assertEquals(400, response.statusCode());
            assertEquals("the statement is 35 characters long, more than the limit of 20 (limits.statement.chars)",
                    TestServer.json(response).get("message").asText());
        }
    }

    @Test
    void bootstrapAdminIsCreatedOnceWithAnOwnerOnlyCredentialsFile() throws Exception {
        String firstPassword;
        try (TestServer server = TestServer.start(dataDir, Map.of())) {
            Path file = dataDir.resolve(BootstrapAdmin.FILE_NAME);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            firstPassword = Files.readString(file);
            assertTrue(firstPassword.startsWith("user=ADMIN\npassword="), firstPassword);
            HttpResponse<String> response = server.statement("SELECT CURRENT_USER(), CURRENT_ROLE()", "");
            assertEquals("[[\"ADMIN\",\"ACCOUNTADMIN\"]]", TestServer.json(response).get("data").toString());
        }
        try (TestServer server = TestServer.start(dataDir, Map.of())) {
            assertEquals(firstPassword, Files.readString(dataDir.resolve(BootstrapAdmin.FILE_NAME)));
            assertEquals(200, server.statement("SELECT 1", "").statusCode());
        }
        try (Floe floe = Floe.open(dataDir)) {
            assertNull(BootstrapAdmin.ensure(floe));
        }
    }

    @Test
    void secondServerOnTheSameDataDirectoryFailsToStart() throws Exception {
        try (TestServer server = TestServer.start(dataDir, Map.of())) {
            Exception e = assertThrows(Exception.class, () -> TestServer.start(dataDir, Map.of()));
            assertEquals("data directory " + dataDir + " is in use by another Floe process", e.getMessage());
            assertEquals(200, server.get("/health", null).statusCode());
        }
    }

    /**
     * Shutdown while a long statement runs: with a short grace period the statement is cancelled and
     * its client gets a clean 422; what was acknowledged before is still there after a restart.
     */
    @Test
    void shutdownCancelsRunningWorkCleanlyAndKeepsAcknowledgedData() throws Exception {
        TestServer server = TestServer.start(dataDir, Map.of("shutdown.grace.ms", "300", "statements.sync-wait.ms", "60000"));
        server.sql("CREATE DATABASE d; CREATE SCHEMA s; CREATE TABLE d.s.digits (n NUMBER);"
                + "INSERT INTO d.s.digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return server.statement("SELECT COUNT(*) FROM d.s.digits a, d.s.digits b, d.s.digits c, d.s.digits e,"
                        + " d.s.digits f, d.s.digits g, d.s.digits h, d.s.digits i", "");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertFalse(slow.isDone());
        server.close();
        HttpResponse<String> response = slow.get();
        assertEquals(422, response.statusCode(), response.body());
        JsonNode error = TestServer.json(response);
        assertEquals("000604", error.get("code").asText());
        assertEquals("57014", error.get("sqlState").asText());

        try (TestServer restarted = TestServer.start(dataDir, Map.of())) {
            assertEquals("[[\"45\"]]", restarted.sql("SELECT SUM(n) FROM d.s.digits").get("data").toString());
        }
    }

    @Test
    void shutdownLetsShortStatementsFinish() throws Exception {
        TestServer server = TestServer.start(dataDir, Map.of("shutdown.grace.ms", "30000"));
        server.sql("CREATE DATABASE d; CREATE SCHEMA s; CREATE TABLE d.s.t (n NUMBER)");
        HttpResponse<String> accepted = server.statement("INSERT INTO d.s.t VALUES (1), (2), (3)", "?async=true");
        assertEquals(202, accepted.statusCode());
        server.close();
        try (TestServer restarted = TestServer.start(dataDir, Map.of())) {
            assertEquals("[[\"3\"]]", restarted.sql("SELECT COUNT(*) FROM d.s.t").get("data").toString());
        }
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected '" + expected + "' in:\n" + text);
    }
}
