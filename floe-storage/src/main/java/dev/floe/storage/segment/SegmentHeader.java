package dev.floe.storage.segment;

import dev.floe.storage.TableSchema;
import java.util.Map;

/**
 * What a segment file says about itself (§11: self-describing): its id, row count and block size,
 * the commits and table rows it holds, when it was written, the schema and cluster key its
 * columns follow, and the channel offset tokens as of its last commit.
 */
public record SegmentHeader(long id, int rowCount, int blockRows, long firstRow, long minCommitSeq, long maxCommitSeq,
                            long createdMillis, TableSchema schema, Map<String, String> offsetTokens) {

    public int blockCount() {
        return (rowCount + blockRows - 1) / blockRows;
    }
}
