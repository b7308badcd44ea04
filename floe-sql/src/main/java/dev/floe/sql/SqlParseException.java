package dev.floe.sql;

/**
 * A statement that is not valid SQL. The message follows Snowflake's wording, e.g.
 * {@code SQL compilation error:\nsyntax error line 1 at position 7 unexpected 'FORM'.};
 * the line is 1-based and the column ("position") 0-based within the line, as Snowflake counts.
 */
public final class SqlParseException extends RuntimeException {
    /** Snowflake's error code for a syntax error. */
    public static final String ERROR_CODE = "001003";
    /** The SQLSTATE of a syntax error. */
    public static final String SQL_STATE = "42000";
    /** How the end of the text is shown as the unexpected token. */
    public static final String END_OF_INPUT = "<EOF>";

    private final int line;
    private final int column;
    private final String found;
    private final String expected;

    private SqlParseException(String message, int line, int column, String found, String expected) {
        super(message);
        this.line = line;
        this.column = column;
        this.found = found;
        this.expected = expected;
    }

    /** The token {@code found} (its source text, or {@link #END_OF_INPUT}) where {@code expected} was needed. */
    static SqlParseException unexpected(int line, int column, String found, String expected) {
        String message = "SQL compilation error:\nsyntax error line " + line + " at position " + column
                + " unexpected '" + found + "'.";
        return new SqlParseException(message, line, column, found, expected);
    }

    /** Text that cannot form a token or a construct that is malformed beyond one unexpected token. */
    static SqlParseException invalid(int line, int column, String found, String problem) {
        String message = "SQL compilation error:\nsyntax error line " + line + " at position " + column + " " + problem + ".";
        return new SqlParseException(message, line, column, found, problem);
    }

    /** 1-based line of the offending token. */
    public int getLine() {
        return line;
    }

    /** 0-based column of the offending token within its line. */
    public int getColumn() {
        return column;
    }

    /** The offending token's source text, or {@link #END_OF_INPUT}. */
    public String getFound() {
        return found;
    }

    /** What the parser needed at that point, for diagnostics (e.g. {@code "FROM"}, {@code "an expression"}). */
    public String getExpected() {
        return expected;
    }
}
