package dev.floe.types.variant;

import java.util.Objects;

/**
 * A path of a VARIANT column worth its own typed sub-column, found by {@link VariantShredder}.
 *
 * <p>The contract with the engine: for a row where the path occurs, the sub-column holds exactly the
 * scalar the variant holds there, and NULL where the variant is SQL NULL or the path does not occur
 * (never a JSON null: a path holding one is not shredded). So for every cast that
 * {@link #servesCast} allows, applying the matching {@link VariantCasts} scalar function to the
 * sub-column value gives exactly {@code castToX(path.locate(row))} — the same value, or the same
 * failure with the same message:
 *
 * <pre>
 * kind     ::STRING                  ::INTEGER                 ::FLOAT                     ::BOOLEAN
 * STRING   the value                 stringToLong(value)       stringToDouble(value)       stringToBoolean(value)
 * LONG     longToString(value)       the value                 longToDouble(value)         longToBoolean(value)
 * DOUBLE   doubleToString(value)*    doubleToLong(value)*      the value                   doubleToBoolean(value)*
 * BOOLEAN  booleanToString(value)    booleanToLong(value)      booleanToDouble(value)      the value
 * </pre>
 *
 * (*) only when every occurrence was a DOUBLE: a DECIMAL or a wide INTEGER stored as its nearest double
 * has lost the digits ::STRING prints and the exact value ::INTEGER rounds, so such a DOUBLE
 * sub-column serves ::FLOAT alone. Comparisons are made on the cast value and are exact likewise.
 */
public final class ShreddedPath {
    private final VariantPath path;
    private final ShreddedKind kind;
    private final boolean onlyDoubles;
    private final int occurrences;

    ShreddedPath(VariantPath path, ShreddedKind kind, boolean onlyDoubles, int occurrences) {
        this.path = Objects.requireNonNull(path);
        this.kind = Objects.requireNonNull(kind);
        this.onlyDoubles = onlyDoubles;
        this.occurrences = occurrences;
    }

    public VariantPath path() {
        return path;
    }

    public ShreddedKind kind() {
        return kind;
    }

    /** In how many of the examined rows the path occurs. */
    public int occurrences() {
        return occurrences;
    }

    /** Whether {@code path + cast} may be answered from the sub-column (see the class contract). */
    public boolean servesCast(ScalarCast cast) {
        return kind != ShreddedKind.DOUBLE || onlyDoubles || cast == ScalarCast.FLOAT;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ShreddedPath)) {
            return false;
        }
        ShreddedPath other = (ShreddedPath) o;
        return path.equals(other.path) && kind == other.kind && onlyDoubles == other.onlyDoubles
            && occurrences == other.occurrences;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, kind, onlyDoubles, occurrences);
    }

    @Override
    public String toString() {
        return path + " " + kind + (kind == ShreddedKind.DOUBLE && !onlyDoubles ? " (FLOAT only)" : "")
            + " in " + occurrences + " rows";
    }
}
