package dev.floe.sql;

import dev.floe.sql.tree.QueryStatement;
import dev.floe.sql.tree.StringLiteral;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptTest {

    @Test
    void splitsAtSemicolonsOutsideStringsAndComments() {
        List<ParsedStatement> statements = SqlParser.parseScript(
                "SELECT 'a;b' AS s; -- not; a statement\n"
                        + "SELECT \"x;y\" FROM t /* ; */;\n"
                        + ";;\n"
                        + "SELECT $$c;d$$\n");
        assertEquals(3, statements.size());
        assertEquals("SELECT 'a;b' AS s", statements.get(0).sourceText());
        assertEquals(1, statements.get(0).line());
        assertEquals("SELECT \"x;y\" FROM t", statements.get(1).sourceText());
        assertEquals(2, statements.get(1).line());
        assertEquals("SELECT $$c;d$$", statements.get(2).sourceText());
        assertEquals(4, statements.get(2).line());
        StringLiteral dollar = (StringLiteral) ((dev.floe.sql.tree.QuerySpecification)
                ((QueryStatement) statements.get(2).statement()).query().body()).selectItems().get(0).expression();
        assertEquals("c;d", dollar.value());
    }

    @Test
    void emptyScripts() {
        assertTrue(SqlParser.parseScript("").isEmpty());
        assertTrue(SqlParser.parseScript("  ;; -- only a comment\n/* and another */").isEmpty());
    }

    @Test
    void sourceTextSpansLines() {
        List<ParsedStatement> statements = SqlParser.parseScript("\n\nCREATE TABLE t (\n  a INT\n)\n;\nDROP TABLE t");
        assertEquals("CREATE TABLE t (\n  a INT\n)", statements.get(0).sourceText());
        assertEquals(3, statements.get(0).line());
        assertEquals("DROP TABLE t", statements.get(1).sourceText());
        assertEquals(7, statements.get(1).line());
    }

    @Test
    void bindVariablesAreNumberedPerStatement() {
        List<ParsedStatement> statements = SqlParser.parseScript("SELECT ?, ?; SELECT ?");
        assertEquals("SELECT :1, :2", statements.get(0).statement().toString());
        assertEquals("SELECT :1", statements.get(1).statement().toString());
    }

    @Test
    void trailingSemicolonsInParseStatement() {
        assertEquals("SELECT 1", SqlParser.parseStatement("SELECT 1;;").toString());
    }

    @Test
    void setupScript() {
        List<ParsedStatement> statements = SqlParser.parseScript(String.join("\n",
                "USE ROLE ACCOUNTADMIN;",
                "CREATE DATABASE IF NOT EXISTS KAFKA_INTERACTIVE;",
                "CREATE SCHEMA IF NOT EXISTS KAFKA_INTERACTIVE.STREAMING;",
                "USE SCHEMA KAFKA_INTERACTIVE.STREAMING;",
                "CREATE ROLE IF NOT EXISTS KAFKA_CONNECTOR_ROLE;",
                "GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE KAFKA_CONNECTOR_ROLE;",
                "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE;",
                "GRANT CREATE TABLE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE;",
                "CREATE USER IF NOT EXISTS KAFKA_USER TYPE = SERVICE DEFAULT_ROLE = KAFKA_CONNECTOR_ROLE;",
                "ALTER USER KAFKA_USER SET RSA_PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';",
                "GRANT ROLE KAFKA_CONNECTOR_ROLE TO USER KAFKA_USER;",
                "CREATE OR REPLACE INTERACTIVE TABLE SENSOR_DATA (",
                "  device_id VARCHAR, sensor_type VARCHAR, value FLOAT, unit VARCHAR,",
                "  timestamp TIMESTAMP_NTZ, location VARIANT",
                ") CLUSTER BY (device_id, timestamp);",
                "GRANT SELECT, INSERT ON TABLE SENSOR_DATA TO ROLE KAFKA_CONNECTOR_ROLE;",
                "CREATE OR REPLACE INTERACTIVE WAREHOUSE SENSOR_IWH TABLES (SENSOR_DATA) WAREHOUSE_SIZE = 'XSMALL';",
                "ALTER WAREHOUSE SENSOR_IWH RESUME;",
                "GRANT USAGE ON WAREHOUSE SENSOR_IWH TO ROLE KAFKA_CONNECTOR_ROLE;",
                "DROP WAREHOUSE IF EXISTS SENSOR_IWH;",
                "DROP DATABASE IF EXISTS KAFKA_INTERACTIVE;",
                "DROP USER IF EXISTS KAFKA_USER;",
                "DROP ROLE IF EXISTS KAFKA_CONNECTOR_ROLE;"));
        assertEquals(20, statements.size());
        assertEquals(12, statements.get(11).line());
        assertEquals("CREATE OR REPLACE INTERACTIVE TABLE SENSOR_DATA (device_id VARCHAR, sensor_type VARCHAR, value FLOAT, "
                + "unit VARCHAR, timestamp TIMESTAMP_NTZ, location VARIANT) CLUSTER BY (device_id, timestamp)",
                statements.get(11).statement().toString());
    }
}
