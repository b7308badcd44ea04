package dev.floe.engine.ingest;

import static dev.floe.engine.ingest.IngestTestSupport.DB;
import static dev.floe.engine.ingest.IngestTestSupport.LOADER;
import static dev.floe.engine.ingest.IngestTestSupport.PIPE;
import static dev.floe.engine.ingest.IngestTestSupport.SCHEMA;
import static dev.floe.engine.ingest.IngestTestSupport.append;
import static dev.floe.engine.ingest.IngestTestSupport.reading;
import static dev.floe.engine.ingest.IngestTestSupport.rows;
import static dev.floe.engine.ingest.IngestTestSupport.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.floe.engine.Floe;
import dev.floe.engine.Session;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON fields into columns: names, types, nested values, timestamps, and precise per-row errors. */
class SchematizationTest {
    private static final String TYPED_PIPE = "READINGS-STREAMING";

    @TempDir
    Path dataDir;

    @Test
    void quickstartSensorJsonIntoSensorData() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "snowflake-sensor-data_sensor_data_1", null).continuationToken();
            append(ingest, "snowflake-sensor-data_sensor_data_1", token, "0", "{\"device_id\": \"DEVICE_001\", \"sensor_type\": "
                    + "\"temperature\", \"value\": 23.5, \"unit\": \"celsius\", \"timestamp\": \"2024-01-15T10:30:00Z\", "
                    + "\"location\": {\"building\": \"HQ\", \"floor\": 2, \"zone\": \"A\"}}");
            Session s = session(floe);
            s.execute("USE WAREHOUSE SENSOR_IWH");
            assertEquals(List.of("DEVICE_001|temperature|23.5|celsius|2024-01-15 10:30:00.000|{\"building\":\"HQ\",\"floor\":2,\"zone\":\"A\"}"),
                    rows(s, "SELECT * FROM SENSOR_DATA"));
            assertEquals(List.of("HQ|2|A|INTEGER"), rows(s, "SELECT location:building::STRING, location:floor::INTEGER,"
                    + " location:zone::STRING, TYPEOF(location:floor) FROM SENSOR_DATA"));
        }
    }

    @Test
    void partEightQueriesOverStreamedReadings() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null).continuationToken();
            DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            StringBuilder body = new StringBuilder();
            // 20 readings 10 s old (devices 0..3), 10 readings 3 minutes old, 5 readings an hour old.
            for (int i = 0; i < 20; i++) body.append(reading(i % 4, 20 + i, iso.format(now.minusSeconds(10)))).append('\n');
            for (int i = 0; i < 10; i++) body.append(reading(10, 50 + i, iso.format(now.minusMinutes(3)))).append('\n');
            for (int i = 0; i < 5; i++) body.append(reading(11, 90, iso.format(now.minusHours(1)))).append('\n');
            assertEquals(35, append(ingest, "CH", token, "35", body.toString()).rowsAccepted());

            Session s = session(floe);
            s.execute("USE WAREHOUSE SENSOR_IWH");
            assertEquals(30, rows(s, "SELECT \n    device_id,\n    sensor_type,\n    value,\n    unit,\n    timestamp,\n"
                    + "    location:building::STRING as building,\n    location:floor::INTEGER as floor,\n"
                    + "    location:zone::STRING as zone\nFROM SENSOR_DATA\n"
                    + "WHERE timestamp >= DATEADD(minute, -5, CURRENT_TIMESTAMP())\nORDER BY timestamp DESC\nLIMIT 100").size());
            assertEquals(List.of("temperature|20|29.5|20|39"), rows(s, "SELECT \n    sensor_type,\n    COUNT(*) as reading_count,\n"
                    + "    AVG(value) as avg_value,\n    MIN(value) as min_value,\n    MAX(value) as max_value\nFROM SENSOR_DATA\n"
                    + "WHERE timestamp >= DATEADD(minute, -1, CURRENT_TIMESTAMP())\nGROUP BY sensor_type\n"
                    + "ORDER BY reading_count DESC"));
            assertEquals(List.of("DEVICE_000|5", "DEVICE_001|5", "DEVICE_002|5", "DEVICE_003|5"), rows(s,
                    "SELECT device_id, readings FROM (SELECT \n    device_id,\n    COUNT(*) as readings,\n"
                    + "    MAX(timestamp) as last_reading\nFROM SENSOR_DATA\n"
                    + "WHERE timestamp >= DATEADD(second, -30, CURRENT_TIMESTAMP())\nGROUP BY device_id\n"
                    + "ORDER BY readings DESC) ORDER BY device_id"));
        }
    }

    @Test
    void typesNamesAndNestedValues() {
        try (Floe floe = Floe.open(dataDir)) {
            setUpTyped(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, TYPED_PIPE, "CH", null).continuationToken();
            AppendResult r = appendTyped(ingest, token, "2",
                    "{\"id\": 1, \"Amount\": 12.345, \"ts\": \"2024-01-15T10:30:00+02:00\", \"ok\": true, \"tags\": [1, \"a\", {\"b\": null}],"
                            + " \"note\": \"hi\", \"\\\"quoted\\\"\": 1}\n"
                            + "\n"
                            + "{\"ID\": \"2\", \"amount\": \"-0.005\", \"ts\": 1705314600, \"ok\": \"no\", \"tags\": null}\n");
            assertEquals(2, r.rowsAccepted());
            assertEquals(0, r.rowsRejected(), () -> ingest.status(LOADER, DB, SCHEMA, TYPED_PIPE, "CH").lastErrorMessage());
            Session s = session(floe);
            s.execute("ALTER SESSION SET TIMEZONE = 'UTC'");
            assertEquals(List.of(
                    "1|12.35|2024-01-15 08:30:00.000 +0000|TRUE|[1,\"a\",{\"b\":null}]|hi",
                    "2|-0.01|2024-01-15 10:30:00.000 +0000|FALSE|null|null"),
                    rows(s, "SELECT id, amount, ts, ok, tags, note FROM READINGS ORDER BY id"));
            assertEquals(List.of("1", "null"), rows(s, "SELECT \"\"\"quoted\"\"\" FROM READINGS ORDER BY id"));
        }
    }

    @Test
    void everyColumnTypeTakesItsJsonForms() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            Session s = session(floe);
            s.execute("CREATE TABLE ALL_TYPES (k INT, d DATE, t TIME, ntz TIMESTAMP_NTZ, tz TIMESTAMP_TZ, f FLOAT, b BOOLEAN,"
                    + " v VARCHAR, o OBJECT, x VARIANT)");
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, "ALL_TYPES-STREAMING", "CH", null).continuationToken();
            String body = "{\"k\": 1, \"d\": \"2024-01-15\", \"t\": \"10:30:00.5\", \"ntz\": \"2024-01-15T10:30:00+05:00\","
                    + " \"tz\": \"2024-01-15T10:30:00+05:00\", \"f\": \"NaN\", \"b\": \"yes\", \"v\": 12.50, \"o\": {\"a\": [1.5, 2e3]},"
                    + " \"x\": \"text\"}\n"
                    + "{\"k\": 2, \"d\": \"2024-01-15 23:59:59\", \"ntz\": 1705314600000, \"tz\": \"2024-01-15 10:30:00\","
                    + " \"f\": 1e-3, \"b\": 0, \"v\": true, \"x\": 12345678901234567890123}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            AppendResult r = ingest.append(LOADER, DB, SCHEMA, "ALL_TYPES-STREAMING", "CH", token, "1",
                    new ByteArrayInputStream(bytes), bytes.length);
            assertEquals(0, r.rowsRejected(), () -> ingest.status(LOADER, DB, SCHEMA, "ALL_TYPES-STREAMING", "CH").lastErrorMessage());
            assertEquals(List.of(
                    "1|2024-01-15|10:30:00|2024-01-15 10:30:00.000|2024-01-15 10:30:00.000 +0500|NaN|TRUE|12.50|{\"a\":[1.5,2.000000000000000e+03]}|\"text\"",
                    "2|2024-01-15|null|2024-01-15 10:30:00.000|2024-01-15 10:30:00.000 +0000|0.001|FALSE|true|null|12345678901234567890123"),
                    rows(s, "SELECT * FROM ALL_TYPES ORDER BY k"));
            assertEquals(List.of("1|DECIMAL|DOUBLE|VARCHAR", "2|null|null|INTEGER"),
                    rows(s, "SELECT k, TYPEOF(o:a[0]), TYPEOF(o:a[1]), TYPEOF(x) FROM ALL_TYPES ORDER BY k"));
        }
    }

    @Test
    void badRowsAreCountedWithRowColumnAndReasonAndGoodRowsKept() {
        try (Floe floe = Floe.open(dataDir)) {
            setUpTyped(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, TYPED_PIPE, "CH", null).continuationToken();
            String[][] cases = {
                {"{\"id\": 1, \"amount\": }", "Row 2: malformed JSON at character 21: Unexpected character ('}' (code 125)): expected a value"},
                {"{\"id\": 1, \"amount\": \"abc\"}", "Row 2, column AMOUNT (NUMBER(5,2)): cannot convert the string \"abc\" to NUMBER(5,2)"},
                {"{\"id\": 1, \"colour\": \"red\"}", "Row 2: field \"colour\" matches no column of table READINGS"},
                {"{\"id\": 1, \"amount\": 1234.5}", "Row 2, column AMOUNT (NUMBER(5,2)): value 1234.5 is out of range for NUMBER(5,2)"},
                {"{\"id\": 123456}", "Row 2, column ID (NUMBER(5,0)): value 123456 is out of range for NUMBER(5,0)"},
                {"{\"amount\": 1}", "Row 2, column ID (NUMBER(5,0)): missing value for a NOT NULL column"},
                {"{\"id\": null}", "Row 2, column ID (NUMBER(5,0)): NULL in a NOT NULL column"},
                {"{\"id\": 1, \"ts\": \"yesterday\"}", "Row 2, column TS (TIMESTAMP_LTZ(9)): Timestamp 'yesterday' is not recognized"},
                {"{\"id\": 1, \"ok\": [true]}", "Row 2, column OK (BOOLEAN): cannot convert a JSON array to BOOLEAN"},
                {"{\"id\": 1, \"tags\": {\"a\": 1}}", "Row 2, column TAGS (ARRAY): cannot convert a JSON object to ARRAY"},
                {"{\"id\": 1, \"note\": \"toolong\"}", "Row 2, column NOTE (VARCHAR(5)): a string of 7 characters is too long for VARCHAR(5)"},
                {"{\"id\": 1, \"ID\": 2}", "Row 2, column ID (NUMBER(5,0)): field \"ID\" is given twice"},
                {"{\"id\": 1} {\"id\": 2}", "Row 2: more than one JSON value on the line"},
                {"[1, 2]", "Row 2: expected a JSON object, got a JSON array"},
                {"{\"id\": 1} xyz", "Row 2: more than one JSON value on the line"},
                {"{\"id\": \"unterminated}", "Row 2: malformed JSON at character 22: Illegal unquoted character"
                        + " ((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in string value"},
                {"{\"id\": 1, \"tags\": [{\"a\": 1, \"a\": 2}]}", "Row 2, column TAGS (ARRAY): duplicate key \"a\" in an object"},
            };
            int id = 0;
            for (int i = 0; i < cases.length; i++) {
                String[] c = cases[i];
                String body = "{\"id\": " + (++id) + "}\n" + c[0] + "\n{\"id\": " + (++id) + "}";
                AppendResult r = appendTyped(ingest, token, "t" + i, body);
                token = r.nextContinuationToken();
                assertEquals(2, r.rowsAccepted(), c[0]);
                assertEquals(1, r.rowsRejected(), c[0]);
                ChannelStatus st = ingest.status(LOADER, DB, SCHEMA, TYPED_PIPE, "CH");
                assertEquals(c[1], st.lastErrorMessage(), c[0]);
                assertEquals("t" + i, st.lastErrorOffsetUpperBound());
                assertEquals("t" + i, st.lastCommittedOffsetToken());
                assertNotNull(st.lastErrorTimestampMs());
                assertEquals(i + 1, st.rowsErrorCount());
                assertEquals(2L * (i + 1), st.rowsInserted());
                assertEquals(3L * (i + 1), st.rowsParsed());
            }
            assertEquals(List.of(Long.toString(2L * cases.length)), rows(session(floe), "SELECT COUNT(*) FROM READINGS"));
        }
    }

    @Test
    void rowsAreNonBlankLinesAndParsingResumesAfterABadOne() {
        try (Floe floe = Floe.open(dataDir)) {
            setUpTyped(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, TYPED_PIPE, "CH", null).continuationToken();
            AppendResult r = appendTyped(ingest, token, "1", "\n  \n{\"id\": 1}\r\n{\"id\":\n2}\n{\"id\": 3}\n{\"id\": 4}");
            assertEquals(3, r.rowsAccepted());
            assertEquals(2, r.rowsRejected());
            ChannelStatus st = ingest.status(LOADER, DB, SCHEMA, TYPED_PIPE, "CH");
            assertEquals("Row 3: malformed JSON at character 2: Unexpected character ('}' (code 125)): Expected space separating"
                    + " root-level values", st.lastErrorMessage());
            assertEquals(List.of("1", "3", "4"), rows(session(floe), "SELECT id FROM READINGS ORDER BY id"));
            AppendResult split = appendTyped(ingest, r.nextContinuationToken(), "2", "{\"id\": 5}\n{\"id\":\n6}");
            // Row 2 spans two lines and is rejected; its second line, row 3, is no object of its own.
            assertEquals(1, split.rowsAccepted());
            assertEquals(2, split.rowsRejected());
            assertEquals(List.of("1", "3", "4", "5"), rows(session(floe), "SELECT id FROM READINGS ORDER BY id"));
        }
    }

    private static void setUpTyped(Floe floe) {
        IngestTestSupport.setUp(floe);
        session(floe).execute("CREATE TABLE READINGS (id NUMBER(5,0) NOT NULL, amount NUMBER(5,2), ts TIMESTAMP_LTZ,"
                + " ok BOOLEAN, tags ARRAY, note VARCHAR(5), \"\"\"quoted\"\"\" INT)");
    }

    private static AppendResult appendTyped(StreamingIngest ingest, String token, String offset, String ndjson) {
        byte[] body = ndjson.getBytes(StandardCharsets.UTF_8);
        return ingest.append(LOADER, DB, SCHEMA, TYPED_PIPE, "CH", token, offset, new ByteArrayInputStream(body), body.length);
    }
}
