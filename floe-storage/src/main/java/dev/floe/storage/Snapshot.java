package dev.floe.storage;

import java.util.List;
import java.util.Map;

/**
 * A consistent, immutable view of a table as of one commit: every committed append up to it is
 * fully visible, nothing after it is. Taking one copies no data; holding one keeps its segments
 * readable even after compaction or retention replaced them.
 */
public interface Snapshot {
    TableSchema schema();

    long rowCount();

    /** The sequence number of the last commit this snapshot contains (0 for an empty table). */
    long commitSeq();

    /** Channel name to offset token, as of this snapshot's last commit. */
    Map<String, String> offsetTokens();

    /** Segments in commit order; the last one is usually the open segment's committed prefix. */
    List<SegmentView> segments();
}
