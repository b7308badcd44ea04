package dev.floe.sql;

/** The kinds of tokens; WORD covers keywords and unquoted identifiers alike. */
enum TokenType {
    WORD,
    QUOTED_IDENTIFIER,
    STRING,
    NUMBER,
    /** {@code $1}: a column of a pipe's source by position. */
    POSITIONAL,
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
    END_OF_INPUT;

    private final String symbol;

    TokenType() {
        this(null);
    }

    TokenType(String symbol) {
        this.symbol = symbol;
    }

    /** How the token is written, for "expected" diagnostics; null for tokens with variable text. */
    String symbol() {
        return symbol;
    }
}
