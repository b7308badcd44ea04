package dev.floe.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, Snowflake's way: unquoted identifiers of letters, digits, '_'
 * and '$'; "quoted" identifiers with "" for a quote; 'strings' with '' and backslash escapes;
 * $$dollar-quoted$$ strings taken verbatim; numbers with optional fraction and exponent;
 * comments {@code --}, {@code //} and {@code /* ... *}{@code /}. The list ends with an
 * END_OF_INPUT token.
 */
final class Lexer {
    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int lineStart;

    private Lexer(String sql) {
        this.sql = sql;
    }

    static List<Token> tokenize(String sql) {
        Lexer lexer = new Lexer(sql);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipWhitespaceAndComments();
            if (offset >= sql.length()) {
                tokens.add(token(TokenType.END_OF_INPUT, offset, offset, line, offset - lineStart, null));
                return;
            }
            lexToken();
        }
    }

    private void lexToken() {
        int start = offset;
        int column = offset - lineStart;
        char c = sql.charAt(offset);
        if (Character.isLetter(c) || c == '_') {
            word(start, column);
        } else if (isDigit(c) || (c == '.' && isDigit(charAt(offset + 1)))) {
            number(start, column);
        } else if (c == '\'') {
            quotedString(start, column);
        } else if (c == '"') {
            quotedIdentifier(start, column);
        } else if (c == '$') {
            dollar(start, column);
        } else {
            symbol(start, column, c);
        }
    }

    private void word(int start, int column) {
        offset++;
        while (offset < sql.length()) {
            char c = sql.charAt(offset);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
                break;
            }
            offset++;
        }
        boolean reserved = ReservedWords.contains(sql, start, offset);
        tokens.add(new Token(sql, TokenType.WORD, start, offset, line, column, null, reserved));
    }

    private void number(int start, int column) {
        skipDigits();
        if (charAt(offset) == '.') {
            offset++;
            skipDigits();
        }
        char e = charAt(offset);
        if (e == 'e' || e == 'E') {
            int exponent = offset + 1;
            if (charAt(exponent) == '+' || charAt(exponent) == '-') {
                exponent++;
            }
            if (isDigit(charAt(exponent))) {
                offset = exponent;
                skipDigits();
            }
        }
        tokens.add(token(TokenType.NUMBER, start, offset, line, column, null));
    }

    private void quotedString(int start, int column) {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        offset++;
        while (true) {
            if (offset >= sql.length()) {
                throw SqlParseException.invalid(startLine, column, sql.substring(start), "unterminated string literal");
            }
            char c = sql.charAt(offset++);
            if (c == '\'') {
                if (charAt(offset) != '\'') {
                    break;
                }
                offset++;
                value.append('\'');
            } else if (c == '\\' && offset < sql.length()) {
                escape(value);
            } else {
                if (c == '\n') {
                    newLine(offset);
                }
                value.append(c);
            }
        }
        tokens.add(token(TokenType.STRING, start, offset, startLine, column, value.toString()));
    }

    /** The character after a backslash; anything not listed stands for itself, as in Snowflake. */
    private void escape(StringBuilder value) {
        char c = sql.charAt(offset++);
        switch (c) {
            case 'n': value.append('\n'); break;
            case 't': value.append('\t'); break;
            case 'r': value.append('\r'); break;
            case 'b': value.append('\b'); break;
            case 'f': value.append('\f'); break;
            case '0': value.append('\0'); break;
            case 'x': value.append(hexCharacter(2)); break;
            case 'u': value.append(hexCharacter(4)); break;
            case '\n':
                newLine(offset);
                value.append(c);
                break;
            default: value.append(c);
        }
    }

    private char hexCharacter(int digits) {
        int escapeColumn = offset - 2 - lineStart;
        int code = 0;
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(charAt(offset), 16);
            if (digit < 0) {
                throw SqlParseException.invalid(line, escapeColumn, sql.substring(offset - 2 - i, offset + 1),
                        "invalid escape sequence");
            }
            code = code * 16 + digit;
            offset++;
        }
        return (char) code;
    }

    private void quotedIdentifier(int start, int column) {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        offset++;
        while (true) {
            if (offset >= sql.length()) {
                throw SqlParseException.invalid(startLine, column, sql.substring(start), "unterminated quoted identifier");
            }
            char c = sql.charAt(offset++);
            if (c == '"') {
                if (charAt(offset) != '"') {
                    break;
                }
                offset++;
            } else if (c == '\n') {
                newLine(offset);
            }
            value.append(c);
        }
        if (value.length() == 0) {
            throw SqlParseException.invalid(startLine, column, "\"\"", "empty quoted identifier");
        }
        tokens.add(token(TokenType.QUOTED_IDENTIFIER, start, offset, startLine, column, value.toString()));
    }

    /** {@code $$text$$} or {@code $1}. */
    private void dollar(int start, int column) {
        if (charAt(offset + 1) == '$') {
            int startLine = line;
            int close = sql.indexOf("$$", offset + 2);
            if (close < 0) {
                throw SqlParseException.invalid(startLine, column, sql.substring(start), "unterminated $$ string");
            }
            for (int i = offset + 2; i < close; i++) {
                if (sql.charAt(i) == '\n') {
                    newLine(i + 1);
                }
            }
            offset = close + 2;
            tokens.add(token(TokenType.STRING, start, offset, startLine, column, sql.substring(start + 2, close)));
        } else if (isDigit(charAt(offset + 1))) {
            offset++;
            skipDigits();
            tokens.add(token(TokenType.POSITIONAL, start, offset, line, column, null));
        } else {
            throw SqlParseException.unexpected(line, column, "$", "$$ or $ and a column number");
        }
    }

    private void symbol(int start, int column, char c) {
        char next = charAt(offset + 1);
        TokenType type;
        switch (c) {
            case '(': type = TokenType.LEFT_PAREN; break;
            case ')': type = TokenType.RIGHT_PAREN; break;
            case '[': type = TokenType.LEFT_BRACKET; break;
            case ']': type = TokenType.RIGHT_BRACKET; break;
            case ',': type = TokenType.COMMA; break;
            case ';': type = TokenType.SEMICOLON; break;
            case '.': type = TokenType.DOT; break;
            case '+': type = TokenType.PLUS; break;
            case '-': type = TokenType.MINUS; break;
            case '*': type = TokenType.STAR; break;
            case '/': type = TokenType.SLASH; break;
            case '%': type = TokenType.PERCENT; break;
            case '?': type = TokenType.QUESTION_MARK; break;
            case ':':
                type = next == ':' ? TokenType.DOUBLE_COLON : TokenType.COLON;
                break;
            case '=':
                type = next == '>' ? TokenType.ARROW : TokenType.EQUAL;
                break;
            case '<':
                type = next == '=' ? TokenType.LESS_OR_EQUAL : next == '>' ? TokenType.NOT_EQUAL : TokenType.LESS;
                break;
            case '>':
                type = next == '=' ? TokenType.GREATER_OR_EQUAL : TokenType.GREATER;
                break;
            case '|':
                if (next != '|') {
                    throw SqlParseException.unexpected(line, column, "|", "||");
                }
                type = TokenType.CONCAT;
                break;
            case '!':
                if (next != '=') {
                    throw SqlParseException.unexpected(line, column, "!", "!=");
                }
                type = TokenType.NOT_EQUAL;
                break;
            default:
                throw SqlParseException.unexpected(line, column, String.valueOf(c), "a token");
        }
        offset += type.symbol().length();
        tokens.add(token(type, start, offset, line, column, null));
    }

    private void skipWhitespaceAndComments() {
        while (offset < sql.length()) {
            char c = sql.charAt(offset);
            char next = charAt(offset + 1);
            if (c == '\n') {
                offset++;
                newLine(offset);
            } else if (Character.isWhitespace(c)) {
                offset++;
            } else if ((c == '-' && next == '-') || (c == '/' && next == '/')) {
                while (offset < sql.length() && sql.charAt(offset) != '\n') {
                    offset++;
                }
            } else if (c == '/' && next == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        int startLine = line;
        int column = offset - lineStart;
        int close = sql.indexOf("*/", offset + 2);
        if (close < 0) {
            throw SqlParseException.invalid(startLine, column, "/*", "unterminated comment");
        }
        for (int i = offset + 2; i < close; i++) {
            if (sql.charAt(i) == '\n') {
                newLine(i + 1);
            }
        }
        offset = close + 2;
    }

    private void newLine(int nextLineStart) {
        line++;
        lineStart = nextLineStart;
    }

    private void skipDigits() {
        while (isDigit(charAt(offset))) {
            offset++;
        }
    }

    private char charAt(int index) {
        return index < sql.length() ? sql.charAt(index) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token token(TokenType type, int start, int end, int tokenLine, int column, String value) {
        return new Token(sql, type, start, end, tokenLine, column, value, false);
    }
}
