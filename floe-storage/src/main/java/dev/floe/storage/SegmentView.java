package dev.floe.storage;

import dev.floe.types.vector.ColumnVector;

/**
 * Read access to one segment as seen by a snapshot. Rows are split into blocks of at most
 * {@link StoreOptions#blockRows()} rows, each with its own zone map per column.
 *
 * <p>Columns added after a segment was written read as NULL in it. Strings always arrive in
 * dictionary mode ({@code StringVector.ofDictionary}), one dictionary shared by all blocks of a
 * segment column; for sealed segments the dictionary is sorted ({@code String.compareTo}), so
 * code order is string order; for the open segment it is in first-seen order. Every method is
 * safe to call from many threads.
 */
public interface SegmentView {
    long id();

    boolean sealed();

    int rowCount();

    int blockCount();

    int blockStart(int block);

    int blockRowCount(int block);

    /** Statistics of a column over the whole segment. */
    ColumnStats stats(int column);

    /** The zone map of a column in one block. */
    ColumnStats blockStats(int block, int column);

    /**
     * Decodes the block's values of a column into positions {@code 0..blockRowCount(block)-1} of
     * {@code target}, which must be a vector of the column's physical type; the vector is grown
     * if needed and its null bitmap set. Throws {@link StorageCorruptException} when the bytes
     * fail their checksum.
     */
    void read(int block, int column, ColumnVector target);

    /**
     * A shredded VARIANT path of a column (path text as {@code VariantPath.parse} reads it, e.g.
     * {@code building} or {@code a.b}), or null when that path was not shredded in this segment.
     */
    ShreddedColumn shredded(int column, String path);

    /** The shredded paths of a column in this segment (empty for open segments). */
    java.util.List<ShreddedColumn> shreddedColumns(int column);
}
