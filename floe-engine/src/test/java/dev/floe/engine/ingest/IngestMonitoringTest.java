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
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.floe.engine.Floe;
import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import dev.floe.engine.StatementResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHOW CHANNELS, SHOW PIPES, DESCRIBE PIPE, INFORMATION_SCHEMA.PIPES and PIPE_USAGE_HISTORY show real figures. */
class IngestMonitoringTest {
    @TempDir
    Path dataDir;

    @Test
    void showsChannelsPipesAndUsage() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String a = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "conn_sensor_data_0", null).continuationToken();
            String b = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "conn_sensor_data_1", null).continuationToken();
            String three = reading(1, 1, "2024-01-15T10:30:00Z") + "\n" + reading(2, 2, "2024-01-15T10:30:00Z") + "\n"
                    + reading(3, 3, "2024-01-15T10:30:00Z");
            String one = reading(4, 4, "2024-01-15T10:30:00Z") + "\n{\"device_id\": 5, \"value\": \"x\"}";
            append(ingest, "conn_sensor_data_0", a, "41", three);
            append(ingest, "conn_sensor_data_1", b, "17", one);
            long bytes = three.getBytes(StandardCharsets.UTF_8).length + one.getBytes(StandardCharsets.UTF_8).length;

            Session s = session(floe);
            assertEquals(List.of(
                    "conn_sensor_data_0|KAFKA_INTERACTIVE|STREAMING|SENSOR_DATA-STREAMING|SENSOR_DATA|41|3|PIPE|SENSOR_DATA-STREAMING|3|0|null",
                    "conn_sensor_data_1|KAFKA_INTERACTIVE|STREAMING|SENSOR_DATA-STREAMING|SENSOR_DATA|17|1|PIPE|SENSOR_DATA-STREAMING|2|1"
                            + "|Row 2, column VALUE (FLOAT): cannot convert the string \"x\" to FLOAT"),
                    columns(s, "SHOW CHANNELS IN SCHEMA KAFKA_INTERACTIVE.STREAMING", "name", "database_name", "schema_name",
                            "pipe_name", "table_name", "offset_token", "rows_inserted", "parent_domain", "parent_name",
                            "rows_parsed", "rows_error_count", "last_error_message"));
            assertEquals(2, rows(s, "SHOW CHANNELS IN TABLE SENSOR_DATA").size());
            assertEquals(1, rows(s, "SHOW CHANNELS LIKE '%_1' IN ACCOUNT").size());
            s.execute("CREATE TABLE OTHER (x INT)");
            assertEquals(0, rows(s, "SHOW CHANNELS IN TABLE OTHER").size());
            FloeException noTable = assertThrows(FloeException.class, () -> s.executeOne("SHOW CHANNELS IN TABLE NOPE"));
            assertEquals("SQL compilation error:\nTable 'KAFKA_INTERACTIVE.STREAMING.NOPE' does not exist or not authorized.", noTable.getMessage());

            assertEquals(List.of("SENSOR_DATA-STREAMING|KAFKA_INTERACTIVE|STREAMING|null|" + PipeInfo.DEFAULT_COMMENT),
                    columns(s, "SHOW PIPES IN SCHEMA KAFKA_INTERACTIVE.STREAMING", "name", "database_name", "schema_name",
                            "owner", "comment"));
            assertEquals(List.of("SENSOR_DATA-STREAMING|COPY INTO KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA FROM "
                    + "TABLE(DATA_SOURCE(TYPE => 'STREAMING')) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE"),
                    columns(s, "DESC PIPE \"SENSOR_DATA-STREAMING\"", "name", "definition"));
            FloeException noPipe = assertThrows(FloeException.class, () -> s.executeOne("DESCRIBE PIPE NOPE"));
            assertEquals("SQL compilation error:\nPipe 'KAFKA_INTERACTIVE.STREAMING.NOPE' does not exist or not authorized.", noPipe.getMessage());
            assertEquals(List.of("STREAMING|SENSOR_DATA-STREAMING|NO"),
                    rows(s, "SELECT PIPE_SCHEMA, PIPE_NAME, IS_AUTOINGEST_ENABLED FROM INFORMATION_SCHEMA.PIPES"));

            String usage = "SELECT *\nFROM TABLE(INFORMATION_SCHEMA.PIPE_USAGE_HISTORY(\n"
                    + "    DATE_RANGE_START => DATEADD(hour, -1, CURRENT_TIMESTAMP()),\n"
                    + "    DATE_RANGE_END => CURRENT_TIMESTAMP()\n))";
            StatementResult r = s.executeOne(usage);
            assertEquals(List.of("PIPE_ID", "PIPE_NAME", "START_TIME", "END_TIME", "CREDITS_USED", "BYTES_INSERTED", "FILES_INSERTED"),
                    names(r));
            assertEquals(List.of("1|SENSOR_DATA-STREAMING|0|" + bytes + "|0"),
                    columns(s, usage, "PIPE_ID", "PIPE_NAME", "CREDITS_USED", "BYTES_INSERTED", "FILES_INSERTED"));
            assertEquals(0, rows(s, "SELECT * FROM TABLE(INFORMATION_SCHEMA.PIPE_USAGE_HISTORY("
                    + "DATE_RANGE_START => DATEADD(hour, -3, CURRENT_TIMESTAMP()), DATE_RANGE_END => DATEADD(hour, -2, CURRENT_TIMESTAMP())))").size());
            assertEquals(0, rows(s, "SELECT * FROM TABLE(INFORMATION_SCHEMA.PIPE_USAGE_HISTORY(PIPE_NAME => 'OTHER_PIPE'))").size());
            assertEquals(1, rows(s, "SELECT * FROM TABLE(INFORMATION_SCHEMA.PIPE_USAGE_HISTORY("
                    + "PIPE_NAME => 'KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA-STREAMING'))").size());
        }
        // The figures survive a restart (saved on close).
        try (Floe floe = Floe.open(dataDir)) {
            Session s = session(floe);
            assertEquals(List.of("conn_sensor_data_0|41|3", "conn_sensor_data_1|17|1"),
                    columns(s, "SHOW CHANNELS", "name", "offset_token", "rows_inserted"));
            assertEquals(1, rows(s, "SELECT * FROM TABLE(INFORMATION_SCHEMA.PIPE_USAGE_HISTORY("
                    + "DATE_RANGE_START => DATEADD(hour, -1, CURRENT_TIMESTAMP())))").size());
        }
    }

    private static List<String> names(StatementResult r) {
        List<String> out = new ArrayList<>();
        r.columns().forEach(c -> out.add(c.name()));
        return out;
    }

    /** The named columns of every row, joined by '|'. */
    private static List<String> columns(Session s, String sql, String... names) {
        StatementResult r = s.executeOne(sql);
        List<String> all = names(r);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (String n : names) {
                if (sb.length() > 0) sb.append('|');
                sb.append(r.text(i, all.indexOf(n)));
            }
            out.add(sb.toString());
        }
        return out;
    }
}
