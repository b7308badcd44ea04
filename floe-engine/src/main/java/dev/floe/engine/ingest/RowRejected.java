package dev.floe.engine.ingest;

/**
 * Why one row of an append cannot be stored (a column's value does not convert, a field names no
 * column, ...). Thrown inside the decoder and turned into the channel's per-row error; cheap, as
 * it carries no stack trace.
 */
final class RowRejected extends Exception {
    RowRejected(String message) {
        super(message, null, false, false);
    }
}
