package dev.floe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL API end to end: a real server, statements over HTTP, Snowflake's JSON shapes. */
class SqlApiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path otherDataDir;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(dataDir, Map.of("statements.sync-wait.ms", "2000", "limits.result.rows", "50"));
        server.sql("CREATE DATABASE shop; CREATE SCHEMA sales; CREATE WAREHOUSE wh");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void ddlInsertAndSelectReturnMetadataAndRows() throws Exception {
        Map<String, Object> context = Map.of("database", "shop", "schema", "sales", "warehouse", "wh");
        HttpResponse<String> created = server.statement("CREATE TABLE orders (id NUMBER, amount NUMBER(10,2), note VARCHAR(20),"
                + " placed TIMESTAMP_NTZ, day DATE, paid BOOLEAN)", "", server.adminAuthorization, context);
        assertEquals(200, created.statusCode(), created.body());
        assertEquals("Table ORDERS successfully created.", TestServer.json(created).get("data").get(0).get(0).asText());

        HttpResponse<String> inserted = server.statement("INSERT INTO orders VALUES (1, 12.50, 'first', '2024-01-15 10:30:00', '2024-01-15', TRUE),"
                + " (2, NULL, NULL, NULL, NULL, NULL)", "", server.adminAuthorization, context);
        assertEquals(200, inserted.statusCode(), inserted.body());
        JsonNode insert = TestServer.json(inserted);
        assertEquals(2, insert.get("stats").get("numRowsInserted").asLong());
        assertEquals("[[\"2\"]]", insert.get("data").toString());

        HttpResponse<String> selected = server.statement("SELECT id, amount, note, placed, day, paid FROM orders ORDER BY id",
                "?requestId=r-1", server.adminAuthorization, context);
        assertEquals(200, selected.statusCode(), selected.body());
        JsonNode result = TestServer.json(selected);
        assertEquals("090001", result.get("code").asText());
        assertEquals("00000", result.get("sqlState").asText());
        assertEquals("r-1", result.get("requestId").asText());
        assertEquals("/api/v2/statements/" + result.get("statementHandle").asText() + "?requestId=r-1",
                result.get("statementStatusUrl").asText());
        JsonNode metadata = result.get("resultSetMetaData");
        assertEquals(2, metadata.get("numRows").asInt());
        assertEquals("jsonv2", metadata.get("format").asText());
        assertEquals(2, metadata.get("partitionInfo").get(0).get("rowCount").asInt());
        JsonNode rowType = metadata.get("rowType");
        assertEquals(List.of("ID fixed true", "AMOUNT fixed true", "NOTE text true", "PLACED timestamp_ntz true",
                "DAY date true", "PAID boolean true"), describe(rowType));
        assertEquals(10, rowType.get(1).get("precision").asInt());
        assertEquals(2, rowType.get(1).get("scale").asInt());
        assertEquals(20, rowType.get(2).get("length").asInt());
        assertEquals(9, rowType.get(3).get("scale").asInt());
        assertEquals("[[\"1\",\"12.50\",\"first\",\"1705314600.000000000\",\"19737\",\"true\"],[\"2\",null,null,null,null,null]]",
                result.get("data").toString());

        HttpResponse<String> nullsAsText = server.statement("SELECT note FROM orders WHERE id = 2", "?nullable=false",
                server.adminAuthorization, context);
        assertEquals("[[\"null\"]]", TestServer.json(nullsAsText).get("data").toString());
    }

    @Test
    void temporalAndSemiStructuredValuesUseTheSqlApiEncoding() throws Exception {
        JsonNode result = server.sql("SELECT '10:30:00.5'::TIME AS t, '2024-01-15 10:30:00 +01:00'::TIMESTAMP_TZ AS tz,"
                + " PARSE_JSON('{\"a\": [1, 2]}') AS v, 1.5::FLOAT AS f");
        assertEquals("[[\"37800.500000000\",\"1705311000.000000000 1500\",\"{\\\"a\\\":[1,2]}\",\"1.5\"]]",
                result.get("data").toString());
        assertEquals(List.of("T time", "TZ timestamp_tz", "V variant", "F real"), types(result.get("resultSetMetaData").get("rowType")));
    }

    @Test
    void multiStatementRequestGivesAHandlePerStatement() throws Exception {
        HttpResponse<String> response = server.statement("USE SCHEMA shop.sales; CREATE TABLE t (x NUMBER);"
                + " INSERT INTO t VALUES (1), (2), (3); SELECT SUM(x) AS total FROM t", "", server.adminAuthorization,
                Map.of("parameters", Map.of("MULTI_STATEMENT_COUNT", 4)));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = TestServer.json(response);
        assertEquals("[[\"Multiple statements executed successfully.\"]]", body.get("data").toString());
        JsonNode handles = body.get("statementHandles");
        assertEquals(4, handles.size());

        HttpResponse<String> last = server.get("/api/v2/statements/" + handles.get(3).asText(), server.adminAuthorization);
        assertEquals(200, last.statusCode(), last.body());
        assertEquals("[[\"6\"]]", TestServer.json(last).get("data").toString());
        assertEquals(handles.get(3).asText(), TestServer.json(last).get("statementHandle").asText());
        HttpResponse<String> insert = server.get("/api/v2/statements/" + handles.get(2).asText(), server.adminAuthorization);
        assertEquals(3, TestServer.json(insert).get("stats").get("numRowsInserted").asInt());
    }

    @Test
    void usersDefaultWarehouseAndNamespaceApplyUnlessTheRequestNamesOthers() throws Exception {
        server.sql("CREATE DATABASE other; CREATE USER bob PASSWORD = 'b0b' DEFAULT_WAREHOUSE = wh DEFAULT_NAMESPACE = 'shop.sales';"
                + " CREATE USER carol PASSWORD = 'c4rol' DEFAULT_WAREHOUSE = gone DEFAULT_NAMESPACE = 'nowhere';"
                // Defaults apply only where the user's role may use them (bob and carol act as PUBLIC).
                + " GRANT USAGE ON WAREHOUSE wh TO ROLE PUBLIC; GRANT USAGE ON DATABASE shop TO ROLE PUBLIC;"
                + " GRANT USAGE ON SCHEMA shop.sales TO ROLE PUBLIC; GRANT USAGE ON DATABASE other TO ROLE PUBLIC;"
                + " GRANT USAGE ON SCHEMA other.public TO ROLE PUBLIC");
        String context = "SELECT CURRENT_WAREHOUSE(), CURRENT_DATABASE(), CURRENT_SCHEMA()";
        HttpResponse<String> defaults = server.statement(context, "", TestServer.basic("bob", "b0b"), Map.of());
        assertEquals("[[\"WH\",\"SHOP\",\"SALES\"]]", TestServer.json(defaults).get("data").toString(), defaults.body());
        HttpResponse<String> named = server.statement(context, "", TestServer.basic("bob", "b0b"), Map.of("database", "other"));
        assertEquals("[[\"WH\",\"OTHER\",\"PUBLIC\"]]", TestServer.json(named).get("data").toString(), named.body());
        HttpResponse<String> missing = server.statement(context, "", TestServer.basic("carol", "c4rol"), Map.of());
        assertEquals("[[null,null,null]]", TestServer.json(missing).get("data").toString(), missing.body());
    }

    @Test
    void statementCountMustMatchWhatTheClientAnnounced() throws Exception {
        HttpResponse<String> response = server.statement("SELECT 1; SELECT 2", "");
        assertEquals(422, response.statusCode());
        JsonNode error = TestServer.json(response);
        assertEquals("000008", error.get("code").asText());
        assertEquals("0A000", error.get("sqlState").asText());
        assertEquals("Actual statement count 2 did not match the desired statement count 1.", error.get("message").asText());
    }

    @Test
    void failureInAMultiStatementRequestStopsItAndLaterStatementsAreNotExecuted() throws Exception {
        HttpResponse<String> response = server.statement("USE SCHEMA shop.sales; CREATE TABLE u (x NUMBER); SELECT * FROM missing;"
                + " INSERT INTO u VALUES (1)", "", server.adminAuthorization, Map.of("parameters", Map.of("MULTI_STATEMENT_COUNT", 0)));
        assertEquals(422, response.statusCode());
        assertEquals("002003", TestServer.json(response).get("code").asText());
        assertEquals("[[\"0\"]]", server.sql("SELECT COUNT(*) FROM shop.sales.u").get("data").toString());
    }

    @Test
    void syntaxErrorIs422With42000() throws Exception {
        HttpResponse<String> response = server.statement("SELEC 1", "");
        assertEquals(422, response.statusCode());
        JsonNode error = TestServer.json(response);
        assertEquals("001003", error.get("code").asText());
        assertEquals("42000", error.get("sqlState").asText());
        assertTrue(error.get("message").asText().contains("SELEC"), error.toString());
        String handle = error.get("statementHandle").asText();
        assertEquals(422, server.get("/api/v2/statements/" + handle, server.adminAuthorization).statusCode());
    }

    @Test
    void unknownTableIs422WithTheObjectNamed() throws Exception {
        HttpResponse<String> response = server.statement("SELECT * FROM shop.sales.nope", "");
        assertEquals(422, response.statusCode());
        JsonNode error = TestServer.json(response);
        assertEquals("002003", error.get("code").asText());
        assertEquals("02000", error.get("sqlState").asText());
        assertEquals("SQL compilation error:\nObject 'SHOP.SALES.NOPE' does not exist or not authorized.", error.get("message").asText());
    }

    @Test
    void unknownDatabaseInTheRequestContextIs422() throws Exception {
        HttpResponse<String> response = server.statement("SELECT 1", "", server.adminAuthorization, Map.of("database", "nowhere"));
        assertEquals(422, response.statusCode());
        assertEquals("002003", TestServer.json(response).get("code").asText());
    }

    /** With no time to wait, a synchronous request for a 9-million-row join answers 202 and the result comes by polling. */
    @Test
    void slowStatementAnswers202ThenItsResult() throws Exception {
        server.close();
        server = TestServer.start(otherDataDir, Map.of("statements.sync-wait.ms", "0"));
        server.sql("CREATE DATABASE shop; CREATE SCHEMA sales");
        createLongQueryTables();
        HttpResponse<String> accepted = server.statement("SELECT COUNT(*) FROM shop.sales.a, shop.sales.b, shop.sales.digits d", "");
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode status = TestServer.json(accepted);
        assertEquals("333334", status.get("code").asText());
        String handle = status.get("statementHandle").asText();
        assertEquals("/api/v2/statements/" + handle, status.get("statementStatusUrl").asText().replaceAll("\\?.*", ""));

        HttpResponse<String> done = server.awaitResult(handle, server.adminAuthorization);
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("[[\"9000000\"]]", TestServer.json(done).get("data").toString());
    }

    @Test
    void asyncSubmissionAnswers202AtOnce() throws Exception {
        HttpResponse<String> accepted = server.statement("SELECT 42 AS answer", "?async=true");
        assertEquals(202, accepted.statusCode());
        HttpResponse<String> done = server.awaitResult(TestServer.json(accepted).get("statementHandle").asText(), server.adminAuthorization);
        assertEquals("[[\"42\"]]", TestServer.json(done).get("data").toString());
    }

    @Test
    void cancelStopsARunningStatement() throws Exception {
        createLongQueryTables();
        server.sql("INSERT INTO shop.sales.b SELECT id FROM shop.sales.a");
        HttpResponse<String> accepted = server.statement(
                "SELECT COUNT(*) FROM shop.sales.a, shop.sales.b, shop.sales.digits d", "?async=true");
        String handle = TestServer.json(accepted).get("statementHandle").asText();
        Thread.sleep(200);
        HttpResponse<String> cancel = server.post("/api/v2/statements/" + handle + "/cancel", "", server.adminAuthorization);
        assertEquals(200, cancel.statusCode(), cancel.body());
        assertEquals("successfully canceled", TestServer.json(cancel).get("message").asText());

        HttpResponse<String> result = server.awaitResult(handle, server.adminAuthorization);
        assertEquals(422, result.statusCode(), result.body());
        JsonNode error = TestServer.json(result);
        assertEquals("000604", error.get("code").asText());
        assertEquals("57014", error.get("sqlState").asText());
    }

    /** One thread, one queue slot: a second statement waits, a third is refused, and a waiting one can be cancelled. */
    @Test
    void fullQueueIs503AndAQueuedStatementCanBeCancelled() throws Exception {
        server.close();
        server = TestServer.start(otherDataDir, Map.of("statements.threads", "1", "statements.queue", "1"));
        server.sql("CREATE DATABASE shop; CREATE SCHEMA sales");
        createLongQueryTables();
        server.sql("INSERT INTO shop.sales.b SELECT id FROM shop.sales.a");
        String longQuery = "SELECT COUNT(*) FROM shop.sales.a, shop.sales.b, shop.sales.digits d";
        String running = TestServer.json(server.statement(longQuery, "?async=true")).get("statementHandle").asText();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!server.get("/metrics", null).body().contains("floe_statements_running 1") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        String queued = TestServer.json(server.statement("SELECT 1", "?async=true")).get("statementHandle").asText();

        HttpResponse<String> refused = server.statement("SELECT 2", "?async=true");
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("too many statements waiting (statements.queue = 1); retry later", TestServer.json(refused).get("message").asText());

        assertEquals(200, server.post("/api/v2/statements/" + queued + "/cancel", "", server.adminAuthorization).statusCode());
        assertEquals(200, server.post("/api/v2/statements/" + running + "/cancel", "", server.adminAuthorization).statusCode());
        HttpResponse<String> cancelled = server.awaitResult(queued, server.adminAuthorization);
        assertEquals(422, cancelled.statusCode());
        assertEquals("Statement not executed: the request was cancelled.", TestServer.json(cancelled).get("message").asText());
        assertEquals("000604", TestServer.json(server.awaitResult(running, server.adminAuthorization)).get("code").asText());
    }

    @Test
    void unknownHandleIs404() throws Exception {
        HttpResponse<String> response = server.get("/api/v2/statements/no-such-handle", server.adminAuthorization);
        assertEquals(404, response.statusCode());
        assertEquals(404, server.post("/api/v2/statements/no-such-handle/cancel", "", server.adminAuthorization).statusCode());
    }

    @Test
    void bindingsBecomeTypedValues() throws Exception {
        HttpResponse<String> response = server.statement("SELECT ? AS n, ? AS s, ? AS b, ?::VARCHAR AS missing", "",
                server.adminAuthorization, Map.of("bindings", Map.of(
                        "1", Map.of("type", "FIXED", "value", "12.5"),
                        "2", Map.of("type", "TEXT", "value", "it's ?"),
                        "3", Map.of("type", "BOOLEAN", "value", "true"),
                        "4", Map.of("type", "TEXT"))));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("[[\"12.5\",\"it's ?\",\"true\",null]]", TestServer.json(response).get("data").toString());

        HttpResponse<String> numbered = server.statement("SELECT :2 AS second, :1 AS first, '?' AS text /* ? */", "",
                server.adminAuthorization, Map.of("bindings", Map.of(
                        "1", Map.of("type", "TIMESTAMP_NTZ", "value", "2024-01-15T10:30:00"),
                        "2", Map.of("type", "REAL", "value", "2.5"))));
        assertEquals(200, numbered.statusCode(), numbered.body());
        JsonNode result = TestServer.json(numbered);
        assertEquals("[[\"2.5\",\"1705314600.000000000\",\"?\"]]", result.get("data").toString());
        assertEquals(List.of("SECOND real", "FIRST timestamp_ntz", "TEXT text"), types(result.get("resultSetMetaData").get("rowType")));
    }

    @Test
    void invalidBindingIs400() throws Exception {
        HttpResponse<String> response = server.statement("SELECT ?", "", server.adminAuthorization,
                Map.of("bindings", Map.of("1", Map.of("type", "FIXED", "value", "1; DROP DATABASE shop"))));
        assertEquals(400, response.statusCode());
        assertEquals("binding 1 of type FIXED has an invalid value '1; DROP DATABASE shop'", TestServer.json(response).get("message").asText());
        HttpResponse<String> missing = server.statement("SELECT ?, ?", "", server.adminAuthorization,
                Map.of("bindings", Map.of("1", Map.of("type", "FIXED", "value", "1"))));
        assertEquals(400, missing.statusCode());
        assertEquals("no binding for bind variable 2 (bindings: [1])", TestServer.json(missing).get("message").asText());
    }

    @Test
    void resultOverTheLimitIsAClearError() throws Exception {
        server.sql("CREATE TABLE shop.sales.many (n NUMBER); INSERT INTO shop.sales.many SELECT a.n * 10 + b.n FROM"
                + " (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5"
                + " UNION ALL SELECT 6 UNION ALL SELECT 7) a, (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
                + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) b");
        HttpResponse<String> response = server.statement("SELECT n FROM shop.sales.many", "");
        assertEquals(422, response.statusCode());
        JsonNode error = TestServer.json(response);
        assertEquals("000005", error.get("code").asText());
        assertEquals("54000", error.get("sqlState").asText());
        assertEquals("The result has 64 rows, more than this server returns (50, limits.result.rows); add a LIMIT or a more"
                + " selective WHERE clause.", error.get("message").asText());
        assertEquals(200, server.statement("SELECT n FROM shop.sales.many LIMIT 50", "").statusCode());
    }

    @Test
    void malformedRequestsAre400() throws Exception {
        HttpResponse<String> notJson = server.post("/api/v2/statements", "{nope", server.adminAuthorization);
        assertEquals(400, notJson.statusCode());
        assertTrue(TestServer.json(notJson).get("message").asText().startsWith("the request body is not valid JSON"));
        HttpResponse<String> noStatement = server.post("/api/v2/statements", "{\"timeout\": 5}", server.adminAuthorization);
        assertEquals("the request body must have a non-empty string field 'statement'", TestServer.json(noStatement).get("message").asText());
        HttpResponse<String> badDatabase = server.statement("SELECT 1", "", server.adminAuthorization, Map.of("database", "x; DROP"));
        assertEquals(400, badDatabase.statusCode());
        assertEquals("'database' must be an identifier, got \"x; DROP\"", TestServer.json(badDatabase).get("message").asText());
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        assertEquals(404, server.get("/api/v3/nothing", null).statusCode());
        HttpResponse<String> wrongMethod = server.get("/api/v2/statements", server.adminAuthorization);
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("method GET is not allowed on /api/v2/statements", TestServer.json(wrongMethod).get("message").asText());
    }

    @Test
    void timeoutCancelsTheStatement() throws Exception {
        createLongQueryTables();
        server.sql("INSERT INTO shop.sales.b SELECT id FROM shop.sales.a");
        HttpResponse<String> accepted = server.statement("SELECT COUNT(*) FROM shop.sales.a, shop.sales.b, shop.sales.digits d",
                "?async=true", server.adminAuthorization, Map.of("timeout", 1));
        HttpResponse<String> result = server.awaitResult(TestServer.json(accepted).get("statementHandle").asText(), server.adminAuthorization);
        assertEquals(422, result.statusCode(), result.body());
        JsonNode error = TestServer.json(result);
        assertEquals("000630", error.get("code").asText());
        assertNotEquals("", error.get("message").asText());
    }

    /** a: 3,000 rows, b: 300 rows, digits: 10 rows, so a × b × digits is 9 million rows. */
    private void createLongQueryTables() throws Exception {
        server.sql("USE SCHEMA shop.sales;"
                + "CREATE TABLE digits (n NUMBER);"
                + "INSERT INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);"
                + "CREATE TABLE a (id NUMBER);"
                + "INSERT INTO a SELECT w.n * 1000 + x.n * 100 + y.n * 10 + z.n FROM digits w, digits x, digits y, digits z WHERE w.n < 3;"
                + "CREATE TABLE b (id NUMBER);"
                + "INSERT INTO b SELECT id FROM a WHERE id < 300");
    }

    private static List<String> types(JsonNode rowType) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode column : rowType) {
            out.add(column.get("name").asText() + " " + column.get("type").asText());
        }
        return out;
    }

    private static List<String> describe(JsonNode rowType) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode column : rowType) {
            out.add(column.get("name").asText() + " " + column.get("type").asText() + " " + column.get("nullable").asBoolean());
        }
        return out;
    }
}
