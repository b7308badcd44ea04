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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.floe.engine.Floe;
import dev.floe.engine.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channels across DDL on their table and across restarts that lost the last saved figures. */
class IngestLifecycleTest {
    @TempDir
    Path dataDir;

    @Test
    void addedColumnIsFilledByTheNextAppend() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null).continuationToken();
            AppendResult before = append(ingest, "CH", token, "1", "{\"device_id\": \"D1\", \"battery\": 90}");
            assertEquals(1, before.rowsRejected());
            assertEquals("Row 1: field \"battery\" matches no column of table SENSOR_DATA",
                    ingest.status(LOADER, DB, SCHEMA, PIPE, "CH").lastErrorMessage());
            Session s = session(floe);
            s.execute("ALTER TABLE SENSOR_DATA ADD COLUMN battery NUMBER(3,0)");
            AppendResult after = append(ingest, "CH", before.nextContinuationToken(), "2", "{\"device_id\": \"D1\", \"battery\": 90}");
            assertEquals(1, after.rowsAccepted());
            assertEquals(List.of("D1|90"), rows(s, "SELECT device_id, battery FROM SENSOR_DATA"));
        }
    }

    @Test
    void replacedTableInvalidatesItsChannelsAndDroppedTableRefusesCalls() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null).continuationToken();
            token = append(ingest, "CH", token, "5", reading(1, 1, "2024-01-15T10:30:00Z")).nextContinuationToken();
            Session s = session(floe);
            s.execute("CREATE OR REPLACE TABLE SENSOR_DATA (device_id VARCHAR, value FLOAT)");
            String stale = token;
            IngestException replaced = assertThrows(IngestException.class,
                    () -> append(ingest, "CH", stale, "6", reading(1, 1, "2024-01-15T10:30:00Z")));
            assertEquals("Channel CH must be reopened: table KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA was replaced since the channel"
                    + " was opened", replaced.getMessage());
            ChannelOpened reopened = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null);
            assertNull(reopened.status().lastCommittedOffsetToken());
            assertEquals(0, reopened.status().rowsInserted());
            append(ingest, "CH", reopened.continuationToken(), "1", "{\"device_id\": \"D\", \"value\": 2}");
            assertEquals(List.of("D|2"), rows(s, "SELECT * FROM SENSOR_DATA"));

            s.execute("DROP TABLE SENSOR_DATA");
            IngestException dropped = assertThrows(IngestException.class, () -> ingest.pipeInfo(LOADER, DB, SCHEMA, PIPE));
            assertEquals("ERR_TABLE_DOES_NOT_EXIST_NOT_AUTHORIZED", dropped.code());
            assertEquals(List.of(), ingest.pipes());
            assertEquals(List.of(), ingest.channels());
        }
    }

    @Test
    void channelsWhoseFiguresWereNotSavedComeBackFromTheStore() throws IOException {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null).continuationToken();
            append(ingest, "CH", token, "42", reading(1, 1, "2024-01-15T10:30:00Z"));
        }
        // As after a crash within the second between a commit and the next save of the figures.
        Path state = dataDir.resolve("ingest").resolve("state.json");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(state.toFile());
        json.putArray("channels");
        Files.write(state, mapper.writeValueAsBytes(json));
        try (Floe floe = Floe.open(dataDir)) {
            StreamingIngest ingest = floe.ingest();
            assertEquals("42", ingest.status(LOADER, DB, SCHEMA, PIPE, "CH").lastCommittedOffsetToken());
            assertEquals("42", ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null).status().lastCommittedOffsetToken());
            assertEquals(List.of("1"), rows(session(floe), "SELECT COUNT(*) FROM SENSOR_DATA"));
        }
    }

    @Test
    void aFailedCommitWritesNothingAndMakesTheWriterReopen() {
        StreamingIngest ingest;
        String token;
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            ingest = floe.ingest();
            token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null).continuationToken();
            token = append(ingest, "CH", token, "1", reading(1, 1, "2024-01-15T10:30:00Z")).nextContinuationToken();
        }
        // The storage is closed under the channel: the commit fails.
        String afterClose = token;
        IngestException failed = assertThrows(IngestException.class,
                () -> append(ingest, "CH", afterClose, "2", reading(2, 2, "2024-01-15T10:30:00Z")));
        assertEquals("ERR_INTERNAL_ERROR", failed.code());
        assertEquals(500, failed.httpStatus());
        assertTrue(failed.getMessage().startsWith("Could not commit rows of channel CH to KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA: "),
                failed.getMessage());
        IngestException reopen = assertThrows(IngestException.class,
                () -> append(ingest, "CH", afterClose, "2", reading(2, 2, "2024-01-15T10:30:00Z")));
        assertEquals("Channel CH must be reopened: it has not been opened since the server started, or its last commit failed",
                reopen.getMessage());
        try (Floe floe = Floe.open(dataDir)) {
            assertEquals("1", floe.ingest().status(LOADER, DB, SCHEMA, PIPE, "CH").lastCommittedOffsetToken());
            assertEquals(List.of("1"), rows(session(floe), "SELECT COUNT(*) FROM SENSOR_DATA"));
        }
    }

    @Test
    void unreadableStateFileFailsTheOpenWithItsName() throws IOException {
        Files.createDirectories(dataDir.resolve("ingest"));
        Files.writeString(dataDir.resolve("ingest").resolve("state.json"), "{not json");
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> Floe.open(dataDir));
        assertTrue(e.getMessage().contains("ingest state file " + dataDir.resolve("ingest").resolve("state.json")
                + " is unreadable"), e.getMessage());
    }
}
