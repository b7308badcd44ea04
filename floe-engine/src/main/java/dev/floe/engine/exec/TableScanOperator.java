package dev.floe.engine.exec;

import dev.floe.engine.expr.Casts;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Values;
import dev.floe.engine.plan.PathColumn;
import dev.floe.storage.SegmentView;
import dev.floe.storage.ShreddedColumn;
import dev.floe.types.variant.ScalarCast;
import dev.floe.types.variant.ShreddedKind;
import dev.floe.types.vector.VariantVector;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/**
 * Reads the chosen columns of a table snapshot block by block, skipping segments and blocks whose
 * zone maps rule out every row for the pruning ranges. Only the wanted columns are decoded.
 * VARIANT path columns come from a segment's shredded sub-column when it has one that serves the
 * cast, and are extracted from the VARIANT values otherwise.
 */
final class TableScanOperator implements Operator {
    private final List<SegmentView> segments;
    private final int[] columns;
    private final List<SqlType> types;
    private final List<PathColumn> paths;
    private final List<ColumnRange> ranges;
    private final ScanStats stats;
    private final EvalContext ctx;
    private final ColumnVector[] vectors;
    private int segmentIndex = -1;
    private int block;
    private SegmentView segment;

    TableScanOperator(List<SegmentView> segments, int[] columns, List<PathColumn> paths, List<SqlType> types,
                      List<ColumnRange> ranges, ScanStats stats, EvalContext ctx) {
        this.segments = segments;
        this.columns = columns.clone();
        this.paths = List.copyOf(paths);
        this.types = List.copyOf(types);
        this.ranges = List.copyOf(ranges);
        this.stats = stats;
        this.ctx = ctx;
        this.vectors = new ColumnVector[columns.length + paths.size()];
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
            for (int p = 0; p < paths.size(); p++) {
                vectors[columns.length + p] = readPath(segment, b, paths.get(p), types.get(columns.length + p), rows);
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

    private ColumnVector readPath(SegmentView s, int block, PathColumn path, SqlType type, int rows) {
        ShreddedColumn shredded = s.shredded(path.tableColumn(), path.path().toString());
        ColumnVector out = ColumnVector.allocate(type.physical(), rows);
        if (shredded != null && shredded.servesCast(path.cast()) && holdsExactly(shredded.kind(), path.cast())) {
            shredded.read(block, out);
            return out;
        }
        VariantVector variants = new VariantVector(rows);
        s.read(block, path.tableColumn(), variants);
        for (int i = 0; i < rows; i++) {
            byte[] v = variants.isNull(i) ? null : path.path().extract(variants.values[i]);
            Values.set(out, i, v == null ? null : Casts.cast(v, SqlType.VARIANT, type, ctx.timeZone()));
        }
        return out;
    }

    /** Whether a sub-column of this kind holds the cast's values as they are (no conversion per row). */
    private static boolean holdsExactly(ShreddedKind kind, ScalarCast cast) {
        switch (cast) {
            case STRING: return kind == ShreddedKind.STRING;
            case INTEGER: return kind == ShreddedKind.LONG;
            case FLOAT: return kind == ShreddedKind.DOUBLE;
            default: return kind == ShreddedKind.BOOLEAN;
        }
    }
}
