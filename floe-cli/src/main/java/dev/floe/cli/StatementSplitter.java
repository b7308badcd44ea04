package dev.floe.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a script into statements at the semicolons that end them, before the parser sees them,
 * so that a script runs one statement at a time (statements before a syntax error still run)
 * and standard input runs each statement as soon as its {@code ;} arrives.
 *
 * <p>A semicolon ends a statement unless it lies in a {@code 'string'} (with {@code ''} and
 * backslash escapes), a {@code "quoted identifier"}, a {@code $$dollar string$$} or a comment
 * ({@code --}, {@code //}, {@code /* *}{@code /}): the same rules as Floe's lexer, which then
 * parses each piece. Text may be fed in parts of any size; state carries over between them.
 */
final class StatementSplitter {
    private enum State {
        CODE, DASH, SLASH, DOLLAR, LINE_COMMENT, BLOCK_COMMENT, BLOCK_COMMENT_STAR,
        STRING, STRING_ESCAPE, STRING_QUOTE, IDENTIFIER, IDENTIFIER_QUOTE, DOLLAR_STRING, DOLLAR_STRING_DOLLAR
    }

    private final StringBuilder pending = new StringBuilder();
    private State state = State.CODE;
    /** The previous character of code belongs to a word, so a '$' continues it (as in {@code a$$b}). */
    private boolean inWord;
    private int line = 1;
    private int column;
    private int pendingLine = 1;
    private int pendingColumn;

    /** Consumes {@code text} and returns the statements it completed, in order. */
    List<ScriptPiece> feed(CharSequence text) {
        List<ScriptPiece> completed = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (accept(c)) {
                completed.add(new ScriptPiece(pending.toString(), pendingLine, pendingColumn));
                pending.setLength(0);
                pendingLine = line;
                pendingColumn = column + 1;
            } else {
                pending.append(c);
            }
            advancePosition(c);
        }
        return completed;
    }

    /** The text after the last statement terminator: the final statement if it has no {@code ;}, possibly blank. */
    ScriptPiece finish() {
        ScriptPiece rest = new ScriptPiece(pending.toString(), pendingLine, pendingColumn);
        pending.setLength(0);
        pendingLine = line;
        pendingColumn = column;
        state = State.CODE;
        inWord = false;
        return rest;
    }

    private void advancePosition(char c) {
        if (c == '\n') {
            line++;
            column = 0;
        } else {
            column++;
        }
    }

    /** Moves the state machine over {@code c}; true when {@code c} is a statement-ending semicolon. */
    private boolean accept(char c) {
        switch (state) {
            case DASH:
                state = c == '-' ? State.LINE_COMMENT : State.CODE;
                return state == State.CODE && code(c);
            case SLASH:
                if (c == '/') {
                    state = State.LINE_COMMENT;
                } else if (c == '*') {
                    state = State.BLOCK_COMMENT;
                } else {
                    state = State.CODE;
                    return code(c);
                }
                return false;
            case DOLLAR:
                state = c == '$' ? State.DOLLAR_STRING : State.CODE;
                return state == State.CODE && code(c);
            case LINE_COMMENT:
                if (c == '\n') state = State.CODE;
                return false;
            case BLOCK_COMMENT:
                if (c == '*') state = State.BLOCK_COMMENT_STAR;
                return false;
            case BLOCK_COMMENT_STAR:
                state = c == '/' ? State.CODE : c == '*' ? State.BLOCK_COMMENT_STAR : State.BLOCK_COMMENT;
                return false;
            case STRING:
                if (c == '\'') state = State.STRING_QUOTE;
                else if (c == '\\') state = State.STRING_ESCAPE;
                return false;
            case STRING_ESCAPE:
                state = State.STRING;
                return false;
            case STRING_QUOTE:
                // '' inside a string is a quote; anything else means the string ended.
                if (c == '\'') {
                    state = State.STRING;
                    return false;
                }
                state = State.CODE;
                return code(c);
            case IDENTIFIER:
                if (c == '"') state = State.IDENTIFIER_QUOTE;
                return false;
            case IDENTIFIER_QUOTE:
                if (c == '"') {
                    state = State.IDENTIFIER;
                    return false;
                }
                state = State.CODE;
                return code(c);
            case DOLLAR_STRING:
                if (c == '$') state = State.DOLLAR_STRING_DOLLAR;
                return false;
            case DOLLAR_STRING_DOLLAR:
                state = c == '$' ? State.CODE : State.DOLLAR_STRING;
                return false;
            default:
                return code(c);
        }
    }

    private boolean code(char c) {
        boolean wordBefore = inWord;
        inWord = Character.isLetter(c) || c == '_' || (wordBefore && (Character.isDigit(c) || c == '$'));
        if (wordBefore && inWord) {
            return false;
        }
        switch (c) {
            case ';': return true;
            case '\'': state = State.STRING; break;
            case '"': state = State.IDENTIFIER; break;
            case '-': state = State.DASH; break;
            case '/': state = State.SLASH; break;
            case '$': state = State.DOLLAR; break;
            default: break;
        }
        return false;
    }
}
