package dev.floe.types.variant;

/** The scalar casts of a VARIANT path an engine may serve from a shredded sub-column. */
public enum ScalarCast {
    /** {@code ::STRING} / {@code ::VARCHAR}. */
    STRING,
    /** {@code ::INTEGER} / {@code ::NUMBER} with scale 0. */
    INTEGER,
    /** {@code ::FLOAT} / {@code ::DOUBLE}. */
    FLOAT,
    /** {@code ::BOOLEAN}. */
    BOOLEAN
}
