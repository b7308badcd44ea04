package dev.floe.engine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pipe's committed ingest per 5-minute window (bytes, rows, append calls), kept for the 14 days
 * PIPE_USAGE_HISTORY covers. Thread-safe.
 */
final class UsageHistory {
    static final long WINDOW_MS = 5 * 60_000L;
    static final long RETENTION_MS = 14 * 24 * 3_600_000L;

    /** Figures of one window starting at {@code startMs}. */
    record Window(long startMs, long bytes, long rows, long calls) {
    }

    private final TreeMap<Long, long[]> windows = new TreeMap<>();

    synchronized void record(long atMs, long bytes, long rows) {
        long start = atMs - Math.floorMod(atMs, WINDOW_MS);
        long[] w = windows.computeIfAbsent(start, k -> new long[3]);
        w[0] += bytes;
        w[1] += rows;
        w[2]++;
        windows.headMap(atMs - RETENTION_MS).clear();
    }

    synchronized void restore(Window w) {
        windows.put(w.startMs(), new long[] {w.bytes(), w.rows(), w.calls()});
    }

    /** The windows overlapping [fromMs, toMs), oldest first. */
    synchronized List<Window> between(long fromMs, long toMs) {
        List<Window> out = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : windows.subMap(fromMs - WINDOW_MS + 1, true, toMs, false).entrySet()) {
            long[] w = e.getValue();
            out.add(new Window(e.getKey(), w[0], w[1], w[2]));
        }
        return out;
    }

    synchronized List<Window> all() {
        return between(Long.MIN_VALUE + WINDOW_MS, Long.MAX_VALUE);
    }
}
