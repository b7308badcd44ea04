package dev.floe.sql.tree;

/**
 * Where a node starts in the SQL text: a 1-based line and a 0-based column (the character
 * offset within the line), the convention of Snowflake's "syntax error line L at position P".
 *
 * <p>A position says where a node was written, not what it is, so it is deliberately neutral
 * in equality: every position equals every other. That makes node equality structural
 * ({@code a + 1} in the SELECT list equals {@code a + 1} in GROUP BY) while nodes remain
 * plain records. Compare {@link #line()} and {@link #column()} to compare places.
 */
public final class SourcePosition {
    private final int line;
    private final int column;

    public SourcePosition(int line, int column) {
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("invalid source position line " + line + " column " + column);
        }
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourcePosition;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
