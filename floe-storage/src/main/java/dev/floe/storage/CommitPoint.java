package dev.floe.storage;

import dev.floe.storage.segment.OpenSegmentView;
import java.util.Map;

/** What becomes visible when a commit is durable: the open segment's rows and tokens as of it. */
record CommitPoint(long seq, long millis, OpenSegmentView open, Map<String, String> tokens, TableSchema schema) {
}
