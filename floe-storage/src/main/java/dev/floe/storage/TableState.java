package dev.floe.storage;

import dev.floe.storage.segment.OpenSegmentView;
import dev.floe.storage.segment.SealedSegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One published version of a table: the sealed segments, the in-memory segment being sealed (if
 * any), the committed prefix of the open segment, and the commit they add up to. Immutable; the
 * store swaps a single volatile reference to publish a new one, and it is itself the
 * {@link Snapshot} readers get.
 */
final class TableState implements Snapshot {
    final TableSchema schema;
    final List<SealedSegment> sealed;
    final long sealedRows;
    final OpenSegmentView frozen;
    final OpenSegmentView open;
    final long commitSeq;
    final long lastCommitMillis;
    final Map<String, String> tokens;
    private volatile List<SegmentView> segments;

    TableState(TableSchema schema, List<SealedSegment> sealed, OpenSegmentView frozen, OpenSegmentView open,
               long commitSeq, long lastCommitMillis, Map<String, String> tokens) {
        this.schema = schema;
        this.sealed = sealed;
        long rows = 0;
        for (SealedSegment segment : sealed) {
            rows += segment.rowCount();
        }
        this.sealedRows = rows;
        this.frozen = frozen;
        this.open = open;
        this.commitSeq = commitSeq;
        this.lastCommitMillis = lastCommitMillis;
        this.tokens = tokens;
    }

    /** The state after a commit: the open segment's view and the commit's metadata replaced. */
    TableState withCommit(CommitPoint point) {
        return new TableState(point.schema(), sealed, frozen, point.open(), point.seq(), point.millis(), point.tokens());
    }

    TableState withFrozen(OpenSegmentView frozenSegment, OpenSegmentView newOpen) {
        return new TableState(schema, sealed, frozenSegment, newOpen, commitSeq, lastCommitMillis, tokens);
    }

    /** The frozen segment replaced by its sealed file (null when it had no rows). */
    TableState withSealed(SealedSegment segment) {
        List<SealedSegment> next = new ArrayList<>(sealed);
        if (segment != null) {
            next.add(segment);
        }
        return new TableState(schema, Collections.unmodifiableList(next), null, open, commitSeq, lastCommitMillis, tokens);
    }

    TableState withSealedSegments(List<SealedSegment> segments) {
        return new TableState(schema, Collections.unmodifiableList(new ArrayList<>(segments)), frozen, open, commitSeq,
                lastCommitMillis, tokens);
    }

    @Override
    public TableSchema schema() {
        return schema;
    }

    @Override
    public long rowCount() {
        return sealedRows + (frozen == null ? 0 : frozen.rowCount()) + open.rowCount();
    }

    @Override
    public long commitSeq() {
        return commitSeq;
    }

    @Override
    public Map<String, String> offsetTokens() {
        return tokens;
    }

    @Override
    public List<SegmentView> segments() {
        List<SegmentView> list = segments;
        if (list == null) {
            List<SegmentView> all = new ArrayList<>(sealed.size() + 2);
            all.addAll(sealed);
            if (frozen != null) {
                all.add(frozen);
            }
            if (open.rowCount() > 0) {
                all.add(open);
            }
            list = Collections.unmodifiableList(all);
            segments = list;
        }
        return list;
    }
}
