package dev.floe.engine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageHistoryTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY0 = 1_705_276_800_000L; // 2024-01-15 00:00 UTC

    @Test
    void sumsPerWindowAndRange() {
        UsageHistory h = new UsageHistory();
        h.record(DAY0 + 60_000, 100, 1);          // 00:01
        h.record(DAY0 + 4 * 60_000, 50, 2);       // 00:04, same 5-minute window
        h.record(DAY0 + 6 * 60_000, 10, 3);       // 00:06
        h.record(DAY0 + HOUR + 60_000, 7, 4);     // 01:01
        assertEquals(List.of(new UsageHistory.Window(DAY0, 150, 3, 2), new UsageHistory.Window(DAY0 + 300_000, 10, 3, 1),
                new UsageHistory.Window(DAY0 + HOUR, 7, 4, 1)), h.between(DAY0, DAY0 + 2 * HOUR, UsageHistory.WINDOW_MS));
        assertEquals(List.of(new UsageHistory.Window(DAY0, 160, 6, 3), new UsageHistory.Window(DAY0 + HOUR, 7, 4, 1)),
                h.between(DAY0, DAY0 + 2 * HOUR, HOUR));
        // A range that starts inside a window includes that window; one that ends at a window's start does not.
        assertEquals(List.of(new UsageHistory.Window(DAY0 + 300_000, 10, 3, 1)),
                h.between(DAY0 + 7 * 60_000, DAY0 + HOUR, UsageHistory.WINDOW_MS));
    }

    @Test
    void forgetsWindowsOlderThanTheRetention() {
        UsageHistory h = new UsageHistory();
        h.record(DAY0, 1, 1);
        h.record(DAY0 + UsageHistory.RETENTION_MS + UsageHistory.WINDOW_MS, 2, 2);
        assertEquals(List.of(new UsageHistory.Window(DAY0 + UsageHistory.RETENTION_MS + UsageHistory.WINDOW_MS, 2, 2, 1)), h.all());
    }
}
