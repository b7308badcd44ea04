package dev.floe.engine.exec;

import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.plan.PathColumn;
import dev.floe.storage.SegmentView;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import java.util.List;

/**
 * Reads the chosen columns of a table snapshot block by block in storage order, skipping segments
 * and blocks whose zone maps rule out every row for the pruning ranges.
 */
final class TableScanOperator implements Operator {
    private final List<SegmentView> segments;
    private final List<SqlType> types;
    private final List<ColumnRange> ranges;
    private final ScanStats stats;
    private final BlockReader reader;
    private int segmentIndex = -1;
    private int block;
    private SegmentView segment;

    TableScanOperator(List<SegmentView> segments, int[] columns, List<PathColumn> paths, List<SqlType> types,
                      List<ColumnRange> ranges, ScanStats stats, EvalContext ctx) {
        this.segments = segments;
        this.types = List.copyOf(types);
        this.ranges = List.copyOf(ranges);
        this.stats = stats;
        this.reader = new BlockReader(columns, paths, types, stats, ctx);
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
            if (!blockMayMatch(segment, b, ranges)) {
                continue;
            }
            int rows = segment.blockRowCount(b);
            if (rows == 0) {
                continue;
            }
            return reader.read(segment, b);
        }
    }

    private boolean advanceSegment() {
        while (++segmentIndex < segments.size()) {
            SegmentView s = segments.get(segmentIndex);
            if (segmentMayMatch(s, ranges)) {
                stats.segmentsScanned.incrementAndGet();
                segment = s;
                block = 0;
                return true;
            }
        }
        segment = null;
        return false;
    }

    static boolean segmentMayMatch(SegmentView s, List<ColumnRange> ranges) {
        if (s.rowCount() == 0) return false;
        for (ColumnRange r : ranges) {
            if (!r.mayMatch(s.stats(r.column()))) return false;
        }
        return true;
    }

    static boolean blockMayMatch(SegmentView s, int b, List<ColumnRange> ranges) {
        for (ColumnRange r : ranges) {
            if (!r.mayMatch(s.blockStats(b, r.column()))) return false;
        }
        return true;
    }
}
