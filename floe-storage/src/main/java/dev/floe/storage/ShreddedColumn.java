package dev.floe.storage;

import dev.floe.types.SqlType;
import dev.floe.types.variant.ScalarCast;
import dev.floe.types.variant.ShreddedKind;
import dev.floe.types.variant.VariantPath;
import dev.floe.types.vector.ColumnVector;

/**
 * A VARIANT path stored as its own typed column in a sealed segment (found at seal time by
 * {@code VariantShredder}). Per row it holds exactly the scalar the variant holds at the path, and
 * NULL where the variant is NULL or lacks the path; see {@code dev.floe.types.variant.ShreddedPath}
 * for which casts it may answer. STRING sub-columns read in dictionary mode like any sealed string.
 */
public interface ShreddedColumn {
    VariantPath path();

    ShreddedKind kind();

    /** VARCHAR, NUMBER(38,0), FLOAT or BOOLEAN, by {@link #kind()}. */
    SqlType type();

    /** Whether {@code path::cast} may be answered from this sub-column. */
    boolean servesCast(ScalarCast cast);

    ColumnStats stats();

    ColumnStats blockStats(int block);

    void read(int block, ColumnVector target);
}
