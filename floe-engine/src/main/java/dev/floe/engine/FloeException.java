package dev.floe.engine;

/** The one exception type the engine throws to its callers: a code, a message, and for syntax errors a position. */
public class FloeException extends RuntimeException {
    private final ErrorCode code;
    private final int line;
    private final int column;

    public FloeException(ErrorCode code, String message) {
        this(code, message, -1, -1, null);
    }

    public FloeException(ErrorCode code, String message, Throwable cause) {
        this(code, message, -1, -1, cause);
    }

    public FloeException(ErrorCode code, String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.line = line;
        this.column = column;
    }

    public ErrorCode code() {
        return code;
    }

    /** 1-based line of a syntax error, or -1. */
    public int line() {
        return line;
    }

    /** 0-based position in the line of a syntax error (as Snowflake counts), or -1. */
    public int column() {
        return column;
    }

    public static FloeException notFound(String kind, String name) {
        return new FloeException(ErrorCode.OBJECT_NOT_FOUND,
                "SQL compilation error:\n" + kind + " '" + name + "' does not exist or not authorized.");
    }

    public static FloeException alreadyExists(String kind, String name) {
        return new FloeException(ErrorCode.OBJECT_ALREADY_EXISTS,
                "SQL compilation error:\nObject '" + name + "' already exists.");
    }

    public static FloeException compilation(ErrorCode code, String message) {
        return new FloeException(code, "SQL compilation error:\n" + message);
    }
}
