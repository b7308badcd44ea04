package dev.floe.cli;

import dev.floe.engine.FloeException;
import java.io.PrintWriter;

/**
 * Writes failures to the error stream as {@code where: Error 002003 (02000): message}, where
 * {@code where} is {@code source:line} (the line the statement starts on) or, for syntax errors,
 * {@code source:line:column} (1-based column of the offending token). The message is the
 * engine's, in Snowflake's wording.
 */
final class ErrorReporter {
    private final PrintWriter err;

    ErrorReporter(PrintWriter err) {
        this.err = err;
    }

    void statementFailed(String source, int line, FloeException e) {
        print(source + ":" + line, e);
    }

    void syntaxError(String source, FloeException e) {
        print(source + ":" + e.line() + ":" + (e.column() + 1), e);
    }

    void failed(String source, String problem) {
        err.println(source + ": Error: " + problem);
        err.flush();
    }

    private void print(String where, FloeException e) {
        err.println(where + ": Error " + String.format("%06d", e.code().snowflakeCode()) + " (" + e.code().sqlState() + "): "
                + e.getMessage());
        err.flush();
    }
}
