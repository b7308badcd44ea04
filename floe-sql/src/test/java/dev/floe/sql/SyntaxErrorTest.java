package dev.floe.sql;

import org.junit.jupiter.api.Test;

import static dev.floe.sql.Sql.assertSyntaxError;
import static dev.floe.sql.Sql.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Errors name the line, the 0-based position in it and the token found, as Snowflake does. */
class SyntaxErrorTest {

    @Test
    void misspelledKeywords() {
        assertSyntaxError("SELECT * FORM t", 1, 9, "FORM");
        assertSyntaxError("SELEC 1", 1, 0, "SELEC");
        assertSyntaxError("SELECT 1; SELEC 2", 1, 10, "SELEC");
        assertSyntaxError("SHOW THINGS", 1, 5, "THINGS");
        assertSyntaxError("DROP VIEW v", 1, 5, "VIEW");
        assertSyntaxError("EXPLAIN USING XML SELECT 1", 1, 14, "XML");
    }

    @Test
    void unexpectedEndOfInput() {
        assertSyntaxError("SELECT a FROM", 1, 13, "<EOF>");
        assertSyntaxError("SELECT a FROM t WHERE", 1, 21, "<EOF>");
        assertSyntaxError("SELECT a FROM t LIMIT", 1, 21, "<EOF>");
        assertSyntaxError("SELECT a::", 1, 10, "<EOF>");
        assertSyntaxError("SELECT col:", 1, 11, "<EOF>");
        assertSyntaxError("SELECT a[1", 1, 10, "<EOF>");
        assertSyntaxError("SELECT CASE END", 1, 15, "<EOF>");
        assertSyntaxError("SELECT a FROM t UNION ALL", 1, 25, "<EOF>");
        assertSyntaxError("SELECT a FROM t ORDER BY a NULLS", 1, 32, "<EOF>");
        assertSyntaxError("CREATE TABLE t", 1, 14, "<EOF>");
        assertSyntaxError("ALTER TABLE t SET", 1, 17, "<EOF>");
        assertSyntaxError("SELECT a FROM t LEFT JOIN u", 1, 27, "<EOF>");
    }

    @Test
    void unexpectedTokens() {
        assertSyntaxError("SELECT a,\nFROM t", 2, 0, "FROM");
        assertSyntaxError("SELECT (a + 1 FROM t", 1, 14, "FROM");
        assertSyntaxError("SELECT a FROM t WHERE a = = 1", 1, 26, "=");
        assertSyntaxError("SELECT CAST(a, INT)", 1, 13, ",");
        assertSyntaxError("CREATE INTERACTIVE DATABASE d", 1, 19, "DATABASE");
        assertSyntaxError("CREATE TABLE t (a INT,)", 1, 22, ")");
        assertSyntaxError("GRANT ON TABLE t TO ROLE r", 1, 6, "ON");
        assertSyntaxError("GRANT ROLE r TO SHARE s", 1, 16, "SHARE");
        assertSyntaxError("SELECT 1 2", 1, 9, "2");
        assertSyntaxError("CREATE DATABASE a.b", 1, 17, ".");
        assertSyntaxError("SELECT a FROM t WHERE a IS 1", 1, 27, "1");
        assertSyntaxError("SELECT a NOT FROM t", 1, 13, "FROM");
        assertSyntaxError("SELECT a::NUMBER(x)", 1, 17, "x");
        assertSyntaxError("SELECT 'a' FROM t WHERE x = 'it''s' AND", 1, 39, "<EOF>");
        assertSyntaxError("SELECT a FROM t WHERE a = NOT b", 1, 26, "NOT");
    }

    @Test
    void reservedWordsAreNotIdentifiers() {
        assertSyntaxError("SELECT select FROM t", 1, 7, "select");
        assertSyntaxError("SELECT a FROM t AS select", 1, 19, "select");
        assertSyntaxError("SELECT a FROM table", 1, 19, "<EOF>");
        assertSyntaxError("CREATE TABLE t (order INT)", 1, 16, "order");
        assertSyntaxError("SELECT a AS from FROM t", 1, 12, "from");
    }

    @Test
    void positionsOnLaterLines() {
        assertSyntaxError("SELECT a\n  FROM t\n  WHERE b >\n  ORDER BY a", 4, 2, "ORDER");
        assertSyntaxError("-- comment\n/* block\n comment */ SELECT 1;\n\nSELECT FROM t", 5, 7, "FROM");
        assertSyntaxError("SELECT 'multi\nline' ,\n  )", 3, 2, ")");
    }

    @Test
    void lexicalErrors() {
        assertSyntaxError("SELECT # FROM t", 1, 7, "#");
        assertSyntaxError("SELECT a | b", 1, 9, "|");
        assertSyntaxError("SELECT a ! b", 1, 9, "!");
        assertSyntaxError("SELECT $x", 1, 7, "$");
        SqlParseException string = error("SELECT 'abc");
        assertEquals("SQL compilation error:\nsyntax error line 1 at position 7 unterminated string literal.", string.getMessage());
        assertEquals("'abc", string.getFound());
        SqlParseException identifier = error("SELECT \"abc");
        assertEquals(7, identifier.getColumn());
        assertEquals("unterminated quoted identifier", identifier.getExpected());
        assertEquals("empty quoted identifier", error("SELECT \"\"").getExpected());
        SqlParseException comment = error("SELECT 1\n/* never closed");
        assertEquals(2, comment.getLine());
        assertEquals(0, comment.getColumn());
        assertEquals("unterminated comment", comment.getExpected());
        assertEquals("unterminated $$ string", error("SELECT $$abc").getExpected());
        SqlParseException escape = error("SELECT 'a\\x4'");
        assertEquals(9, escape.getColumn());
        assertEquals("invalid escape sequence", escape.getExpected());
    }

    @Test
    void malformedConstructs() {
        SqlParseException mixed = error("SELECT f(a => 1, 2)");
        assertEquals("SQL compilation error:\nsyntax error line 1 at position 17 named and positional arguments cannot be mixed.",
                mixed.getMessage());
        assertEquals(12, error("SELECT f(1, a => 2)").getColumn());
        SqlParseException duplicate = error("CREATE WAREHOUSE w COMMENT = 'a' COMMENT = 'b'");
        assertEquals(33, duplicate.getColumn());
        assertEquals("duplicate property COMMENT", duplicate.getExpected());
        assertEquals("duplicate property TIMEZONE", error("ALTER SESSION SET timezone = 'UTC', TIMEZONE = 'UTC'").getExpected());
        assertEquals("name a.b.c.d has more than 3 parts", error("SELECT x FROM a.b.c.d").getExpected());
        assertEquals("name a.b.c has more than 2 parts", error("USE a.b.c").getExpected());
        assertEquals("name a.b has more than 1 part", error("USE WAREHOUSE a.b").getExpected());
        SqlParseException values = error("INSERT INTO t VALUES (1, 2), (3)");
        assertEquals(29, values.getColumn());
        assertEquals("VALUES row has 1 values, expected 2", values.getExpected());
        assertEquals("integer 99999999999 is out of range", error("SELECT a::NUMBER(99999999999)").getExpected());
        assertEquals("expected an integer, got 1.5", error("SELECT a::NUMBER(1.5)").getExpected());
    }

    @Test
    void expectedDescriptions() {
        assertEquals("')'", error("SELECT (a + 1 FROM t").getExpected());
        assertEquals("a number", error("SELECT a::NUMBER(x)").getExpected());
        assertEquals("an identifier", error("SELECT a FROM").getExpected());
        assertEquals("an expression", error("SELECT a FROM t WHERE").getExpected());
        assertEquals("ON or USING", error("SELECT a FROM t LEFT JOIN u").getExpected());
    }

    @Test
    void parseStatementWantsExactlyOne() {
        SqlParseException two = assertThrows(SqlParseException.class, () -> SqlParser.parseStatement("SELECT 1; SELECT 2"));
        assertEquals(1, two.getLine());
        assertEquals(10, two.getColumn());
        assertEquals("SELECT", two.getFound());
        SqlParseException empty = assertThrows(SqlParseException.class, () -> SqlParser.parseStatement(" ; -- nothing\n"));
        assertEquals("SQL compilation error:\nsyntax error line 2 at position 0 empty SQL statement.", empty.getMessage());
        assertThrows(SqlParseException.class, () -> SqlParser.parseStatement(""));
    }

    @Test
    void errorCodes() {
        assertEquals("001003", SqlParseException.ERROR_CODE);
        assertEquals("42000", SqlParseException.SQL_STATE);
    }
}
