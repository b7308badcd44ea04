package dev.floe.engine.ingest;

import static dev.floe.engine.ingest.IngestTestSupport.DB;
import static dev.floe.engine.ingest.IngestTestSupport.LOADER;
import static dev.floe.engine.ingest.IngestTestSupport.PIPE;
import static dev.floe.engine.ingest.IngestTestSupport.SCHEMA;
import static dev.floe.engine.ingest.IngestTestSupport.append;
import static dev.floe.engine.ingest.IngestTestSupport.count;
import static dev.floe.engine.ingest.IngestTestSupport.reading;
import static dev.floe.engine.ingest.IngestTestSupport.rows;
import static dev.floe.engine.ingest.IngestTestSupport.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.Floe;
import dev.floe.engine.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipes, channels, appends, offset tokens and fencing against a real engine. */
class StreamingIngestTest {
    @TempDir
    Path dataDir;

    @Test
    void everyOpenAndAppendNeedsInsertOnTheTable() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            floe.newSession().execute("CREATE ROLE READER; GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE READER;"
                    + "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE READER;"
                    + "GRANT SELECT ON TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA TO ROLE READER;"
                    + "CREATE USER ANALYST; GRANT ROLE READER TO USER ANALYST");
            dev.floe.engine.security.Principal analyst = new dev.floe.engine.security.Principal("ANALYST", "READER");
            IngestException refused = assertThrows(IngestException.class,
                    () -> floe.ingest().openChannel(analyst, DB, SCHEMA, PIPE, "c1", null));
            assertEquals("ERR_INSUFFICIENT_PRIVILEGES", refused.code());
            assertEquals(403, refused.httpStatus());
            assertTrue(refused.getMessage().contains("INSERT"), refused.getMessage());

            String token = floe.ingest().openChannel(LOADER, DB, SCHEMA, PIPE, "c1", null).continuationToken();
            String next = append(floe.ingest(), "c1", token, "1", reading(1, 20.5, "2024-01-15T10:30:00Z")).nextContinuationToken();
            floe.newSession().executeOne("REVOKE INSERT ON TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA FROM ROLE KAFKA_CONNECTOR_ROLE");
            IngestException revoked = assertThrows(IngestException.class,
                    () -> append(floe.ingest(), "c1", next, "2", reading(2, 21.5, "2024-01-15T10:30:01Z")));
            assertEquals(403, revoked.httpStatus());
            assertEquals(List.of("1"), rows(session(floe), "SELECT COUNT(*) FROM SENSOR_DATA"));
        }
    }

    @Test
    void defaultPipeIsCreatedOnFirstUseAndKept() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            assertEquals(List.of(), floe.ingest().pipes());
            PipeInfo info = floe.ingest().pipeInfo(LOADER, DB, SCHEMA, PIPE);
            assertEquals(DB, info.databaseName());
            assertEquals(SCHEMA, info.schemaName());
            assertEquals(PIPE, info.pipeName());
            assertEquals("SENSOR_DATA", info.tableName());
            assertTrue(info.isDefault());
            assertNull(info.owner());
            assertEquals("COPY INTO KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING'))"
                    + " MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE", info.definition());
            assertEquals(info, floe.ingest().pipeInfo(LOADER, DB, SCHEMA, PIPE));
            assertEquals(List.of(info), floe.ingest().pipes());
        }
        try (Floe floe = Floe.open(dataDir)) {
            assertEquals(List.of(floe.ingest().pipeInfo(LOADER, DB, SCHEMA, PIPE)), floe.ingest().pipes());
            PipeInfo reloaded = floe.ingest().pipes().get(0);
            assertEquals(PIPE, reloaded.pipeName());
            assertTrue(reloaded.isDefault());
            assertEquals(1, reloaded.pipeId());
            assertEquals(PipeInfo.DEFAULT_COMMENT, reloaded.comment());
        }
    }

    @Test
    void unknownPipesAndTablesAreRefused() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            IngestException noTable = assertThrows(IngestException.class,
                    () -> floe.ingest().pipeInfo(LOADER, DB, SCHEMA, "NO_SUCH_TABLE-STREAMING"));
            assertEquals("ERR_TABLE_DOES_NOT_EXIST_NOT_AUTHORIZED", noTable.code());
            assertEquals(404, noTable.httpStatus());
            assertEquals("Table KAFKA_INTERACTIVE.STREAMING.NO_SUCH_TABLE does not exist or not authorized.", noTable.getMessage());
            IngestException noPipe = assertThrows(IngestException.class,
                    () -> floe.ingest().pipeInfo(LOADER, DB, SCHEMA, "MY_PIPE"));
            assertEquals("ERR_PIPE_DOES_NOT_EXIST_OR_NOT_AUTHORIZED", noPipe.code());
            assertEquals("Pipe KAFKA_INTERACTIVE.STREAMING.MY_PIPE does not exist or not authorized.", noPipe.getMessage());
            IngestException noChannel = assertThrows(IngestException.class,
                    () -> floe.ingest().status(LOADER, DB, SCHEMA, PIPE, "NOPE"));
            assertEquals("ERR_CHANNEL_DOES_NOT_EXIST_OR_IS_NOT_AUTHORIZED", noChannel.code());
            assertEquals(404, noChannel.httpStatus());
            IngestException badName = assertThrows(IngestException.class,
                    () -> floe.ingest().openChannel(LOADER, DB, SCHEMA, PIPE, "a/b", null));
            assertEquals("Channel names must not contain '/': a/b", badName.getMessage());
            assertEquals(400, badName.httpStatus());
        }
    }

    @Test
    void openAppendStatusDrop() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            long before = System.currentTimeMillis();
            ChannelOpened opened = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH1", null);
            ChannelStatus s = opened.status();
            assertEquals("SUCCESS", s.channelStatusCode());
            assertEquals("CH1", s.channelName());
            assertEquals(PIPE, s.pipeName());
            assertNull(s.lastCommittedOffsetToken());
            assertTrue(s.createdOnMs() >= before);
            assertEquals(0, s.rowsInserted());

            AppendResult r = append(ingest, "CH1", opened.continuationToken(), "7",
                    reading(1, 20.5, "2024-01-15T10:30:00Z") + "\n" + reading(2, 21.0, "2024-01-15T10:30:01Z") + "\n");
            assertEquals(2, r.rowsAccepted());
            assertEquals(0, r.rowsRejected());
            assertNotEquals(opened.continuationToken(), r.nextContinuationToken());

            ChannelStatus after = ingest.status(LOADER, DB, SCHEMA, PIPE, "CH1");
            assertEquals("7", after.lastCommittedOffsetToken());
            assertEquals(2, after.rowsInserted());
            assertEquals(2, after.rowsParsed());
            assertEquals(0, after.rowsErrorCount());
            assertNull(after.lastErrorMessage());
            assertEquals(s.createdOnMs(), after.createdOnMs());

            Map<String, ChannelStatus> bulk = ingest.bulkStatus(LOADER, DB, SCHEMA, PIPE, List.of("CH1", "GONE"));
            assertEquals(List.of("CH1", "GONE"), List.copyOf(bulk.keySet()));
            assertEquals(after, bulk.get("CH1"));
            assertEquals("ERR_CHANNEL_DOES_NOT_EXIST_OR_IS_NOT_AUTHORIZED", bulk.get("GONE").channelStatusCode());

            assertEquals(2, count(session(floe), "SELECT COUNT(*) FROM SENSOR_DATA"));
            assertEquals("7", ingest.dropChannel(LOADER, DB, SCHEMA, PIPE, "CH1"));
            IngestException gone = assertThrows(IngestException.class, () -> ingest.status(LOADER, DB, SCHEMA, PIPE, "CH1"));
            assertEquals("ERR_CHANNEL_DOES_NOT_EXIST_OR_IS_NOT_AUTHORIZED", gone.code());
            IngestException stale = assertThrows(IngestException.class,
                    () -> append(ingest, "CH1", r.nextContinuationToken(), "8", reading(3, 1, "2024-01-15T10:30:02Z")));
            assertEquals("ERR_CHANNEL_DOES_NOT_EXIST_OR_IS_NOT_AUTHORIZED", stale.code());
            // A dropped channel starts over: no committed token, the rows stay.
            assertNull(ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH1", null).status().lastCommittedOffsetToken());
            assertEquals(2, count(session(floe), "SELECT COUNT(*) FROM SENSOR_DATA"));
        }
    }

    @Test
    void initialOffsetTokenAppliesOnlyToAChannelWithoutOne() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            assertEquals("0", ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", "0").status().lastCommittedOffsetToken());
            ChannelOpened again = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", "5");
            assertEquals("0", again.status().lastCommittedOffsetToken());
            append(ingest, "CH", again.continuationToken(), "9", reading(1, 1, "2024-01-15T10:30:00Z"));
            assertEquals("9", ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", "0").status().lastCommittedOffsetToken());
        }
    }

    @Test
    void exactlyOnceAcrossReopenAndRestart() {
        int n = 50;
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "sensor_data_0", null).continuationToken();
            for (int i = 1; i <= n; i++) {
                token = append(ingest, "sensor_data_0", token, Integer.toString(i), reading(i % 20, i, "2024-01-15T10:30:00Z"))
                        .nextContinuationToken();
            }
            assertEquals(Integer.toString(n),
                    ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "sensor_data_0", null).status().lastCommittedOffsetToken());
        }
        try (Floe floe = Floe.open(dataDir)) {
            StreamingIngest ingest = floe.ingest();
            ChannelStatus before = ingest.status(LOADER, DB, SCHEMA, PIPE, "sensor_data_0");
            assertEquals(Integer.toString(n), before.lastCommittedOffsetToken());
            assertEquals(n, before.rowsInserted());
            IngestException mustReopen = assertThrows(IngestException.class,
                    () -> append(ingest, "sensor_data_0", "1_0_00", "51", reading(1, 1, "2024-01-15T10:30:00Z")));
            assertEquals("ERR_CHANNEL_MUST_BE_REOPENED", mustReopen.code());
            ChannelOpened reopened = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "sensor_data_0", null);
            assertEquals(Integer.toString(n), reopened.status().lastCommittedOffsetToken());
            // The client resumes after the committed token: nothing is sent twice.
            append(ingest, "sensor_data_0", reopened.continuationToken(), "51", reading(1, 51, "2024-01-15T10:30:00Z"));
            Session s = session(floe);
            assertEquals(n + 1, count(s, "SELECT COUNT(*) FROM SENSOR_DATA"));
            assertEquals(n + 1, count(s, "SELECT COUNT(DISTINCT value) FROM SENSOR_DATA"));
            assertEquals(List.of("1|51"), rows(s, "SELECT MIN(value)::INT, MAX(value)::INT FROM SENSOR_DATA"));
        }
    }

    @Test
    void reopeningFencesTheOldWriter() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String oldWriter = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null).continuationToken();
            oldWriter = append(ingest, "CH", oldWriter, "1", reading(1, 1, "2024-01-15T10:30:00Z")).nextContinuationToken();
            ChannelOpened newWriter = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null);
            assertEquals("1", newWriter.status().lastCommittedOffsetToken());
            String fenced = oldWriter;
            IngestException e = assertThrows(IngestException.class,
                    () -> append(ingest, "CH", fenced, "2", reading(2, 2, "2024-01-15T10:30:00Z")));
            assertEquals("ERR_CHANNEL_MUST_BE_REOPENED", e.code());
            assertEquals(400, e.httpStatus());
            assertEquals("Channel CH must be reopened: it was reopened by another writer, which fenced this one", e.getMessage());
            assertEquals(1, count(session(floe), "SELECT COUNT(*) FROM SENSOR_DATA"));
            assertEquals("1", ingest.status(LOADER, DB, SCHEMA, PIPE, "CH").lastCommittedOffsetToken());

            String next = append(ingest, "CH", newWriter.continuationToken(), "2", reading(2, 2, "2024-01-15T10:30:00Z"))
                    .nextContinuationToken();
            // A token already used (a retried call) is stale too.
            IngestException replay = assertThrows(IngestException.class,
                    () -> append(ingest, "CH", newWriter.continuationToken(), "2", reading(2, 2, "2024-01-15T10:30:00Z")));
            assertEquals("Channel CH must be reopened: the continuation token is not the one the previous call returned",
                    replay.getMessage());
            assertFalse(next.isEmpty());
            assertEquals(2, count(session(floe), "SELECT COUNT(*) FROM SENSOR_DATA"));
        }
    }
}
