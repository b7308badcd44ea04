package dev.floe.cli;

import dev.floe.engine.StatementResult;

/** Writes statement results to the output in one of the formats of {@code floe sql --format}. */
interface ResultPrinter {
    /** Prints one statement's result; {@code elapsedNanos} is how long the statement took. */
    void print(StatementResult result, long elapsedNanos);
}
