package dev.floe.engine.ingest;

import static dev.floe.engine.ingest.IngestTestSupport.DB;
import static dev.floe.engine.ingest.IngestTestSupport.LOADER;
import static dev.floe.engine.ingest.IngestTestSupport.SCHEMA;
import static dev.floe.engine.ingest.IngestTestSupport.rows;
import static dev.floe.engine.ingest.IngestTestSupport.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.floe.engine.Floe;
import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CREATE PIPE / DROP PIPE through SQL, and appends through a pipe that maps JSON fields to columns. */
class CreatePipeTest {
    @TempDir
    Path dataDir;

    @Test
    void pipeWithFieldMappingLoadsOnlyTheSelectedFields() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            Session s = session(floe);
            assertEquals("Pipe SENSOR_PIPE successfully created.", s.executeOne("CREATE PIPE sensor_pipe COMMENT = 'mapped' AS"
                    + " COPY INTO SENSOR_DATA (device_id, value) FROM (SELECT $1:dev::STRING, $1:reading"
                    + " FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))").text(0, 0));
            PipeInfo info = floe.ingest().pipeInfo(LOADER, DB, SCHEMA, "SENSOR_PIPE");
            assertEquals(Map.of("dev", "DEVICE_ID", "reading", "VALUE"), info.fieldMapping());
            assertEquals("ACCOUNTADMIN", info.owner());
            assertEquals("mapped", info.comment());

            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, "SENSOR_PIPE", "CH", null).continuationToken();
            byte[] body = "{\"dev\": \"D1\", \"reading\": 2.5, \"extra\": {\"x\": [1]}}\n{\"DEV\": \"ignored\"}".getBytes(StandardCharsets.UTF_8);
            AppendResult r = ingest.append(LOADER, DB, SCHEMA, "SENSOR_PIPE", "CH", token, "1", new ByteArrayInputStream(body), body.length);
            assertEquals(2, r.rowsAccepted());
            assertEquals(List.of("D1|2.5", "null|null"), rows(s, "SELECT device_id, value FROM SENSOR_DATA ORDER BY device_id NULLS LAST"));

            FloeException exists = assertThrows(FloeException.class, () -> s.executeOne("CREATE PIPE sensor_pipe AS COPY INTO"
                    + " SENSOR_DATA FROM (SELECT * FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))"));
            assertEquals("SQL compilation error:\nObject 'KAFKA_INTERACTIVE.STREAMING.SENSOR_PIPE' already exists.", exists.getMessage());
            assertEquals("SENSOR_PIPE already exists, statement succeeded.", s.executeOne("CREATE PIPE IF NOT EXISTS sensor_pipe AS"
                    + " COPY INTO SENSOR_DATA FROM (SELECT * FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))").text(0, 0));
            assertEquals(Map.of("dev", "DEVICE_ID", "reading", "VALUE"), ingest.pipeInfo(LOADER, DB, SCHEMA, "SENSOR_PIPE").fieldMapping());
            s.execute("CREATE OR REPLACE PIPE sensor_pipe AS COPY INTO SENSOR_DATA FROM (SELECT * FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))");
            assertEquals(Map.of(), ingest.pipeInfo(LOADER, DB, SCHEMA, "SENSOR_PIPE").fieldMapping());
            IngestException replaced = assertThrows(IngestException.class,
                    () -> ingest.status(LOADER, DB, SCHEMA, "SENSOR_PIPE", "CH"));
            assertEquals("ERR_CHANNEL_DOES_NOT_EXIST_OR_IS_NOT_AUTHORIZED", replaced.code());

            assertEquals("SENSOR_PIPE successfully dropped.", s.executeOne("DROP PIPE sensor_pipe").text(0, 0));
            assertEquals(0, rows(s, "SHOW PIPES LIKE 'SENSOR_PIPE'").size());
            FloeException missing = assertThrows(FloeException.class, () -> s.executeOne("DROP PIPE sensor_pipe"));
            assertEquals("SQL compilation error:\nPipe 'KAFKA_INTERACTIVE.STREAMING.SENSOR_PIPE' does not exist or not authorized.",
                    missing.getMessage());
            s.executeOne("DROP PIPE IF EXISTS sensor_pipe");
        }
    }

    @Test
    void createdPipesSurviveARestart() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            session(floe).execute("CREATE PIPE p AS COPY INTO SENSOR_DATA (unit, value) FROM (SELECT $1:u, $1:v::FLOAT"
                    + " FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))");
        }
        try (Floe floe = Floe.open(dataDir)) {
            PipeInfo p = floe.ingest().pipeInfo(LOADER, DB, SCHEMA, "P");
            assertEquals(List.of("u", "v"), List.copyOf(p.fieldMapping().keySet()));
            assertEquals(List.of("UNIT", "VALUE"), List.copyOf(p.fieldMapping().values()));
            assertEquals("COPY INTO SENSOR_DATA (unit, value) FROM (SELECT $1:u, ($1:v::FLOAT) FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))",
                    p.definition());
        }
    }

    @Test
    void pipeDefinitionsFloeCannotRunAreRefused() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            Session s = session(floe);
            FloeException transform = assertThrows(FloeException.class, () -> s.executeOne("CREATE PIPE p AS COPY INTO SENSOR_DATA"
                    + " (value) FROM (SELECT $1:a + 1 FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))"));
            assertEquals("SQL compilation error:\nA streaming pipe must be COPY INTO <table> [(columns)] FROM (SELECT * |"
                    + " $1:field[::type], ... FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING'))); not supported: "
                    + "COPY INTO SENSOR_DATA (value) FROM (SELECT ($1:a + 1) FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))",
                    transform.getMessage());
            FloeException reserved = assertThrows(FloeException.class, () -> s.executeOne("CREATE PIPE \"X-STREAMING\" AS COPY INTO"
                    + " SENSOR_DATA FROM (SELECT * FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))"));
            assertEquals("SQL compilation error:\nPipe names ending in -STREAMING are reserved for the default pipes of streaming"
                    + " ingest: X-STREAMING", reserved.getMessage());
            floe.ingest().pipeInfo(LOADER, DB, SCHEMA, "SENSOR_DATA-STREAMING");
            FloeException dropDefault = assertThrows(FloeException.class, () -> s.executeOne("DROP PIPE \"SENSOR_DATA-STREAMING\""));
            assertEquals("SQL compilation error:\nThe default pipe KAFKA_INTERACTIVE.STREAMING.\"SENSOR_DATA-STREAMING\" cannot be"
                    + " dropped; it lives as long as its table", dropDefault.getMessage());
            FloeException count = assertThrows(FloeException.class, () -> s.executeOne("CREATE PIPE p AS COPY INTO SENSOR_DATA"
                    + " (value) FROM (SELECT $1:a, $1:b FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))"));
            assertEquals("SQL compilation error:\nThe pipe selects 2 fields for 1 columns", count.getMessage());
            s.execute("CREATE SCHEMA OTHER");
            FloeException otherSchema = assertThrows(FloeException.class, () -> s.executeOne("CREATE PIPE OTHER.p AS COPY INTO"
                    + " STREAMING.SENSOR_DATA FROM (SELECT * FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))"));
            assertEquals("SQL compilation error:\nA pipe must load a table of its own schema KAFKA_INTERACTIVE.OTHER, not"
                    + " KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA", otherSchema.getMessage());
            FloeException noTable = assertThrows(FloeException.class, () -> s.executeOne("CREATE PIPE STREAMING.p AS COPY INTO"
                    + " STREAMING.NOPE FROM (SELECT * FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))"));
            assertEquals("SQL compilation error:\nTable 'KAFKA_INTERACTIVE.STREAMING.NOPE' does not exist or not authorized.",
                    noTable.getMessage());
        }
    }
}
