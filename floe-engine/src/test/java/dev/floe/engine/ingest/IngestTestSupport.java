package dev.floe.engine.ingest;

import dev.floe.engine.Floe;
import dev.floe.engine.Session;
import dev.floe.engine.StatementResult;
import dev.floe.engine.security.Principal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Shared setup of the streaming ingest tests: the quickstart's SENSOR_DATA table and helpers. */
final class IngestTestSupport {
    static final Principal LOADER = new Principal("KAFKA_USER", "KAFKA_CONNECTOR_ROLE");
    static final String DB = "KAFKA_INTERACTIVE";
    static final String SCHEMA = "STREAMING";
    static final String PIPE = "SENSOR_DATA-STREAMING";

    static final String SETUP = String.join(";\n",
            "CREATE DATABASE KAFKA_INTERACTIVE",
            "CREATE SCHEMA STREAMING",
            "CREATE INTERACTIVE TABLE SENSOR_DATA (\n"
                    + "    device_id VARCHAR,\n"
                    + "    sensor_type VARCHAR,\n"
                    + "    value FLOAT,\n"
                    + "    unit VARCHAR,\n"
                    + "    timestamp TIMESTAMP_NTZ,\n"
                    + "    location VARIANT\n"
                    + ") CLUSTER BY (device_id, timestamp)",
            "CREATE INTERACTIVE WAREHOUSE SENSOR_IWH TABLES (SENSOR_DATA) WAREHOUSE_SIZE = 'XSMALL'",
            // The quickstart's connector role: it may stream into the tables of the schema.
            "CREATE ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT INSERT, SELECT ON ALL TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT INSERT, SELECT ON FUTURE TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
            "CREATE USER KAFKA_USER DEFAULT_ROLE = KAFKA_CONNECTOR_ROLE",
            "GRANT ROLE KAFKA_CONNECTOR_ROLE TO USER KAFKA_USER");

    private IngestTestSupport() {
    }

    static void setUp(Floe floe) {
        floe.newSession().execute(SETUP);
    }

    static Session session(Floe floe) {
        Session s = floe.newSession();
        s.execute("USE DATABASE KAFKA_INTERACTIVE; USE SCHEMA STREAMING");
        return s;
    }

    /** One sensor reading as the quickstart's generator sends it. */
    static String reading(int device, double value, String timestamp) {
        return String.format(java.util.Locale.ROOT, "{\"device_id\": \"DEVICE_%03d\", \"sensor_type\": \"temperature\", \"value\": %s,"
                + " \"unit\": \"celsius\", \"timestamp\": \"%s\", \"location\": {\"building\": \"HQ\", \"floor\": %d, \"zone\": \"A\"}}",
                device, Double.toString(value), timestamp, device % 5);
    }

    static AppendResult append(StreamingIngest ingest, String channel, String continuation, String offsetToken, String ndjson) {
        byte[] body = ndjson.getBytes(StandardCharsets.UTF_8);
        return ingest.append(LOADER, DB, SCHEMA, PIPE, channel, continuation, offsetToken, new ByteArrayInputStream(body), body.length);
    }

    /** All rows of a query as Snowflake renders them, one string per row, columns joined by '|'. */
    static List<String> rows(Session s, String sql) {
        StatementResult r = s.executeOne(sql);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.columns().size(); c++) {
                if (c > 0) sb.append('|');
                sb.append(r.text(i, c));
            }
            out.add(sb.toString());
        }
        return out;
    }

    static long count(Session s, String sql) {
        return Long.parseLong(s.executeOne(sql).text(0, 0));
    }
}
