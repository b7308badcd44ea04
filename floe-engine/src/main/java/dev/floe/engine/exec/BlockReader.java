package dev.floe.engine.exec;

import dev.floe.engine.expr.Casts;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Values;
import dev.floe.engine.plan.PathColumn;
import dev.floe.storage.SegmentView;
import dev.floe.storage.ShreddedColumn;
import dev.floe.types.SqlType;
import dev.floe.types.variant.ScalarCast;
import dev.floe.types.variant.ShreddedKind;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.VariantVector;
import java.util.List;

/**
 * Decodes the chosen columns of one block of a segment into a batch. VARIANT path columns come
 * from the segment's shredded sub-column when it has one that serves the cast, and are extracted
 * from the VARIANT values otherwise. The batch's vectors are reused by the next read.
 */
final class BlockReader {
    private final int[] columns;
    private final List<PathColumn> paths;
    private final List<SqlType> types;
    private final ScanStats stats;
    private final EvalContext ctx;
    private final ColumnVector[] vectors;

    BlockReader(int[] columns, List<PathColumn> paths, List<SqlType> types, ScanStats stats, EvalContext ctx) {
        this.columns = columns.clone();
        this.paths = List.copyOf(paths);
        this.types = List.copyOf(types);
        this.stats = stats;
        this.ctx = ctx;
        this.vectors = new ColumnVector[columns.length + paths.size()];
    }

    ColumnBatch read(SegmentView segment, int block) {
        ctx.checkInterrupted();
        int rows = segment.blockRowCount(block);
        stats.blocksScanned.incrementAndGet();
        stats.rowsScanned.addAndGet(rows);
        for (int c = 0; c < columns.length; c++) {
            if (vectors[c] == null || vectors[c] instanceof StringVector) {
                vectors[c] = ColumnVector.allocate(types.get(c).physical(), rows);
            }
            vectors[c].ensureCapacity(rows);
            vectors[c].reset();
            segment.read(block, columns[c], vectors[c]);
        }
        for (int p = 0; p < paths.size(); p++) {
            vectors[columns.length + p] = readPath(segment, block, paths.get(p), types.get(columns.length + p), rows);
        }
        return new ColumnBatch(vectors.clone(), rows);
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
