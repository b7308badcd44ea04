package dev.floe.sql;

import dev.floe.sql.tree.Statement;

import java.util.Objects;

/**
 * One statement of a script: its tree, its text exactly as written (without the terminating
 * semicolon) and the 1-based line where it starts.
 */
public record ParsedStatement(Statement statement, String sourceText, int line) {
    public ParsedStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(sourceText, "sourceText");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, got " + line);
        }
    }
}
