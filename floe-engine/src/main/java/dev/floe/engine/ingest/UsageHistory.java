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

    /**
     * The figures in [fromMs, toMs) summed per window of {@code windowMs} (a multiple of
     * {@link #WINDOW_MS}, aligned to the epoch), oldest first; windows without ingest are left out.
     */
    synchronized List<Window> between(long fromMs, long toMs, long windowMs) {
        List<Window> out = new ArrayList<>();
        long start = 0;
        long bytes = 0;
        long rows = 0;
        long calls = 0;
        for (Map.Entry<Long, long[]> e : windows.subMap(fromMs - WINDOW_MS + 1, true, toMs, false).entrySet()) {
            long bucket = e.getKey() - Math.floorMod(e.getKey(), windowMs);
            if (calls > 0 && bucket != start) {
                out.add(new Window(start, bytes, rows, calls));
                bytes = 0;
                rows = 0;
                calls = 0;
            }
            long[] w = e.getValue();
            start = bucket;
            bytes += w[0];
            rows += w[1];
            calls += w[2];
        }
        if (calls > 0) out.add(new Window(start, bytes, rows, calls));
        return out;
    }

    synchronized List<Window> all() {
        return between(Long.MIN_VALUE + WINDOW_MS, Long.MAX_VALUE, WINDOW_MS);
    }
}
