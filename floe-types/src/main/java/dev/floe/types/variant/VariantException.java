package dev.floe.types.variant;

/**
 * A VARIANT operation failed on its input: malformed JSON, a malformed path, a cast the value cannot
 * take, or a duplicate key. The message is the one Snowflake gives for the same failure where known.
 */
public final class VariantException extends RuntimeException {
    public VariantException(String message) {
        super(message);
    }
}
