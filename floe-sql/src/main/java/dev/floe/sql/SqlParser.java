package dev.floe.sql;

import dev.floe.sql.tree.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Floe's Snowflake-dialect SQL into the tree of {@code dev.floe.sql.tree}. Stateless and
 * thread-safe; failures are {@link SqlParseException}s carrying the line and position.
 */
public final class SqlParser {
    private SqlParser() {
    }

    /** Exactly one statement, optionally followed by semicolons. */
    public static Statement parseStatement(String sql) {
        TokenCursor cursor = new TokenCursor(Lexer.tokenize(sql));
        skipSemicolons(cursor);
        if (cursor.at(TokenType.END_OF_INPUT)) {
            throw emptyStatement(cursor);
        }
        Statement statement = parseOne(cursor);
        skipSemicolons(cursor);
        if (!cursor.at(TokenType.END_OF_INPUT)) {
            throw cursor.unexpected(SqlParseException.END_OF_INPUT);
        }
        return statement;
    }

    /**
     * Every statement of a script, split at semicolons outside strings, quoted identifiers and
     * comments; empty statements are skipped. The whole script is parsed before anything is
     * returned, so a syntax error anywhere is reported before any statement runs.
     */
    public static List<ParsedStatement> parseScript(String sql) {
        TokenCursor cursor = new TokenCursor(Lexer.tokenize(sql));
        List<ParsedStatement> statements = new ArrayList<>();
        while (true) {
            skipSemicolons(cursor);
            if (cursor.at(TokenType.END_OF_INPUT)) {
                return statements;
            }
            Token first = cursor.peek();
            Statement statement = parseOne(cursor);
            Token last = cursor.previous();
            statements.add(new ParsedStatement(statement, sql.substring(first.start, last.end), first.line));
            if (!cursor.at(TokenType.END_OF_INPUT)) {
                cursor.expect(TokenType.SEMICOLON);
            }
        }
    }

    private static Statement parseOne(TokenCursor cursor) {
        cursor.startStatement();
        Statement statement = new StatementParser(cursor).statement();
        if (!cursor.atStatementEnd()) {
            throw cursor.unexpected("';' or the end of the statement");
        }
        return statement;
    }

    private static void skipSemicolons(TokenCursor cursor) {
        while (cursor.accept(TokenType.SEMICOLON)) {
            // empty statements are allowed and ignored
        }
    }

    private static SqlParseException emptyStatement(TokenCursor cursor) {
        Token end = cursor.peek();
        return SqlParseException.invalid(end.line, end.column, SqlParseException.END_OF_INPUT, "empty SQL statement");
    }
}
