package dev.floe.sql;

import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.QueryStatement;
import dev.floe.sql.tree.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test helpers: parse and render, or parse and expect a syntax error. */
final class Sql {
    private Sql() {
    }

    static Statement statement(String sql) {
        return SqlParser.parseStatement(sql);
    }

    static Query query(String sql) {
        return ((QueryStatement) statement(sql)).query();
    }

    static QuerySpecification select(String sql) {
        return (QuerySpecification) query(sql).body();
    }

    /** The expression of {@code SELECT <text>}. */
    static Expression expression(String text) {
        return select("SELECT " + text).selectItems().get(0).expression();
    }

    static void assertExpression(String expected, String text) {
        assertEquals(expected, expression(text).toString(), text);
    }

    static void assertStatement(String expected, String sql) {
        assertEquals(expected, statement(sql).toString(), sql);
    }

    static SqlParseException error(String sql) {
        return assertThrows(SqlParseException.class, () -> SqlParser.parseScript(sql), sql);
    }

    /** Expects Snowflake's "syntax error line L at position P unexpected 'TOKEN'." */
    static void assertSyntaxError(String sql, int line, int column, String found) {
        SqlParseException e = error(sql);
        assertEquals("SQL compilation error:\nsyntax error line " + line + " at position " + column
                + " unexpected '" + found + "'.", e.getMessage(), sql);
        assertEquals(line, e.getLine());
        assertEquals(column, e.getColumn());
        assertEquals(found, e.getFound());
    }
}
