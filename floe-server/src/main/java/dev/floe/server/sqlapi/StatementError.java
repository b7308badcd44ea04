package dev.floe.server.sqlapi;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;

/**
 * Why a statement failed, as the SQL API reports it: Snowflake's six-digit code, the SQL state and
 * the message. Most come from the engine; the server adds the few errors that are its own.
 */
public record StatementError(String code, String sqlState, String message) {

    public static StatementError of(FloeException e) {
        return of(e.code(), e.getMessage());
    }

    public static StatementError of(ErrorCode code, String message) {
        return new StatementError(String.format("%06d", code.snowflakeCode()), code.sqlState(), message);
    }

    /** Snowflake's error for a text holding more or fewer statements than MULTI_STATEMENT_COUNT announced. */
    static StatementError statementCountMismatch(int actual, int expected) {
        return new StatementError("000008", "0A000", "Actual statement count " + actual
                + " did not match the desired statement count " + expected + ".");
    }

    /** Floe's error for a result over limits.result.rows (SQL state 54000: a program limit was exceeded). */
    static StatementError resultTooLarge(int rows, long limit) {
        return new StatementError("000005", "54000", "The result has " + rows + " rows, more than this server returns ("
                + limit + ", limits.result.rows); add a LIMIT or a more selective WHERE clause.");
    }

    /** A statement after a failed one in a multi-statement request, or one cancelled before it started. */
    static StatementError notExecuted(String reason) {
        return of(ErrorCode.CANCELLED, "Statement not executed: " + reason + ".");
    }

    boolean cancellation() {
        return sqlState.equals(ErrorCode.CANCELLED.sqlState());
    }
}
