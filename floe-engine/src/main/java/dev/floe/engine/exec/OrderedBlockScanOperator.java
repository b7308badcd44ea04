package dev.floe.engine.exec;

import dev.floe.storage.ColumnStats;
import dev.floe.storage.SegmentView;
import dev.floe.types.PhysicalType;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a table's blocks best-first for a top-N on one column: ordered by the zone-map maximum
 * (for a descending sort) or minimum (ascending), so that {@code ORDER BY ts DESC LIMIT 100} finds
 * its rows in the newest blocks and can stop once no unread block can beat them
 * ({@link #nextBound}). Only used when no candidate block holds a NULL in that column.
 */
final class OrderedBlockScanOperator implements Operator {
    private record Candidate(SegmentView segment, int block, Object bound) {
    }

    private final List<Candidate> blocks;
    private final BlockReader reader;
    private final List<SqlType> types;
    private int position;

    private OrderedBlockScanOperator(List<Candidate> blocks, BlockReader reader, List<SqlType> types) {
        this.blocks = blocks;
        this.reader = reader;
        this.types = types;
    }

    /**
     * The operator, or null when the column has no usable zone maps or may hold NULLs in a
     * candidate block (then the ordinary scan is used).
     */
    static OrderedBlockScanOperator create(List<SegmentView> segments, int tableColumn, boolean descending,
                                           List<ColumnRange> ranges, BlockReader reader, List<SqlType> types,
                                           ScanStats stats) {
        stats.segmentsTotal.addAndGet(segments.size());
        List<Candidate> candidates = new ArrayList<>();
        PhysicalType type = null;
        for (SegmentView s : segments) {
            if (!TableScanOperator.segmentMayMatch(s, ranges)) continue;
            stats.segmentsScanned.incrementAndGet();
            for (int b = 0; b < s.blockCount(); b++) {
                if (s.blockRowCount(b) == 0 || !TableScanOperator.blockMayMatch(s, b, ranges)) continue;
                ColumnStats z = s.blockStats(b, tableColumn);
                if (z == null || !z.hasMinMax() || z.nullCount() > 0) return null;
                type = z.type();
                Object bound;
                if (type == PhysicalType.LONG) bound = descending ? z.maxLong() : z.minLong();
                else if (type == PhysicalType.DOUBLE) bound = descending ? z.maxDouble() : z.minDouble();
                else return null;
                candidates.add(new Candidate(s, b, bound));
            }
        }
        Comparator<Candidate> best = (x, y) -> x.bound() instanceof Long
                ? Long.compare((Long) x.bound(), (Long) y.bound())
                : Double.compare((Double) x.bound(), (Double) y.bound());
        candidates.sort(descending ? best.reversed() : best);
        return new OrderedBlockScanOperator(candidates, reader, types);
    }

    @Override
    public List<SqlType> types() {
        return types;
    }

    @Override
    public ColumnBatch next() {
        return position < blocks.size() ? readNext() : null;
    }

    private ColumnBatch readNext() {
        Candidate c = blocks.get(position++);
        return reader.read(c.segment(), c.block());
    }

    /** The best value any unread block can hold (its zone-map bound), or null when none is left. */
    Object nextBound() {
        return position < blocks.size() ? blocks.get(position).bound() : null;
    }
}
