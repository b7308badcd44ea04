package dev.floe.storage;

import dev.floe.storage.segment.SealedSegment;
import java.util.List;

/**
 * Chooses what to compact: the first run of adjacent small segments (each under half the target
 * size) that together stay within the target and number at least the minimum. Merging only
 * adjacent segments keeps segments in commit order.
 */
final class CompactionPolicy {
    private CompactionPolicy() {
    }

    /** {from, to} (exclusive) of the run to merge, or null. */
    static int[] pickRun(List<SealedSegment> segments, int minSegments, long targetRows) {
        for (int from = 0; from < segments.size(); from++) {
            long rows = 0;
            int to = from;
            while (to < segments.size()
                    && segments.get(to).rowCount() < targetRows / 2
                    && rows + segments.get(to).rowCount() <= targetRows) {
                rows += segments.get(to).rowCount();
                to++;
            }
            if (to - from >= minSegments) {
                return new int[] {from, to};
            }
        }
        return null;
    }
}
