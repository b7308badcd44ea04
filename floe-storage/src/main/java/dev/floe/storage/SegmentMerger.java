package dev.floe.storage;

import dev.floe.storage.column.MemColumn;
import dev.floe.storage.segment.SealedSegment;
import dev.floe.storage.segment.SegmentHeader;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/**
 * Compaction's input side: decodes adjacent sealed segments block by block into in-memory
 * columns (strings stay dictionary-coded: each segment's dictionary is interned once), under the
 * newest segment's schema; the segment writer then re-sorts and re-encodes them.
 */
final class SegmentMerger {
    private SegmentMerger() {
    }

    static SegmentHeader header(List<SealedSegment> inputs, long id, int blockRows) {
        SegmentHeader first = inputs.get(0).header();
        SegmentHeader last = inputs.get(inputs.size() - 1).header();
        long rows = 0;
        for (SealedSegment segment : inputs) {
            rows += segment.rowCount();
        }
        return new SegmentHeader(id, Math.toIntExact(rows), blockRows, first.firstRow(), first.minCommitSeq(),
                last.maxCommitSeq(), System.currentTimeMillis(), last.schema(), last.offsetTokens());
    }

    static MemColumn[] mergeColumns(List<SealedSegment> inputs, int blockRows) {
        TableSchema schema = inputs.get(inputs.size() - 1).header().schema();
        MemColumn[] columns = new MemColumn[schema.columnCount()];
        ColumnVector[] vectors = new ColumnVector[columns.length];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = MemColumn.create(schema.physicalType(c));
            vectors[c] = ColumnVector.allocate(schema.physicalType(c), blockRows);
        }
        for (SealedSegment segment : inputs) {
            for (int block = 0; block < segment.blockCount(); block++) {
                int count = segment.blockRowCount(block);
                for (int c = 0; c < columns.length; c++) {
                    segment.read(block, c, vectors[c]);
                    columns[c].append(vectors[c], count);
                }
            }
        }
        MemColumn[] captured = new MemColumn[columns.length];
        for (int c = 0; c < columns.length; c++) {
            captured[c] = columns[c].capture();
        }
        return captured;
    }
}
