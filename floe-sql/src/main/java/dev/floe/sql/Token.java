package dev.floe.sql;

/**
 * One token: its kind, where it lies in the source ({@code [start, end)}, 1-based line,
 * 0-based column) and, for strings and quoted identifiers, the decoded value. Keyword checks
 * compare the source region in place, without allocating.
 */
final class Token {
    final TokenType type;
    final int start;
    final int end;
    final int line;
    final int column;
    /** Decoded content of a STRING or QUOTED_IDENTIFIER; null otherwise. */
    final String value;
    /** A WORD that Snowflake reserves, so it cannot be an unquoted identifier. */
    final boolean reserved;
    private final String source;

    Token(String source, TokenType type, int start, int end, int line, int column, String value, boolean reserved) {
        this.source = source;
        this.type = type;
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
        this.value = value;
        this.reserved = reserved;
    }

    /** True for the unquoted word {@code keyword} (given in upper case), in any letter case. */
    boolean is(String keyword) {
        return type == TokenType.WORD && end - start == keyword.length()
                && source.regionMatches(true, start, keyword, 0, keyword.length());
    }

    /** The source text of the token ({@link SqlParseException#END_OF_INPUT} at the end). */
    String text() {
        return type == TokenType.END_OF_INPUT ? SqlParseException.END_OF_INPUT : source.substring(start, end);
    }

    @Override
    public String toString() {
        return type + " '" + text() + "' at " + line + ":" + column;
    }
}
