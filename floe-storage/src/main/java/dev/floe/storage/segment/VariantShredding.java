package dev.floe.storage.segment;

import dev.floe.storage.column.MemColumn;
import dev.floe.storage.column.VariantColumn;
import dev.floe.types.variant.ShreddedPath;
import dev.floe.types.variant.VariantShredder;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.VariantVector;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seal-time shredding of a VARIANT column: paths found on the column's distinct values (its
 * dictionary: sensor objects repeat, so this parses each distinct object once rather than every
 * row) are extracted once per distinct value and spread to the rows through their codes, in the
 * segment's row order. A path qualifies when it occurs in at least half of the distinct values.
 */
final class VariantShredding {
    static final double MIN_FRACTION = 0.5;
    private static final Logger LOG = Logger.getLogger(VariantShredding.class.getName());

    /** One shredded path of one column, its values captured in segment row order. */
    record SubColumn(int column, ShreddedPath path, MemColumn values) {
    }

    private VariantShredding() {
    }

    static List<SubColumn> shred(int column, VariantColumn variants, int[] order, int rowCount, int blockRows) {
        byte[][] distinct = variants.dictionary();
        if (distinct.length == 0) {
            return List.of();
        }
        VariantVector values = new VariantVector(0);
        values.values = distinct;
        List<SubColumn> result = new ArrayList<>();
        try {
            for (ShreddedPath path : VariantShredder.findPaths(values, distinct.length, MIN_FRACTION)) {
                ColumnVector extracted = VariantShredder.extract(values, distinct.length, path);
                result.add(new SubColumn(column, path, spread(variants, extracted, order, rowCount, blockRows)));
            }
        } catch (RuntimeException e) {
            // Malformed binary: leave the column unshredded; readers then parse the variants themselves.
            LOG.log(Level.WARNING, "VARIANT column " + column + " not shredded", e);
            return List.of();
        }
        return result;
    }

    /** Per row (in segment order): the extracted value of the row's distinct variant, or NULL. */
    private static MemColumn spread(VariantColumn variants, ColumnVector extracted, int[] order, int rowCount, int blockRows) {
        MemColumn sub = MemColumn.create(extracted.type());
        ColumnVector block = ColumnVector.allocate(extracted.type(), blockRows);
        int[] codes = new int[blockRows];
        for (int from = 0; from < rowCount; from += blockRows) {
            int count = Math.min(blockRows, rowCount - from);
            variants.gatherCodes(order, from, count, codes);
            block.reset();
            for (int i = 0; i < count; i++) {
                if (variants.isNull(order == null ? from + i : order[from + i])) {
                    block.setNull(i);
                } else {
                    block.copyFrom(extracted, codes[i], i);
                }
            }
            sub.append(block, count);
        }
        return sub.capture();
    }
}
