package dev.floe.types;

/**
 * How values of a SQL type are held in column vectors and segment files.
 *
 * <ul>
 *   <li>{@link #LONG}: NUMBER(p,s) as the unscaled value, DATE as days since 1970-01-01,
 *       TIME as nanoseconds of the day, TIMESTAMP_NTZ as nanoseconds since 1970-01-01 00:00 of
 *       the wall clock, TIMESTAMP_LTZ as nanoseconds since the epoch (an instant).</li>
 *   <li>{@link #TIMESTAMP_TZ}: an instant in epoch nanoseconds plus the offset in minutes.</li>
 *   <li>{@link #VARIANT}: VARIANT, OBJECT and ARRAY in the binary form of
 *       {@code dev.floe.types.variant}.</li>
 * </ul>
 */
public enum PhysicalType {
    BOOLEAN,
    LONG,
    DOUBLE,
    STRING,
    VARIANT,
    TIMESTAMP_TZ
}
