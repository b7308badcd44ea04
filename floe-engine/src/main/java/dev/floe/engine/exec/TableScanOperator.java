package dev.floe.engine.exec;

import dev.floe.storage.SegmentView;
import dev.floe.storage.Snapshot;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/**
 * Reads the chosen columns of a table snapshot block by block, skipping segments and blocks whose
 * zone maps rule out every row for the pruning ranges. Only the wanted columns are decoded.
 */
final class TableScanOperator implements Operator {
    private final List<SegmentView> segments;
    private final int[] columns;
    private final List<SqlType> types;
    private final List<ColumnRange> ranges;
    private final ScanStats stats;
    private final ColumnVector[] vectors;
    private int segmentIndex = -1;
    private int block;
    private SegmentView segment;

    TableScanOperator(Snapshot snapshot, int[] columns, List<SqlType> types, List<ColumnRange> ranges, ScanStats stats) {
        this(snapshot.segments(), columns, types, ranges, stats);
    }

    TableScanOperator(List<SegmentView> segments, int[] columns, List<SqlType> types, List<ColumnRange> ranges,
                      ScanStats stats) {
        this.segments = segments;
        this.columns = columns.clone();
        this.types = List.copyOf(types);
        this.ranges = List.copyOf(ranges);
        this.stats = stats;
        this.vectors = new ColumnVector[columns.length];
        stats.segmentsTotal.addAndGet(segments.size());
    }

    @Override
    public List<SqlType> types() {
        return types;
    }

    @Override
    public ColumnBatch next() {
        while (true) {
            if (segment == null || block >= segment.blockCount()) {
                if (!advanceSegment()) {
                    return null;
                }
                continue;
            }
            int b = block++;
            if (!blockMayMatch(segment, b)) {
                continue;
            }
            int rows = segment.blockRowCount(b);
            if (rows == 0) {
                continue;
            }
            stats.blocksScanned.incrementAndGet();
            stats.rowsScanned.addAndGet(rows);
            for (int c = 0; c < columns.length; c++) {
                if (vectors[c] == null || vectors[c] instanceof dev.floe.types.vector.StringVector) {
                    vectors[c] = ColumnVector.allocate(types.get(c).physical(), rows);
                }
                vectors[c].ensureCapacity(rows);
                vectors[c].reset();
                segment.read(b, columns[c], vectors[c]);
            }
            return new ColumnBatch(vectors.clone(), rows);
        }
    }

    private boolean advanceSegment() {
        while (++segmentIndex < segments.size()) {
            SegmentView s = segments.get(segmentIndex);
            if (segmentMayMatch(s)) {
                stats.segmentsScanned.incrementAndGet();
                segment = s;
                block = 0;
                return true;
            }
        }
        segment = null;
        return false;
    }

    private boolean segmentMayMatch(SegmentView s) {
        if (s.rowCount() == 0) return false;
        for (ColumnRange r : ranges) {
            if (!r.mayMatch(s.stats(r.column()))) return false;
        }
        return true;
    }

    private boolean blockMayMatch(SegmentView s, int b) {
        for (ColumnRange r : ranges) {
            if (!r.mayMatch(s.blockStats(b, r.column()))) return false;
        }
        return true;
    }
}
