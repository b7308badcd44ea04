package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.PasswordHash;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.catalog.UserDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything the catalog holds (databases, schemas, interactive and standard tables with their
 * cluster keys, warehouses, roles, users with keys and passwords, grants) and the tables' rows
 * survive close and reopen; the data directory is locked while open; a corrupt catalog file is
 * reported by name; DROP DATABASE removes its tables' storage.
 */
class CatalogPersistenceTest {
    private static final String PASSWORD = "Str0ng-Passw0rd!";
    private static String publicKey;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void generateKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        publicKey = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
    }

    private void createEverything() {
        try (Floe floe = Floe.open(dataDir)) {
            floe.newSession().execute(String.join(";\n",
                    "CREATE DATABASE KAFKA_INTERACTIVE COMMENT = 'streamed sensors'",
                    "CREATE SCHEMA STREAMING",
                    "CREATE INTERACTIVE TABLE SENSOR_DATA (device_id VARCHAR, sensor_type VARCHAR, value FLOAT, "
                            + "timestamp TIMESTAMP_NTZ, location VARIANT) CLUSTER BY (device_id, timestamp)",
                    "CREATE INTERACTIVE TABLE UNLISTED_DATA (x NUMBER) CLUSTER BY (x)",
                    "CREATE TABLE DEVICES (device_id VARCHAR NOT NULL, building VARCHAR)",
                    "CREATE WAREHOUSE LOAD_WH WITH WAREHOUSE_SIZE = 'SMALL'",
                    "CREATE INTERACTIVE WAREHOUSE SENSOR_IWH TABLES (SENSOR_DATA) WAREHOUSE_SIZE = 'XSMALL'",
                    "CREATE ROLE KAFKA_CONNECTOR_ROLE",
                    "CREATE USER KAFKA_USER PASSWORD = '" + PASSWORD + "' DEFAULT_ROLE = KAFKA_CONNECTOR_ROLE "
                            + "RSA_PUBLIC_KEY = '" + publicKey + "'",
                    "GRANT ROLE KAFKA_CONNECTOR_ROLE TO USER KAFKA_USER",
                    "GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE KAFKA_CONNECTOR_ROLE",
                    "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
                    "GRANT SELECT, INSERT ON TABLE SENSOR_DATA TO ROLE KAFKA_CONNECTOR_ROLE",
                    "GRANT USAGE ON WAREHOUSE SENSOR_IWH TO ROLE KAFKA_CONNECTOR_ROLE",
                    "USE WAREHOUSE LOAD_WH",
                    "INSERT INTO SENSOR_DATA SELECT 'DEVICE_001', 'temperature', 21.5, '2024-01-15 10:30:00'::TIMESTAMP_NTZ, "
                            + "PARSE_JSON('{\"building\": \"HQ\", \"floor\": 2}') "
                            + "UNION ALL SELECT 'DEVICE_002', 'humidity', 40, '2024-01-15 10:30:05'::TIMESTAMP_NTZ, "
                            + "PARSE_JSON('{\"building\": \"Annex\", \"floor\": 1}')",
                    "INSERT INTO UNLISTED_DATA VALUES (7)",
                    "INSERT INTO DEVICES VALUES ('DEVICE_001', 'HQ'), ('DEVICE_002', 'Annex'), ('DEVICE_003', NULL)",
                    "CREATE DATABASE OTHER_DB",
                    "CREATE TABLE OTHER_DB.PUBLIC.KEEP_ME (k NUMBER)",
                    "INSERT INTO OTHER_DB.PUBLIC.KEEP_ME VALUES (1), (2)"));
        }
    }

    @Test
    void catalogAndRowsSurviveCloseAndReopen() {
        createEverything();
        try (Floe floe = Floe.open(dataDir)) {
            Session s = floe.newSession();
            s.execute("USE DATABASE KAFKA_INTERACTIVE; USE SCHEMA STREAMING; USE WAREHOUSE LOAD_WH");

            assertEquals(List.of("KAFKA_INTERACTIVE|streamed sensors", "OTHER_DB|"),
                    rows(s.executeOne("SHOW DATABASES"), "name", "comment"));
            assertEquals(List.of("INFORMATION_SCHEMA", "PUBLIC", "STREAMING"),
                    sorted(rows(s.executeOne("SHOW SCHEMAS IN DATABASE KAFKA_INTERACTIVE"), "name")));
            assertEquals(List.of("DEVICES||3|FALSE",
                            "SENSOR_DATA|LINEAR(DEVICE_ID, TIMESTAMP)|2|TRUE",
                            "UNLISTED_DATA|LINEAR(X)|1|TRUE"),
                    sorted(rows(s.executeOne("SHOW TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING"), "name", "cluster_by", "rows", "is_interactive")));
            assertEquals(List.of("SENSOR_DATA", "UNLISTED_DATA"), sorted(rows(s.executeOne("SHOW INTERACTIVE TABLES"), "name")));
            assertEquals(List.of("DEVICE_ID|VARCHAR(16777216)|N", "BUILDING|VARCHAR(16777216)|Y"),
                    rows(s.executeOne("DESCRIBE TABLE DEVICES"), "name", "type", "null?"));
            assertEquals(List.of("DEVICE_ID|1|TEXT", "SENSOR_TYPE|2|TEXT", "VALUE|3|FLOAT", "TIMESTAMP|4|TIMESTAMP_NTZ", "LOCATION|5|VARIANT"),
                    rows(s.executeOne("SELECT COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                            + "WHERE TABLE_NAME = 'SENSOR_DATA' ORDER BY ORDINAL_POSITION")));
            assertEquals(List.of("DEVICES|null|3|NO", "SENSOR_DATA|LINEAR(DEVICE_ID, TIMESTAMP)|2|YES", "UNLISTED_DATA|LINEAR(X)|1|YES"),
                    rows(s.executeOne("SELECT TABLE_NAME, CLUSTERING_KEY, ROW_COUNT, IS_INTERACTIVE FROM INFORMATION_SCHEMA.TABLES "
                            + "WHERE TABLE_SCHEMA = 'STREAMING' ORDER BY TABLE_NAME")));
            TableDef sensorData = floe.catalog().current().table(ObjectName.object("KAFKA_INTERACTIVE", "STREAMING", "SENSOR_DATA"));
            assertEquals(List.of("DEVICE_ID", "TIMESTAMP"), sensorData.clusterBy());

            assertEquals(List.of("LOAD_WH|STANDARD|SMALL|0", "SENSOR_IWH|INTERACTIVE|XSMALL|1"),
                    rows(s.executeOne("SHOW WAREHOUSES"), "name", "type", "size", "tables"));
            assertEquals(List.of(ObjectName.object("KAFKA_INTERACTIVE", "STREAMING", "SENSOR_DATA")),
                    floe.catalog().current().warehouse("SENSOR_IWH").tables());

            assertEquals(List.of("KAFKA_CONNECTOR_ROLE|1"), rows(s.executeOne("SHOW ROLES LIKE 'KAFKA%'"), "name", "assigned_to_users"));
            assertEquals(List.of("KAFKA_USER|KAFKA_CONNECTOR_ROLE|true|true"),
                    rows(s.executeOne("SHOW USERS"), "name", "default_role", "has_password", "has_rsa_public_key"));
            UserDef user = floe.catalog().current().user("KAFKA_USER");
            assertEquals(publicKey, user.property("RSA_PUBLIC_KEY"));
            assertEquals(List.of("INSERT|TABLE|KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA",
                            "SELECT|TABLE|KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA",
                            "USAGE|DATABASE|KAFKA_INTERACTIVE",
                            "USAGE|SCHEMA|KAFKA_INTERACTIVE.STREAMING",
                            "USAGE|WAREHOUSE|SENSOR_IWH"),
                    sorted(rows(s.executeOne("SHOW GRANTS TO ROLE KAFKA_CONNECTOR_ROLE"), "privilege", "granted_on", "name")));
            assertEquals(List.of("USAGE|ROLE|KAFKA_CONNECTOR_ROLE|USER|KAFKA_USER"),
                    rows(s.executeOne("SHOW GRANTS TO USER KAFKA_USER"), "privilege", "granted_on", "name", "granted_to", "grantee_name"));

            assertEquals(List.of("DEVICE_001|temperature|21.5|2024-01-15 10:30:00.000|HQ|2",
                            "DEVICE_002|humidity|40|2024-01-15 10:30:05.000|Annex|1"),
                    rows(s.executeOne("SELECT device_id, sensor_type, value, timestamp, location:building::STRING, location:floor::INTEGER "
                            + "FROM SENSOR_DATA ORDER BY device_id")));
            assertEquals(List.of("DEVICE_001|HQ", "DEVICE_002|Annex", "DEVICE_003|null"),
                    rows(s.executeOne("SELECT device_id, building FROM DEVICES ORDER BY device_id")));
            assertEquals(List.of("3"), rows(s.executeOne("SELECT SUM(k) FROM OTHER_DB.PUBLIC.KEEP_ME")));

            // The reopened catalog keeps working: new objects and rows land next to the old ones.
            s.execute("CREATE TABLE AFTER_REOPEN (n NUMBER); INSERT INTO AFTER_REOPEN VALUES (42); INSERT INTO DEVICES VALUES ('DEVICE_004', 'Lab')");
        }
        try (Floe floe = Floe.open(dataDir)) {
            Session s = floe.newSession();
            assertEquals(List.of("42"), rows(s.executeOne("SELECT n FROM KAFKA_INTERACTIVE.STREAMING.AFTER_REOPEN")));
            assertEquals(List.of("4"), rows(s.executeOne("SELECT COUNT(*) FROM KAFKA_INTERACTIVE.STREAMING.DEVICES")));
        }
    }

    @Test
    void passwordIsStoredAsSaltedHashOnly() throws IOException {
        createEverything();
        String catalogJson = Files.readString(dataDir.resolve("catalog.json"), StandardCharsets.UTF_8);
        assertFalse(catalogJson.contains(PASSWORD), "catalog.json holds the password in clear");
        assertTrue(catalogJson.contains(publicKey), "catalog.json lacks the RSA public key");
        try (Floe floe = Floe.open(dataDir)) {
            String stored = floe.catalog().current().user("KAFKA_USER").property("PASSWORD");
            assertTrue(stored.startsWith("pbkdf2-sha256$"), stored);
            assertTrue(PasswordHash.matches(PASSWORD, stored));
            assertFalse(PasswordHash.matches(PASSWORD + "x", stored));
        }
    }

    @Test
    void interactiveWarehouseServesOnlyItsTablesAfterReopen() {
        createEverything();
        try (Floe floe = Floe.open(dataDir)) {
            Session s = floe.newSession();
            s.execute("USE DATABASE KAFKA_INTERACTIVE; USE SCHEMA STREAMING; USE WAREHOUSE SENSOR_IWH");
            assertEquals(List.of("SENSOR_IWH"), rows(s.executeOne("SELECT CURRENT_WAREHOUSE()")));
            assertEquals(List.of("2|61.5"), rows(s.executeOne("SELECT COUNT(*), SUM(value) FROM SENSOR_DATA")));

            FloeException e = assertThrows(FloeException.class, () -> s.executeOne("SELECT COUNT(*) FROM UNLISTED_DATA"));
            assertEquals(ErrorCode.WAREHOUSE_TABLE_NOT_ATTACHED, e.code());
            assertEquals("SQL compilation error:\nInteractive table 'KAFKA_INTERACTIVE.STREAMING.UNLISTED_DATA' is not added to "
                    + "interactive warehouse 'SENSOR_IWH'. Add it with ALTER WAREHOUSE SENSOR_IWH ADD TABLES "
                    + "(KAFKA_INTERACTIVE.STREAMING.UNLISTED_DATA).", e.getMessage());

            s.executeOne("ALTER WAREHOUSE SENSOR_IWH ADD TABLES (UNLISTED_DATA)");
            assertEquals(List.of("7"), rows(s.executeOne("SELECT x FROM UNLISTED_DATA")));
        }
        try (Floe floe = Floe.open(dataDir)) {
            Session s = floe.newSession();
            s.executeOne("USE WAREHOUSE SENSOR_IWH");
            assertEquals(List.of("7"), rows(s.executeOne("SELECT x FROM KAFKA_INTERACTIVE.STREAMING.UNLISTED_DATA")));
        }
    }

    @Test
    void dropDatabaseRemovesItsTablesStorage() {
        createEverything();
        List<Path> dropped = new ArrayList<>();
        Path kept;
        try (Floe floe = Floe.open(dataDir)) {
            for (TableDef t : floe.catalog().current().tables) {
                if (t.name().database().equals("KAFKA_INTERACTIVE")) dropped.add(storageDir(t));
            }
            kept = storageDir(floe.catalog().current().table(ObjectName.object("OTHER_DB", "PUBLIC", "KEEP_ME")));
            assertEquals(3, dropped.size());
            for (Path dir : dropped) assertTrue(Files.isDirectory(dir), dir + " missing before the drop");

            Session s = floe.newSession();
            assertEquals(List.of("KAFKA_INTERACTIVE successfully dropped."), rows(s.executeOne("DROP DATABASE KAFKA_INTERACTIVE")));
            for (Path dir : dropped) assertFalse(Files.exists(dir), dir + " still exists after DROP DATABASE");
            assertTrue(Files.isDirectory(kept), "the other database's table lost its storage");
        }
        try (Floe floe = Floe.open(dataDir)) {
            Session s = floe.newSession();
            assertEquals(List.of("OTHER_DB"), rows(s.executeOne("SHOW DATABASES"), "name"));
            // The interactive warehouse forgot the dropped table.
            assertEquals(List.of("SENSOR_IWH|0"), rows(s.executeOne("SHOW WAREHOUSES LIKE 'SENSOR_IWH'"), "name", "tables"));
            assertEquals(List.of("2"), rows(s.executeOne("SELECT COUNT(*) FROM OTHER_DB.PUBLIC.KEEP_ME")));
            FloeException e = assertThrows(FloeException.class,
                    () -> s.executeOne("SELECT * FROM KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA"));
            assertEquals(ErrorCode.OBJECT_NOT_FOUND, e.code());
        }
        for (Path dir : dropped) assertFalse(Files.exists(dir), dir + " came back after reopening");
    }

    @Test
    void secondOpenOfAnOpenDataDirectoryFails() {
        try (Floe first = Floe.open(dataDir)) {
            FloeException e = assertThrows(FloeException.class, () -> Floe.open(dataDir));
            assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
            assertEquals("data directory " + dataDir + " is in use by another Floe process", e.getMessage());
            assertEquals(List.of("1"), rows(first.newSession().executeOne("SELECT 1")));
        }
        try (Floe again = Floe.open(dataDir)) {
            assertEquals(List.of("1"), rows(again.newSession().executeOne("SELECT 1")));
        }
    }

    @Test
    void corruptCatalogFileIsReportedByName() throws IOException {
        createEverything();
        Path catalog = dataDir.resolve("catalog.json");
        byte[] good = Files.readAllBytes(catalog);
        Files.writeString(catalog, "{\"formatVersion\": 1, \"tables\": [ garbage", StandardCharsets.UTF_8);

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Floe.open(dataDir));
        assertTrue(e.getMessage().startsWith("could not open data directory " + dataDir + ": catalog file " + catalog + " is unreadable: "),
                e.getMessage());

        // The failed open let go of the directory: with the catalog restored, it opens with everything in it.
        Files.write(catalog, good);
        try (Floe floe = Floe.open(dataDir)) {
            assertEquals(List.of("3"), rows(floe.newSession().executeOne("SELECT COUNT(*) FROM KAFKA_INTERACTIVE.STREAMING.DEVICES")));
        }
    }

    /**
     * A table whose storage cannot be opened fails the whole open, naming the file, and leaves
     * nothing behind: the tables opened before it are closed again (no maintenance thread keeps
     * working on a directory the process no longer holds) and the directory lock is released.
     */
    @Test
    void corruptTableStorageFailsTheOpenAndLeavesNothingRunning() throws IOException {
        createEverything();
        Path manifest;
        List<String> openedFirst = new ArrayList<>();
        try (Floe floe = Floe.open(dataDir)) {
            List<TableDef> tables = floe.catalog().current().tables;
            TableDef last = tables.get(tables.size() - 1);
            assertEquals(ObjectName.object("OTHER_DB", "PUBLIC", "KEEP_ME"), last.name());
            manifest = storageDir(last).resolve("MANIFEST");
            for (TableDef t : tables) if (t != last) openedFirst.add("floe-maintenance-" + t.id());
        }
        byte[] good = Files.readAllBytes(manifest);
        Files.writeString(manifest, "not a manifest", StandardCharsets.UTF_8);

        RuntimeException e = assertThrows(RuntimeException.class, () -> Floe.open(dataDir));
        assertTrue(e.getMessage().contains(manifest.toString()), e.getMessage());
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(openedFirst.contains(t.getName()) && t.isAlive(), t.getName() + " still runs after the failed open");
        }

        Files.write(manifest, good);
        try (Floe floe = Floe.open(dataDir)) {
            assertEquals(List.of("2"), rows(floe.newSession().executeOne("SELECT COUNT(*) FROM OTHER_DB.PUBLIC.KEEP_ME")));
        }
    }

    private Path storageDir(TableDef table) {
        return dataDir.resolve("tables").resolve(Long.toString(table.id()));
    }

    /** SHOW lists are compared as sets: their order is not what these tests are about. */
    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        Collections.sort(copy);
        return copy;
    }

    /** Each row as its rendered values joined by '|', all columns. */
    private static List<String> rows(StatementResult r) {
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

    /** Each row as the rendered values of the named columns joined by '|'. */
    private static List<String> rows(StatementResult r, String... columns) {
        int[] index = new int[columns.length];
        for (int k = 0; k < columns.length; k++) {
            index[k] = -1;
            for (int c = 0; c < r.columns().size(); c++) {
                if (r.columns().get(c).name().equals(columns[k])) index[k] = c;
            }
            assertTrue(index[k] >= 0, "no column " + columns[k]);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < index.length; k++) {
                if (k > 0) sb.append('|');
                String v = r.text(i, index[k]);
                sb.append(v == null ? "" : v);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
