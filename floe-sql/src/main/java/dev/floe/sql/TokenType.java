package dev.floe.sql;

/** The kinds of tokens; WORD covers keywords and unquoted identifiers alike. */
enum TokenType {
    WORD(null, "a word"),
    QUOTED_IDENTIFIER(null, "a quoted identifier"),
    STRING(null, "a string"),
    NUMBER(null, "a number"),
    /** {@code $1}: a column of a pipe's source by position. */
    POSITIONAL(null, "a positional column"),
    /** {@code ?}: a bind variable. */
    QUESTION_MARK("?"),
    LEFT_PAREN("("),
    RIGHT_PAREN(")"),
    LEFT_BRACKET("["),
    RIGHT_BRACKET("]"),
    COMMA(","),
    SEMICOLON(";"),
    DOT("."),
    COLON(":"),
    DOUBLE_COLON("::"),
    ARROW("=>"),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    PERCENT("%"),
    CONCAT("||"),
    EQUAL("="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    END_OF_INPUT(null, "the end of the text");

    private final String symbol;
    private final String description;

    TokenType(String symbol) {
        this(symbol, "'" + symbol + "'");
    }

    TokenType(String symbol, String description) {
        this.symbol = symbol;
        this.description = description;
    }

    /** What the token is, for "expected" diagnostics: {@code ')'}, {@code a number}. */
    String description() {
        return description;
    }

    /** How the token is written, for "expected" diagnostics; null for tokens with variable text. */
    String symbol() {
        return symbol;
    }
}
