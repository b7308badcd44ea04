package dev.floe.sql;

import dev.floe.sql.tree.AddColumns;
import dev.floe.sql.tree.AddTables;
import dev.floe.sql.tree.AlterSession;
import dev.floe.sql.tree.AlterTable;
import dev.floe.sql.tree.AlterUser;
import dev.floe.sql.tree.AlterWarehouse;
import dev.floe.sql.tree.BooleanLiteral;
import dev.floe.sql.tree.ColumnDefinition;
import dev.floe.sql.tree.CreateDatabase;
import dev.floe.sql.tree.CreatePipe;
import dev.floe.sql.tree.CreateSchema;
import dev.floe.sql.tree.CreateTable;
import dev.floe.sql.tree.CreateUser;
import dev.floe.sql.tree.CreateWarehouse;
import dev.floe.sql.tree.Delete;
import dev.floe.sql.tree.Describe;
import dev.floe.sql.tree.Drop;
import dev.floe.sql.tree.Explain;
import dev.floe.sql.tree.GrantOnObject;
import dev.floe.sql.tree.GrantOnSchemaObjects;
import dev.floe.sql.tree.GrantPrivileges;
import dev.floe.sql.tree.GrantRole;
import dev.floe.sql.tree.Insert;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.ObjectKind;
import dev.floe.sql.tree.Privilege;
import dev.floe.sql.tree.PropertyGroup;
import dev.floe.sql.tree.PropertyList;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.ResumeWarehouse;
import dev.floe.sql.tree.RevokePrivileges;
import dev.floe.sql.tree.RevokeRole;
import dev.floe.sql.tree.SetProperties;
import dev.floe.sql.tree.Show;
import dev.floe.sql.tree.ShowScope;
import dev.floe.sql.tree.StringLiteral;
import dev.floe.sql.tree.TableFunction;
import dev.floe.sql.tree.UnsetProperties;
import dev.floe.sql.tree.Update;
import dev.floe.sql.tree.Use;
import dev.floe.sql.tree.Values;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.floe.sql.Sql.assertStatement;
import static dev.floe.sql.Sql.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementParserTest {

    @Test
    void createDatabaseAndSchema() {
        CreateDatabase database = (CreateDatabase) statement("CREATE DATABASE IF NOT EXISTS KAFKA_INTERACTIVE");
        assertTrue(database.ifNotExists());
        assertFalse(database.orReplace());
        assertEquals("KAFKA_INTERACTIVE", database.name().canonical());
        CreateSchema schema = (CreateSchema) statement("CREATE OR REPLACE SCHEMA KAFKA_INTERACTIVE.STREAMING COMMENT = 'ingest'");
        assertTrue(schema.orReplace());
        assertEquals("KAFKA_INTERACTIVE.STREAMING", schema.name().canonical());
        assertEquals("ingest", ((StringLiteral) schema.properties().get("COMMENT").get()).value());
        CreateDatabase lower = (CreateDatabase) statement("create or replace database d data_retention_time_in_days = 1");
        assertEquals("CREATE OR REPLACE DATABASE d data_retention_time_in_days = 1", lower.toString());
        assertEquals("1", lower.properties().get("DATA_RETENTION_TIME_IN_DAYS").get().toString());
    }

    @Test
    void drops() {
        Drop drop = (Drop) statement("DROP SCHEMA IF EXISTS db.s RESTRICT");
        assertEquals(ObjectKind.SCHEMA, drop.kind());
        assertTrue(drop.ifExists());
        assertEquals(Drop.Behavior.RESTRICT, drop.behavior());
        assertStatement("DROP TABLE SENSOR_DATA", "DROP TABLE SENSOR_DATA");
        assertStatement("DROP WAREHOUSE IF EXISTS SENSOR_IWH", "DROP WAREHOUSE IF EXISTS SENSOR_IWH");
        assertStatement("DROP ROLE IF EXISTS KAFKA_CONNECTOR_ROLE", "DROP ROLE IF EXISTS KAFKA_CONNECTOR_ROLE");
        assertStatement("DROP USER IF EXISTS KAFKA_USER", "DROP USER IF EXISTS KAFKA_USER");
        assertStatement("DROP PIPE db.s.p", "DROP PIPE db.s.p");
        assertStatement("DROP DATABASE IF EXISTS KAFKA_INTERACTIVE CASCADE", "DROP DATABASE IF EXISTS KAFKA_INTERACTIVE CASCADE");
    }

    @Test
    void use() {
        Use bare = (Use) statement("USE KAFKA_INTERACTIVE.STREAMING");
        assertTrue(bare.kind().isEmpty());
        assertEquals("KAFKA_INTERACTIVE.STREAMING", bare.name().canonical());
        Use database = (Use) statement("use database \"MixedCase\"");
        assertEquals(ObjectKind.DATABASE, database.kind().get());
        assertEquals("MixedCase", database.name().canonical());
        Use warehouseNamedWarehouse = (Use) statement("USE warehouse");
        assertTrue(warehouseNamedWarehouse.kind().isEmpty());
        assertEquals("WAREHOUSE", warehouseNamedWarehouse.name().canonical());
    }

    @Test
    void show() {
        assertStatement("SHOW DATABASES", "SHOW DATABASES");
        assertStatement("SHOW SCHEMAS IN DATABASE KAFKA_INTERACTIVE", "show schemas in database KAFKA_INTERACTIVE");
        assertStatement("SHOW TABLES LIKE 'SENSOR%' IN SCHEMA", "SHOW TABLES LIKE 'SENSOR%' IN SCHEMA");
        assertStatement("SHOW INTERACTIVE TABLES IN ACCOUNT", "SHOW INTERACTIVE TABLES IN ACCOUNT");
        assertStatement("SHOW WAREHOUSES", "SHOW WAREHOUSES");
        assertStatement("SHOW ROLES", "SHOW ROLES");
        assertStatement("SHOW USERS LIKE 'KAFKA%'", "SHOW USERS LIKE 'KAFKA%'");
        assertStatement("SHOW GRANTS TO ROLE KAFKA_CONNECTOR_ROLE", "SHOW GRANTS TO ROLE KAFKA_CONNECTOR_ROLE");
        assertStatement("SHOW GRANTS TO USER KAFKA_USER", "SHOW GRANTS TO USER KAFKA_USER");
        assertStatement("SHOW GRANTS ON TABLE db.s.t", "SHOW GRANTS ON TABLE db.s.t");
        assertStatement("SHOW GRANTS OF ROLE r", "SHOW GRANTS OF ROLE r");
        assertStatement("SHOW GRANTS", "SHOW GRANTS");
        assertStatement("SHOW CHANNELS IN TABLE SENSOR_DATA", "SHOW CHANNELS IN TABLE SENSOR_DATA");
        assertStatement("SHOW PARAMETERS LIKE 'TIMEZONE' IN SESSION", "SHOW PARAMETERS LIKE 'TIMEZONE' IN SESSION");
        assertStatement("SHOW PARAMETERS IN WAREHOUSE SENSOR_IWH", "SHOW PARAMETERS IN WAREHOUSE SENSOR_IWH");
        assertStatement("SHOW COLUMNS IN TABLE SENSOR_DATA", "SHOW COLUMNS IN TABLE SENSOR_DATA");
        Show bareIn = (Show) statement("SHOW TABLES IN KAFKA_INTERACTIVE.STREAMING");
        assertEquals(ObjectKind.SCHEMA, bareIn.scope().get().kind());
        Show database = (Show) statement("SHOW SCHEMAS IN DATABASE");
        assertTrue(database.scope().get().name().isEmpty());
        Show grants = (Show) statement("SHOW GRANTS TO ROLE r");
        assertEquals(ShowScope.Preposition.TO, grants.scope().get().preposition());
        assertEquals("SENSOR%", ((Show) statement("SHOW TABLES LIKE 'SENSOR%'")).likePattern().get());
    }

    @Test
    void describe() {
        Describe table = (Describe) statement("DESCRIBE TABLE SENSOR_DATA");
        assertEquals(ObjectKind.TABLE, table.kind().get());
        assertStatement("DESCRIBE PIPE \"SENSOR_DATA-STREAMING\"", "DESC PIPE \"SENSOR_DATA-STREAMING\"");
        assertStatement("DESCRIBE WAREHOUSE SENSOR_IWH", "DESC WAREHOUSE SENSOR_IWH");
        Describe bare = (Describe) statement("DESC db.s.SENSOR_DATA");
        assertTrue(bare.kind().isEmpty());
        assertEquals("DB.S.SENSOR_DATA", bare.name().canonical());
    }

    @Test
    void createInteractiveTable() {
        CreateTable table = (CreateTable) statement("CREATE OR REPLACE INTERACTIVE TABLE SENSOR_DATA (\n"
                + "    device_id VARCHAR NOT NULL,\n"
                + "    sensor_type VARCHAR(50),\n"
                + "    value FLOAT,\n"
                + "    unit STRING DEFAULT 'celsius' COMMENT 'unit of value',\n"
                + "    timestamp TIMESTAMP_NTZ(9),\n"
                + "    location VARIANT NULL,\n"
                + "    reading NUMBER(38,2)\n"
                + ") CLUSTER BY (device_id, timestamp)\n"
                + "COMMENT = 'sensor readings' DATA_RETENTION_TIME_IN_DAYS = 1;");
        assertTrue(table.orReplace());
        assertTrue(table.interactive());
        assertEquals(CreateTable.Persistence.PERMANENT, table.persistence());
        assertEquals(7, table.columns().size());
        ColumnDefinition deviceId = table.columns().get(0);
        assertEquals("DEVICE_ID", deviceId.name().canonical());
        assertTrue(deviceId.notNull());
        ColumnDefinition unit = table.columns().get(3);
        assertEquals("'celsius'", unit.defaultValue().get().toString());
        assertEquals("unit of value", unit.comment().get());
        assertEquals("TIMESTAMP_NTZ(9)", table.columns().get(4).type().toString());
        assertFalse(table.columns().get(5).notNull());
        assertEquals(List.of(38, 2), table.columns().get(6).type().parameters());
        assertEquals("[device_id, timestamp]", table.clusterBy().toString());
        assertEquals("1", ((NumericLiteral) table.properties().get("DATA_RETENTION_TIME_IN_DAYS").get()).text());
        assertTrue(table.asQuery().isEmpty());
    }

    @Test
    void createTableVariants() {
        CreateTable ctas = (CreateTable) statement("CREATE INTERACTIVE TABLE IF NOT EXISTS t CLUSTER BY (a) "
                + "TARGET_LAG = '1 minute' WAREHOUSE = wh AS SELECT a, b FROM src");
        assertTrue(ctas.ifNotExists());
        assertTrue(ctas.columns().isEmpty());
        assertEquals("SELECT a, b FROM src", ctas.asQuery().get().toString());
        assertEquals("'1 minute'", ctas.properties().get("TARGET_LAG").get().toString());
        assertEquals("WH", ((QualifiedName) ctas.properties().get("WAREHOUSE").get()).canonical());
        CreateTable transientTable = (CreateTable) statement("CREATE TRANSIENT TABLE t (a INT)");
        assertEquals(CreateTable.Persistence.TRANSIENT, transientTable.persistence());
        assertFalse(transientTable.interactive());
        assertStatement("CREATE TEMPORARY TABLE t (a INT)", "CREATE TEMP TABLE t (a INT)");
        CreateTable streaming = (CreateTable) statement("CREATE INTERACTIVE TABLE t CLUSTER BY (x) AS "
                + "SELECT $1:s::VARCHAR AS s FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING'))");
        assertTrue(streaming.asQuery().isPresent());
    }

    @Test
    void alterTable() {
        AlterTable add = (AlterTable) statement("ALTER TABLE SENSOR_DATA ADD COLUMN battery FLOAT");
        AddColumns columns = (AddColumns) add.action();
        assertEquals("BATTERY", columns.columns().get(0).name().canonical());
        assertStatement("ALTER TABLE t ADD COLUMN IF NOT EXISTS a INT NOT NULL, b STRING",
                "ALTER TABLE t ADD IF NOT EXISTS a INT NOT NULL, b STRING");
        assertStatement("ALTER TABLE IF EXISTS t DROP COLUMN a, b", "ALTER TABLE IF EXISTS t DROP COLUMN a, b");
        assertStatement("ALTER TABLE t RENAME TO s.u", "ALTER TABLE t RENAME TO s.u");
        assertStatement("ALTER TABLE t RENAME COLUMN a TO b", "ALTER TABLE t RENAME COLUMN a TO b");
        assertStatement("ALTER TABLE t CLUSTER BY (a, DATE_TRUNC(HOUR, ts))", "ALTER TABLE t CLUSTER BY (a, DATE_TRUNC(HOUR, ts))");
        assertStatement("ALTER TABLE t SET COMMENT = 'x' DATA_RETENTION_TIME_IN_DAYS = 0",
                "ALTER TABLE t SET COMMENT = 'x', DATA_RETENTION_TIME_IN_DAYS = 0");
        assertStatement("ALTER TABLE t UNSET COMMENT", "ALTER TABLE t UNSET COMMENT");
    }

    @Test
    void insert() {
        Insert values = (Insert) statement("INSERT INTO SENSOR_DATA (device_id, value) VALUES ('DEVICE_001', 23.5), ('DEVICE_002', NULL)");
        assertFalse(values.overwrite());
        assertEquals(2, values.columns().size());
        Values rows = (Values) values.source().body();
        assertEquals(2, rows.rows().size());
        assertEquals("NULL", rows.rows().get(1).get(1).toString());
        Insert select = (Insert) statement("INSERT OVERWRITE INTO t SELECT * FROM s");
        assertTrue(select.overwrite());
        assertTrue(select.columns().isEmpty());
        assertStatement("INSERT INTO t (SELECT 1)", "INSERT INTO t (SELECT 1)");
        assertStatement("INSERT INTO t SELECT PARSE_JSON('{\"a\": 1}')", "INSERT INTO t SELECT PARSE_JSON('{\"a\": 1}')");
    }

    @Test
    void updateAndDelete() {
        Update update = (Update) statement("UPDATE SENSOR_DATA s SET value = value + 1, unit = 'F' FROM d WHERE s.id = d.id");
        assertEquals("S", update.alias().get().canonical());
        assertEquals(2, update.assignments().size());
        assertEquals("(value + 1)", update.assignments().get(0).value().toString());
        assertEquals("d", update.from().get().toString());
        assertEquals("UPDATE t SET a = 1", statement("UPDATE t SET a = 1").toString());
        Delete delete = (Delete) statement("DELETE FROM SENSOR_DATA WHERE value < 0");
        assertEquals("(value < 0)", delete.where().get().toString());
        assertTrue(delete.using().isEmpty());
        assertStatement("DELETE FROM t AS x USING u WHERE (x.a = u.a)", "DELETE FROM t x USING u WHERE x.a = u.a");
        assertStatement("DELETE FROM t", "DELETE FROM t");
    }

    @Test
    void createWarehouses() {
        CreateWarehouse interactive = (CreateWarehouse) statement("CREATE OR REPLACE INTERACTIVE WAREHOUSE SENSOR_IWH\n"
                + "  TABLES (SENSOR_DATA, KAFKA_INTERACTIVE.STREAMING.OTHER)\n"
                + "  WAREHOUSE_SIZE = 'XSMALL';");
        assertTrue(interactive.interactive());
        assertEquals(2, interactive.tables().size());
        assertEquals("KAFKA_INTERACTIVE.STREAMING.OTHER", interactive.tables().get(1).canonical());
        assertEquals("'XSMALL'", interactive.properties().get("WAREHOUSE_SIZE").get().toString());
        CreateWarehouse standard = (CreateWarehouse) statement("CREATE WAREHOUSE IF NOT EXISTS COMPUTE_WH WITH "
                + "WAREHOUSE_SIZE = XSMALL AUTO_SUSPEND = 60 AUTO_RESUME = TRUE INITIALLY_SUSPENDED = false COMMENT = 'std'");
        assertFalse(standard.interactive());
        assertTrue(standard.tables().isEmpty());
        assertEquals("XSMALL", ((QualifiedName) standard.properties().get("WAREHOUSE_SIZE").get()).canonical());
        assertEquals("60", standard.properties().get("AUTO_SUSPEND").get().toString());
        assertTrue(((BooleanLiteral) standard.properties().get("AUTO_RESUME").get()).value());
        assertFalse(((BooleanLiteral) standard.properties().get("INITIALLY_SUSPENDED").get()).value());
        assertStatement("CREATE WAREHOUSE w AUTO_SUSPEND = NULL", "CREATE WAREHOUSE w AUTO_SUSPEND = NULL");
    }

    @Test
    void alterWarehouse() {
        AlterWarehouse add = (AlterWarehouse) statement("ALTER WAREHOUSE SENSOR_IWH ADD TABLES (SENSOR_DATA)");
        assertEquals("SENSOR_DATA", ((AddTables) add.action()).tables().get(0).canonical());
        assertStatement("ALTER WAREHOUSE w DROP TABLES (a, b)", "ALTER WAREHOUSE w DROP TABLES (a, b)");
        assertStatement("ALTER WAREHOUSE w SUSPEND", "ALTER WAREHOUSE w SUSPEND");
        ResumeWarehouse resume = (ResumeWarehouse) ((AlterWarehouse) statement("ALTER WAREHOUSE IF EXISTS w RESUME IF SUSPENDED")).action();
        assertTrue(resume.ifSuspended());
        assertStatement("ALTER WAREHOUSE w SET WAREHOUSE_SIZE = 'SMALL' STATEMENT_TIMEOUT_IN_SECONDS = 5",
                "ALTER WAREHOUSE w SET WAREHOUSE_SIZE = 'SMALL' STATEMENT_TIMEOUT_IN_SECONDS = 5");
        assertStatement("ALTER WAREHOUSE w UNSET COMMENT, AUTO_SUSPEND", "ALTER WAREHOUSE w UNSET COMMENT, AUTO_SUSPEND");
        assertStatement("ALTER WAREHOUSE w RENAME TO v", "ALTER WAREHOUSE w RENAME TO v");
    }

    @Test
    void alterSession() {
        AlterSession set = (AlterSession) statement("ALTER SESSION SET TIMEZONE = 'America/Los_Angeles', QUERY_TAG = 'demo'");
        SetProperties properties = (SetProperties) set.action();
        assertEquals("'America/Los_Angeles'", properties.properties().get("TIMEZONE").get().toString());
        assertEquals(2, properties.properties().entries().size());
        AlterSession unset = (AlterSession) statement("ALTER SESSION UNSET TIMEZONE");
        assertEquals("TIMEZONE", ((UnsetProperties) unset.action()).names().get(0).canonical());
    }

    @Test
    void usersAndRoles() {
        assertStatement("CREATE ROLE IF NOT EXISTS KAFKA_CONNECTOR_ROLE", "CREATE ROLE IF NOT EXISTS KAFKA_CONNECTOR_ROLE");
        assertStatement("CREATE OR REPLACE ROLE r COMMENT = 'x'", "CREATE OR REPLACE ROLE r COMMENT = 'x'");
        CreateUser user = (CreateUser) statement("CREATE USER IF NOT EXISTS KAFKA_USER\n"
                + "  TYPE = SERVICE\n"
                + "  LOGIN_NAME = 'kafka'\n"
                + "  DEFAULT_ROLE = KAFKA_CONNECTOR_ROLE\n"
                + "  DEFAULT_WAREHOUSE = SENSOR_IWH\n"
                + "  DEFAULT_NAMESPACE = KAFKA_INTERACTIVE.STREAMING\n"
                + "  DEFAULT_SECONDARY_ROLES = ('ALL')\n"
                + "  RSA_PUBLIC_KEY = 'MIIBIjANBgkqh'\n"
                + "  COMMENT = 'Kafka connector user';");
        assertEquals("KAFKA_USER", user.name().canonical());
        assertEquals("SERVICE", ((QualifiedName) user.properties().get("TYPE").get()).canonical());
        assertEquals("KAFKA_INTERACTIVE.STREAMING",
                ((QualifiedName) user.properties().get("DEFAULT_NAMESPACE").get()).canonical());
        assertEquals("('ALL')", ((PropertyList) user.properties().get("DEFAULT_SECONDARY_ROLES").get()).toString());
        assertEquals("MIIBIjANBgkqh", ((StringLiteral) user.properties().get("RSA_PUBLIC_KEY").get()).value());
        assertTrue(user.properties().get("PASSWORD").isEmpty());
        AlterUser alter = (AlterUser) statement("ALTER USER KAFKA_USER SET RSA_PUBLIC_KEY='MIIB...'");
        assertEquals("'MIIB...'", ((SetProperties) alter.action()).properties().get("RSA_PUBLIC_KEY").get().toString());
        assertStatement("ALTER USER IF EXISTS u UNSET RSA_PUBLIC_KEY_2", "ALTER USER IF EXISTS u UNSET RSA_PUBLIC_KEY_2");
        assertStatement("CREATE USER u PASSWORD = 'secret' RSA_PUBLIC_KEY_2 = 'k2'", "CREATE USER u PASSWORD='secret' RSA_PUBLIC_KEY_2='k2'");
    }

    @Test
    void grants() {
        GrantRole role = (GrantRole) statement("GRANT ROLE KAFKA_CONNECTOR_ROLE TO USER KAFKA_USER");
        assertEquals(ObjectKind.USER, role.granteeKind());
        assertEquals("KAFKA_USER", role.grantee().canonical());
        assertStatement("GRANT ROLE a TO ROLE SYSADMIN", "GRANT ROLE a TO ROLE SYSADMIN");

        GrantPrivileges usage = (GrantPrivileges) statement("GRANT USAGE ON WAREHOUSE SENSOR_IWH TO ROLE KAFKA_CONNECTOR_ROLE");
        GrantOnObject target = (GrantOnObject) usage.target();
        assertEquals(ObjectKind.WAREHOUSE, target.kind());
        assertEquals("SENSOR_IWH", target.name().get().canonical());
        GrantPrivileges create = (GrantPrivileges) statement("GRANT CREATE TABLE, CREATE PIPE ON SCHEMA db.s TO ROLE r");
        assertEquals(List.of("CREATE TABLE", "CREATE PIPE"), create.privileges().stream().map(Privilege::name).toList());
        GrantPrivileges all = (GrantPrivileges) statement("GRANT ALL PRIVILEGES ON TABLE t TO r WITH GRANT OPTION");
        assertEquals("ALL", all.privileges().get(0).name());
        assertTrue(all.withGrantOption());
        assertEquals("R", all.role().canonical());
        GrantPrivileges future = (GrantPrivileges) statement("GRANT SELECT ON FUTURE TABLES IN SCHEMA db.s TO ROLE r");
        GrantOnSchemaObjects objects = (GrantOnSchemaObjects) future.target();
        assertTrue(objects.future());
        assertEquals(ObjectKind.TABLE, objects.objectKind());
        assertEquals(ObjectKind.SCHEMA, objects.containerKind());
        assertStatement("GRANT SELECT, INSERT ON ALL TABLES IN DATABASE db TO ROLE r",
                "grant select, insert on all tables in database db to role r");
        GrantPrivileges ownership = (GrantPrivileges) statement("GRANT OWNERSHIP ON TABLE SENSOR_DATA TO ROLE r COPY CURRENT GRANTS");
        assertEquals(GrantPrivileges.CurrentGrants.COPY, ownership.currentGrants());
        assertStatement("GRANT OPERATE, MONITOR ON WAREHOUSE w TO ROLE r", "GRANT OPERATE, MONITOR ON WAREHOUSE w TO ROLE r");
        assertStatement("GRANT CREATE DATABASE ON ACCOUNT TO ROLE r", "GRANT CREATE DATABASE ON ACCOUNT TO ROLE r");
        assertStatement("GRANT OWNERSHIP ON ROLE a TO ROLE b REVOKE CURRENT GRANTS",
                "GRANT OWNERSHIP ON ROLE a TO ROLE b REVOKE CURRENT GRANTS");
    }

    @Test
    void revokes() {
        RevokeRole role = (RevokeRole) statement("REVOKE ROLE r FROM USER u");
        assertEquals(ObjectKind.USER, role.granteeKind());
        RevokePrivileges privileges = (RevokePrivileges) statement("REVOKE GRANT OPTION FOR SELECT ON TABLE t FROM ROLE r CASCADE");
        assertTrue(privileges.grantOptionFor());
        assertEquals(Drop.Behavior.CASCADE, privileges.behavior());
        assertStatement("REVOKE USAGE ON DATABASE d FROM ROLE r", "REVOKE USAGE ON DATABASE d FROM r");
        assertStatement("REVOKE INSERT ON ALL TABLES IN SCHEMA s FROM ROLE r", "REVOKE INSERT ON ALL TABLES IN SCHEMA s FROM ROLE r");
    }

    @Test
    void createPipe() {
        CreatePipe pipe = (CreatePipe) statement("CREATE OR REPLACE PIPE ORDERS_PIPE COMMENT = 'orders' AS\n"
                + "COPY INTO ORDERS\n"
                + "FROM ( SELECT $1:order_id::STRING, $1:customer_name, $1:order_total::STRING, $1:isPaid::STRING\n"
                + "       FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')) )\n"
                + "MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE FILE_FORMAT = (TYPE = JSON STRIP_OUTER_ARRAY = TRUE)");
        assertTrue(pipe.orReplace());
        assertEquals("'orders'", pipe.properties().get("COMMENT").get().toString());
        assertEquals("ORDERS", pipe.copy().table().canonical());
        assertEquals(2, pipe.copy().position().line());
        assertEquals("SELECT ($1:order_id::STRING), $1:customer_name, ($1:order_total::STRING), ($1:isPaid::STRING) "
                + "FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING'))", pipe.copy().source().toString());
        TableFunction source = (TableFunction) ((dev.floe.sql.tree.QuerySpecification) pipe.copy().source().body()).from().get();
        assertEquals("DATA_SOURCE", source.call().name().canonical());
        PropertyGroup format = (PropertyGroup) pipe.copy().options().get("FILE_FORMAT").get();
        assertEquals("TRUE", format.properties().get("STRIP_OUTER_ARRAY").get().toString());
        assertStatement("CREATE PIPE p AS COPY INTO t (a, b) FROM (SELECT $1, $2 FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))",
                "CREATE PIPE p AS COPY INTO t (a, b) FROM (SELECT $1, $2 FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING')))");
    }

    @Test
    void explain() {
        Explain plain = (Explain) statement("EXPLAIN SELECT * FROM t");
        assertEquals(Explain.Format.TABULAR, plain.format());
        Explain json = (Explain) statement("EXPLAIN USING JSON SELECT * FROM t");
        assertEquals(Explain.Format.JSON, json.format());
        assertEquals("SELECT * FROM t", json.query().toString());
    }

    @Test
    void negativeAndListPropertyValues() {
        CreateWarehouse warehouse = (CreateWarehouse) statement("CREATE WAREHOUSE w MAX_CONCURRENCY_LEVEL = -1 TAGS = ()");
        assertEquals("-1", ((NumericLiteral) warehouse.properties().get("MAX_CONCURRENCY_LEVEL").get()).text());
        assertTrue(((PropertyList) warehouse.properties().get("TAGS").get()).values().isEmpty());
    }
}
