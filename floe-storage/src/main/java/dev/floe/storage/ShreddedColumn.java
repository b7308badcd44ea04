package dev.floe.storage;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnVector;

/** A VARIANT path stored as its own typed column in a sealed segment. */
public interface ShreddedColumn {
    SqlType type();

    ColumnStats stats();

    ColumnStats blockStats(int block);

    void read(int block, ColumnVector target);
}
