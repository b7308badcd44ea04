package dev.floe.engine.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The most recent statements of the engine, newest last, bounded in count. */
public final class QueryHistory {
    private final int capacity;
    private final Deque<QueryRecord> records = new ArrayDeque<>();

    public QueryHistory(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(QueryRecord record) {
        if (records.size() == capacity) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    /** Up to {@code limit} records, newest first. */
    public synchronized List<QueryRecord> newest(int limit) {
        List<QueryRecord> out = new ArrayList<>(Math.min(limit, records.size()));
        var it = records.descendingIterator();
        while (it.hasNext() && out.size() < limit) out.add(it.next());
        return out;
    }
}
