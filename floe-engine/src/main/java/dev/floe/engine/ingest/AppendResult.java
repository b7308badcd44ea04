package dev.floe.engine.ingest;

/** The answer to an append: the token the next append must present, and how many rows were kept and rejected. */
public record AppendResult(String nextContinuationToken, int rowsAccepted, int rowsRejected) {
}
