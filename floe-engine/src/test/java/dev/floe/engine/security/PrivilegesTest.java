package dev.floe.engine.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.Floe;
import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import dev.floe.engine.catalog.ObjectName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quickstart's access setup run as ACCOUNTADMIN, then what KAFKA_USER in KAFKA_CONNECTOR_ROLE
 * may and may not do, and the rules behind it: role hierarchy, PUBLIC, ALL and FUTURE grants,
 * REVOKE, ownership, SYSADMIN's account privileges, visibility in SHOW.
 */
class PrivilegesTest {
    private static final String PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy0mHbqMpcaWOUZaYhtT2qiMWcgZOdVn1uON1v56A3EnAJopoNzb4Sqm4EHWQyVViVULxDgHABAn/CNkMVXz67XFznXwxDZPjvc9znN09NC1EBXxRbyW51o4DM37cMvVXBz0zwQm4pFzkEf2OOBuCbBwqKlAQ/xQ9LPm6z+pCGMZLMFeT8coJl6XoZKenhVLBiaGxVO2cfAHy661iwUciXaPkcAa+sJuPyAtmB7MfwdWBvK7ptNI6daMC3prBvVXo2177I5pZY15ZFN49Ou22Ua4CzVzhg7HYF8s5JQvuv6Vdh618NFJacij91TOTURb/62bZV9Lxc6YJPN7jHJvn3wIDAQAB";
    private static final String SETUP = String.join(";\n",
            "CREATE WAREHOUSE LOAD_WH WITH WAREHOUSE_SIZE = 'XSMALL'",
            "CREATE DATABASE KAFKA_INTERACTIVE",
            "CREATE SCHEMA STREAMING",
            "CREATE ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT CREATE TABLE, CREATE PIPE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
            "CREATE USER KAFKA_USER RSA_PUBLIC_KEY = '" + PUBLIC_KEY + "' DEFAULT_ROLE = KAFKA_CONNECTOR_ROLE",
            "GRANT ROLE KAFKA_CONNECTOR_ROLE TO USER KAFKA_USER",
            "CREATE INTERACTIVE TABLE SENSOR_DATA (device_id VARCHAR, value FLOAT, timestamp TIMESTAMP_NTZ) "
                    + "CLUSTER BY (device_id, timestamp)",
            "GRANT SELECT, INSERT ON TABLE SENSOR_DATA TO ROLE KAFKA_CONNECTOR_ROLE",
            "CREATE INTERACTIVE WAREHOUSE SENSOR_IWH TABLES (SENSOR_DATA) WAREHOUSE_SIZE = 'XSMALL'",
            "GRANT USAGE ON WAREHOUSE SENSOR_IWH TO ROLE KAFKA_CONNECTOR_ROLE",
            "CREATE TABLE DEVICES (device_id VARCHAR, building VARCHAR)",
            "INSERT INTO DEVICES VALUES ('DEVICE_001', 'HQ')");
    private static final Principal KAFKA = new Principal("KAFKA_USER", "KAFKA_CONNECTOR_ROLE");
    private static final ObjectName SENSOR_DATA = ObjectName.object("KAFKA_INTERACTIVE", "STREAMING", "SENSOR_DATA");
    private static final ObjectName DEVICES = ObjectName.object("KAFKA_INTERACTIVE", "STREAMING", "DEVICES");

    @TempDir
    Path dir;
    private Floe floe;
    private Session admin;

    @BeforeEach
    void setUp() {
        floe = Floe.open(dir);
        admin = floe.newSession();
        admin.execute(SETUP);
    }

    @AfterEach
    void tearDown() {
        floe.close();
    }

    @Test
    void kafkaUserStreamsIntoSensorDataAndReadsIt() {
        Session kafka = kafkaSession();
        assertEquals(List.of("1"), column(kafka.executeOne("INSERT INTO SENSOR_DATA (device_id, value) VALUES ('DEVICE_001', 23.5)")));
        assertEquals(List.of("DEVICE_001|23.5"), column(kafka.executeOne("SELECT device_id, value FROM SENSOR_DATA")));
        assertEquals(SENSOR_DATA, floe.accessControl().requireInsert(KAFKA, SENSOR_DATA).name());
        floe.accessControl().requireUsage(KAFKA, SENSOR_DATA.schemaName());
        floe.accessControl().requireWarehouseUsage(KAFKA, "SENSOR_IWH");
    }

    @Test
    void kafkaUserCannotDropAlterOrDeleteFromSensorData() {
        Session kafka = kafkaSession();
        assertDenied(kafka, "DROP TABLE SENSOR_DATA",
                "Insufficient privileges to operate on table 'SENSOR_DATA' (requires OWNERSHIP on table KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA)");
        assertDenied(kafka, "ALTER TABLE SENSOR_DATA ADD COLUMN unit VARCHAR",
                "Insufficient privileges to operate on table 'SENSOR_DATA' (requires OWNERSHIP on table KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA)");
        assertDenied(kafka, "DELETE FROM SENSOR_DATA",
                "Insufficient privileges to operate on table 'SENSOR_DATA' (requires DELETE on table KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA)");
        assertDenied(kafka, "CREATE OR REPLACE TABLE SENSOR_DATA (x INT)",
                "Insufficient privileges to operate on table 'SENSOR_DATA' (requires OWNERSHIP on table KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA)");
        assertEquals(List.of("SENSOR_DATA"), column(admin.executeOne("SHOW TABLES LIKE 'SENSOR%'"), "name"));
    }

    @Test
    void otherTablesDoNotExistForKafkaUser() {
        Session kafka = kafkaSession();
        assertNotFound(kafka, "SELECT * FROM DEVICES", "Object 'KAFKA_INTERACTIVE.STREAMING.DEVICES' does not exist or not authorized.");
        assertNotFound(kafka, "INSERT INTO DEVICES VALUES ('x', 'y')", "Table 'KAFKA_INTERACTIVE.STREAMING.DEVICES' does not exist or not authorized.");
        assertNotFound(kafka, "DROP TABLE DEVICES", "Table 'KAFKA_INTERACTIVE.STREAMING.DEVICES' does not exist or not authorized.");
        assertNotFound(kafka, "DESCRIBE TABLE DEVICES", "Table 'KAFKA_INTERACTIVE.STREAMING.DEVICES' does not exist or not authorized.");
        assertNotFound(kafka, "USE WAREHOUSE LOAD_WH", "Object 'LOAD_WH' does not exist or not authorized.");
        FloeException e = assertThrows(FloeException.class, () -> floe.accessControl().requireInsert(KAFKA, DEVICES));
        assertEquals("SQL compilation error:\nTable 'KAFKA_INTERACTIVE.STREAMING.DEVICES' does not exist or not authorized.", e.getMessage());
        // A name the role cannot see is still taken.
        FloeException taken = assertThrows(FloeException.class, () -> kafka.executeOne("CREATE TABLE DEVICES (x INT)"));
        assertEquals(ErrorCode.OBJECT_ALREADY_EXISTS, taken.code());
    }

    @Test
    void kafkaUserCannotCreateUsersRolesDatabasesOrGrant() {
        Session kafka = kafkaSession();
        assertDenied(kafka, "CREATE USER INTRUDER PASSWORD = 'x'",
                "Insufficient privileges to operate on account 'FLOE' (requires CREATE USER on account)");
        assertDenied(kafka, "CREATE ROLE R2", "Insufficient privileges to operate on account 'FLOE' (requires CREATE ROLE on account)");
        assertDenied(kafka, "CREATE DATABASE D2", "Insufficient privileges to operate on account 'FLOE' (requires CREATE DATABASE on account)");
        assertDenied(kafka, "CREATE WAREHOUSE W2", "Insufficient privileges to operate on account 'FLOE' (requires CREATE WAREHOUSE on account)");
        assertDenied(kafka, "GRANT SELECT ON TABLE SENSOR_DATA TO ROLE PUBLIC",
                "Insufficient privileges to operate on table 'SENSOR_DATA' (requires OWNERSHIP on table "
                        + "KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA or MANAGE GRANTS on account)");
        assertDenied(kafka, "GRANT ROLE KAFKA_CONNECTOR_ROLE TO ROLE PUBLIC",
                "Insufficient privileges to operate on role 'KAFKA_CONNECTOR_ROLE' (requires OWNERSHIP on role KAFKA_CONNECTOR_ROLE "
                        + "or MANAGE GRANTS on account)");
        assertDenied(kafka, "GRANT SELECT ON FUTURE TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
                "Insufficient privileges to operate on account 'FLOE' (requires MANAGE GRANTS on account)");
        assertDenied(kafka, "ALTER USER KAFKA_USER SET RSA_PUBLIC_KEY_2 = '" + PUBLIC_KEY + "'",
                "Insufficient privileges to operate on user 'KAFKA_USER' (requires OWNERSHIP on user KAFKA_USER)");
        assertDenied(kafka, "DROP ROLE KAFKA_CONNECTOR_ROLE",
                "Insufficient privileges to operate on role 'KAFKA_CONNECTOR_ROLE' (requires OWNERSHIP on role KAFKA_CONNECTOR_ROLE "
                        + "or MANAGE GRANTS on account)");
        assertDenied(kafka, "DROP SCHEMA KAFKA_INTERACTIVE.STREAMING",
                "Insufficient privileges to operate on schema 'STREAMING' (requires OWNERSHIP on schema KAFKA_INTERACTIVE.STREAMING)");
        assertDenied(kafka, "ALTER WAREHOUSE SENSOR_IWH SUSPEND",
                "Insufficient privileges to operate on warehouse 'SENSOR_IWH' (requires OPERATE on warehouse SENSOR_IWH)");
        assertEquals(List.of(), column(admin.executeOne("SHOW USERS LIKE 'INTRUDER'"), "name"));
    }

    @Test
    void kafkaUserCannotSwitchToRolesNotGrantedToIt() {
        Session kafka = kafkaSession();
        FloeException e = assertThrows(FloeException.class, () -> kafka.executeOne("USE ROLE ACCOUNTADMIN"));
        assertEquals(ErrorCode.INSUFFICIENT_PRIVILEGES, e.code());
        assertEquals("SQL access control error:\nRequested role 'ACCOUNTADMIN' is not assigned to the executing user 'KAFKA_USER'. "
                + "Specify another role to activate.", e.getMessage());
        assertEquals("KAFKA_CONNECTOR_ROLE", kafka.role());
        FloeException session = assertThrows(FloeException.class, () -> floe.newSession(new Principal("KAFKA_USER", "SYSADMIN")));
        assertEquals("SQL access control error:\nRequested role 'SYSADMIN' is not assigned to the executing user 'KAFKA_USER'. "
                + "Specify another role to activate.", session.getMessage());
        kafka.executeOne("USE ROLE PUBLIC");
        assertEquals("PUBLIC", kafka.role());
    }

    @Test
    void kafkaUserOwnsWhatItCreates() {
        Session kafka = kafkaSession();
        kafka.executeOne("CREATE TABLE STAGING (x INT)");
        kafka.executeOne("INSERT INTO STAGING VALUES (1)");
        kafka.executeOne("GRANT SELECT ON TABLE STAGING TO ROLE PUBLIC");
        kafka.executeOne("DROP TABLE STAGING");
        assertDenied(kafka, "CREATE SCHEMA KAFKA_INTERACTIVE.OTHER_SCHEMA",
                "Insufficient privileges to operate on database 'KAFKA_INTERACTIVE' (requires CREATE SCHEMA on database KAFKA_INTERACTIVE)");
    }

    @Test
    void showListsOnlyWhatTheRoleHoldsPrivilegesOn() {
        Session kafka = kafkaSession();
        assertEquals(List.of("KAFKA_INTERACTIVE"), column(kafka.executeOne("SHOW DATABASES"), "name"));
        assertEquals(List.of("INFORMATION_SCHEMA", "STREAMING"), sorted(column(kafka.executeOne("SHOW SCHEMAS"), "name")));
        assertEquals(List.of("SENSOR_DATA"), column(kafka.executeOne("SHOW TABLES"), "name"));
        assertEquals(List.of("SENSOR_IWH"), column(kafka.executeOne("SHOW WAREHOUSES"), "name"));
        assertEquals(List.of("KAFKA_CONNECTOR_ROLE", "PUBLIC"), sorted(column(kafka.executeOne("SHOW ROLES"), "name")));
        assertEquals(List.of(), column(kafka.executeOne("SHOW USERS"), "name"));
        assertEquals(List.of("CREATE PIPE|KAFKA_INTERACTIVE.STREAMING", "CREATE TABLE|KAFKA_INTERACTIVE.STREAMING",
                        "INSERT|KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA", "SELECT|KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA",
                        "USAGE|KAFKA_CONNECTOR_ROLE", "USAGE|KAFKA_INTERACTIVE", "USAGE|KAFKA_INTERACTIVE.STREAMING", "USAGE|SENSOR_IWH"),
                sorted(column(kafka.executeOne("SHOW GRANTS"), "privilege", "name")));
        assertEquals(List.of("SENSOR_DATA"), column(kafka.executeOne(
                "SELECT TABLE_NAME FROM KAFKA_INTERACTIVE.INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'STREAMING'")));
        assertEquals(List.of("DEVICES", "SENSOR_DATA"), sorted(column(admin.executeOne("SHOW TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING"), "name")));
        assertEquals(List.of("KAFKA_USER"), column(kafka.executeOne(
                "SELECT DISTINCT USER_NAME FROM TABLE(INFORMATION_SCHEMA.QUERY_HISTORY())")));
        assertEquals(List.of("FLOE", "KAFKA_USER"), sorted(column(admin.executeOne(
                "SELECT DISTINCT USER_NAME FROM TABLE(KAFKA_INTERACTIVE.INFORMATION_SCHEMA.QUERY_HISTORY())"))));
    }

    @Test
    void aRoleGrantedToAnotherPassesItsPrivilegesUp() {
        admin.execute("CREATE ROLE DEVICE_READER; GRANT SELECT ON TABLE DEVICES TO ROLE DEVICE_READER;"
                + "GRANT ROLE DEVICE_READER TO ROLE KAFKA_CONNECTOR_ROLE");
        Session kafka = kafkaSession();
        assertEquals(List.of("DEVICE_001|HQ"), column(kafka.executeOne("SELECT * FROM DEVICES")));
        kafka.executeOne("USE ROLE DEVICE_READER");
        assertEquals("DEVICE_READER", kafka.role());

        admin.executeOne("REVOKE ROLE DEVICE_READER FROM ROLE KAFKA_CONNECTOR_ROLE");
        kafka.executeOne("USE ROLE KAFKA_CONNECTOR_ROLE");
        assertNotFound(kafka, "SELECT * FROM DEVICES", "Object 'KAFKA_INTERACTIVE.STREAMING.DEVICES' does not exist or not authorized.");
        FloeException e = assertThrows(FloeException.class, () -> kafka.executeOne("USE ROLE DEVICE_READER"));
        assertEquals(ErrorCode.INSUFFICIENT_PRIVILEGES, e.code());
    }

    @Test
    void revokeRemovesAccess() {
        Session kafka = kafkaSession();
        admin.executeOne("REVOKE INSERT ON TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA FROM ROLE KAFKA_CONNECTOR_ROLE");
        assertDenied(kafka, "INSERT INTO SENSOR_DATA (device_id) VALUES ('DEVICE_002')",
                "Insufficient privileges to operate on table 'SENSOR_DATA' (requires INSERT on table KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA)");
        FloeException e = assertThrows(FloeException.class, () -> floe.accessControl().requireInsert(KAFKA, SENSOR_DATA));
        assertEquals("SQL access control error:\nInsufficient privileges to operate on table 'SENSOR_DATA' "
                + "(requires INSERT on table KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA)", e.getMessage());
        assertEquals(List.of("0"), column(kafka.executeOne("SELECT COUNT(*) FROM SENSOR_DATA")));

        admin.executeOne("REVOKE USAGE ON WAREHOUSE SENSOR_IWH FROM ROLE KAFKA_CONNECTOR_ROLE");
        assertNotFound(kafka, "SELECT COUNT(*) FROM SENSOR_DATA", "Object 'SENSOR_IWH' does not exist or not authorized.");
        admin.executeOne("GRANT MONITOR ON WAREHOUSE SENSOR_IWH TO ROLE KAFKA_CONNECTOR_ROLE");
        assertDenied(kafka, "SELECT COUNT(*) FROM SENSOR_DATA",
                "Insufficient privileges to operate on warehouse 'SENSOR_IWH' (requires USAGE on warehouse SENSOR_IWH)");

        admin.executeOne("REVOKE USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING FROM ROLE KAFKA_CONNECTOR_ROLE");
        admin.executeOne("REVOKE CREATE TABLE, CREATE PIPE ON SCHEMA KAFKA_INTERACTIVE.STREAMING FROM ROLE KAFKA_CONNECTOR_ROLE");
        FloeException schema = assertThrows(FloeException.class, () -> floe.accessControl().requireInsert(KAFKA, SENSOR_DATA));
        assertEquals("SQL compilation error:\nTable 'KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA' does not exist or not authorized.",
                schema.getMessage());
        FloeException usage = assertThrows(FloeException.class, () -> floe.accessControl().requireUsage(KAFKA, SENSOR_DATA.schemaName()));
        assertEquals("SQL compilation error:\nSchema 'KAFKA_INTERACTIVE.STREAMING' does not exist or not authorized.", usage.getMessage());
    }

    @Test
    void grantsOnAllTablesCoverExistingTablesAndFutureGrantsCoverNewOnes() {
        admin.execute("CREATE ROLE ALL_READER; CREATE ROLE FUTURE_READER;"
                + "GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE ALL_READER; GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE ALL_READER;"
                + "GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE FUTURE_READER; GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE FUTURE_READER;"
                + "GRANT SELECT ON ALL TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE ALL_READER;"
                + "GRANT SELECT ON FUTURE TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE FUTURE_READER;"
                + "CREATE TABLE KAFKA_INTERACTIVE.STREAMING.LATER (x INT);"
                + "CREATE USER READER; GRANT ROLE ALL_READER TO USER READER; GRANT ROLE FUTURE_READER TO USER READER");
        Session all = floe.newSession(new Principal("READER", "ALL_READER"));
        all.executeOne("USE SCHEMA KAFKA_INTERACTIVE.STREAMING");
        assertEquals(List.of("DEVICES", "SENSOR_DATA"), sorted(column(all.executeOne("SHOW TABLES"), "name")));
        assertNotFound(all, "SELECT * FROM LATER", "Object 'KAFKA_INTERACTIVE.STREAMING.LATER' does not exist or not authorized.");

        Session future = floe.newSession(new Principal("READER", "FUTURE_READER"));
        future.executeOne("USE SCHEMA KAFKA_INTERACTIVE.STREAMING");
        assertEquals(List.of("LATER"), column(future.executeOne("SHOW TABLES"), "name"));
        assertEquals(List.of("0"), column(future.executeOne("SELECT COUNT(*) FROM LATER")));

        admin.executeOne("REVOKE SELECT ON ALL TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING FROM ROLE ALL_READER");
        assertEquals(List.of(), column(all.executeOne("SHOW TABLES"), "name"));
        // Revoking the future grant leaves the grant it already made.
        admin.executeOne("REVOKE SELECT ON FUTURE TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING FROM ROLE FUTURE_READER");
        admin.executeOne("CREATE TABLE KAFKA_INTERACTIVE.STREAMING.LATEST (x INT)");
        assertEquals(List.of("LATER"), column(future.executeOne("SHOW TABLES"), "name"));
    }

    @Test
    void grantsDoNotOutliveTheirTable() {
        Session kafka = kafkaSession();
        admin.execute("DROP TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA;"
                + "CREATE TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA (device_id VARCHAR)");
        assertNotFound(kafka, "SELECT * FROM SENSOR_DATA", "Object 'KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA' does not exist or not authorized.");

        admin.execute("GRANT SELECT ON TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA TO ROLE KAFKA_CONNECTOR_ROLE;"
                + "ALTER TABLE KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA RENAME TO KAFKA_INTERACTIVE.STREAMING.READINGS");
        assertEquals(List.of("READINGS"), column(kafka.executeOne("SHOW TABLES"), "name"));
    }

    @Test
    void sysadminCreatesDatabasesAndWarehousesButNotUsers() {
        admin.execute("CREATE USER OPS; GRANT ROLE SYSADMIN TO USER OPS");
        Session ops = floe.newSession(new Principal("OPS", "SYSADMIN"));
        ops.executeOne("CREATE DATABASE OPS_DB");
        ops.executeOne("CREATE WAREHOUSE OPS_WH");
        ops.executeOne("CREATE TABLE OPS_DB.PUBLIC.T (x INT)");
        assertEquals(List.of("OPS_DB"), column(ops.executeOne("SHOW DATABASES"), "name"));
        assertDenied(ops, "CREATE USER OPS2", "Insufficient privileges to operate on account 'FLOE' (requires CREATE USER on account)");
        assertDenied(ops, "CREATE ROLE OPS_ROLE", "Insufficient privileges to operate on account 'FLOE' (requires CREATE ROLE on account)");
        assertNotFound(ops, "SELECT * FROM KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA",
                "Object 'KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA' does not exist or not authorized.");
        // ACCOUNTADMIN inherits SYSADMIN and sees what it owns.
        assertEquals(List.of("0"), column(admin.executeOne("SELECT COUNT(*) FROM OPS_DB.PUBLIC.T")));
        ops.executeOne("DROP DATABASE OPS_DB");
    }

    @Test
    void publicGrantsApplyToEveryone() {
        admin.execute("CREATE USER NOBODY; GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE PUBLIC;"
                + "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE PUBLIC; GRANT SELECT ON TABLE DEVICES TO ROLE PUBLIC");
        Session nobody = floe.newSession(new Principal("NOBODY", "PUBLIC"));
        assertEquals(List.of("DEVICE_001|HQ"), column(nobody.executeOne("SELECT * FROM KAFKA_INTERACTIVE.STREAMING.DEVICES")));
        Session kafka = kafkaSession();
        assertEquals(List.of("DEVICE_001|HQ"), column(kafka.executeOne("SELECT * FROM DEVICES")));
        assertNotFound(nobody, "SELECT * FROM KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA",
                "Object 'KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA' does not exist or not authorized.");
    }

    @Test
    void aDefaultRoleAloneIsNotGranted() {
        admin.executeOne("CREATE USER LATECOMER DEFAULT_ROLE = KAFKA_CONNECTOR_ROLE");
        FloeException e = assertThrows(FloeException.class, () -> floe.newSession(new Principal("LATECOMER", "KAFKA_CONNECTOR_ROLE")));
        assertEquals("SQL access control error:\nRequested role 'KAFKA_CONNECTOR_ROLE' is not assigned to the executing user "
                + "'LATECOMER'. Specify another role to activate.", e.getMessage());
        FloeException ingest = assertThrows(FloeException.class,
                () -> floe.accessControl().requireInsert(new Principal("LATECOMER", "KAFKA_CONNECTOR_ROLE"), SENSOR_DATA));
        assertEquals(ErrorCode.INSUFFICIENT_PRIVILEGES, ingest.code());
    }

    @Test
    void replacingOrGrantingOnAccountNeedsMoreThanCreating() {
        admin.execute("CREATE USER OPS; GRANT ROLE SYSADMIN TO USER OPS; GRANT ROLE KAFKA_CONNECTOR_ROLE TO USER OPS");
        Session ops = floe.newSession(new Principal("OPS", "SYSADMIN"));
        assertDenied(ops, "CREATE OR REPLACE DATABASE KAFKA_INTERACTIVE",
                "Insufficient privileges to operate on database 'KAFKA_INTERACTIVE' (requires OWNERSHIP on database KAFKA_INTERACTIVE)");
        assertDenied(ops, "CREATE OR REPLACE WAREHOUSE LOAD_WH",
                "Insufficient privileges to operate on warehouse 'LOAD_WH' (requires OWNERSHIP on warehouse LOAD_WH)");
        assertDenied(ops, "GRANT CREATE USER ON ACCOUNT TO ROLE SYSADMIN",
                "Insufficient privileges to operate on account 'FLOE' (requires MANAGE GRANTS on account)");
        assertNotFound(ops, "GRANT USAGE ON WAREHOUSE SENSOR_IWH TO ROLE PUBLIC", "Object 'SENSOR_IWH' does not exist or not authorized.");
        FloeException e = assertThrows(FloeException.class,
                () -> floe.accessControl().requireWarehouseUsage(new Principal("OPS", "SYSADMIN"), "SENSOR_IWH"));
        assertEquals("SQL compilation error:\nObject 'SENSOR_IWH' does not exist or not authorized.", e.getMessage());

        // An account privilege granted to a role is held by it and by the roles above it.
        admin.executeOne("GRANT CREATE USER ON ACCOUNT TO ROLE KAFKA_CONNECTOR_ROLE");
        Session kafka = floe.newSession(new Principal("OPS", "KAFKA_CONNECTOR_ROLE"));
        kafka.executeOne("CREATE USER HELPER");
        assertEquals(List.of("HELPER"), column(kafka.executeOne("SHOW USERS"), "name"));
        kafka.executeOne("ALTER USER HELPER SET RSA_PUBLIC_KEY = '" + PUBLIC_KEY + "'");
        kafka.executeOne("DROP USER HELPER");
        assertDenied(kafka, "DROP USER KAFKA_USER", "Insufficient privileges to operate on user 'KAFKA_USER' (requires OWNERSHIP on user KAFKA_USER)");
    }

    private Session kafkaSession() {
        Session kafka = floe.newSession(KAFKA);
        kafka.execute("USE SCHEMA KAFKA_INTERACTIVE.STREAMING; USE WAREHOUSE SENSOR_IWH");
        return kafka;
    }

    private static void assertDenied(Session session, String sql, String message) {
        FloeException e = assertThrows(FloeException.class, () -> session.executeOne(sql), sql);
        assertEquals(ErrorCode.INSUFFICIENT_PRIVILEGES, e.code(), sql);
        assertEquals("42501", e.code().sqlState());
        assertEquals(3001, e.code().snowflakeCode());
        assertEquals("SQL access control error:\n" + message, e.getMessage(), sql);
    }

    private static void assertNotFound(Session session, String sql, String message) {
        FloeException e = assertThrows(FloeException.class, () -> session.executeOne(sql), sql);
        assertEquals(ErrorCode.OBJECT_NOT_FOUND, e.code(), sql + ": " + e.getMessage());
        assertEquals("SQL compilation error:\n" + message, e.getMessage(), sql);
    }

    /** The rows of the named columns (all columns when none named), each as its values joined by '|'. */
    private static List<String> column(dev.floe.engine.StatementResult r, String... names) {
        List<Integer> indexes = new ArrayList<>();
        for (int c = 0; c < r.columns().size(); c++) {
            for (String n : names) if (r.columns().get(c).name().equals(n)) indexes.add(c);
            if (names.length == 0) indexes.add(c);
        }
        List<String> out = new ArrayList<>();
        for (int row = 0; row < r.rows().size(); row++) {
            StringBuilder sb = new StringBuilder();
            for (int c : indexes) sb.append(sb.length() == 0 ? "" : "|").append(r.text(row, c));
            out.add(sb.toString());
        }
        return out;
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        java.util.Collections.sort(copy);
        return copy;
    }
}
