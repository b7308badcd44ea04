package dev.floe.engine;

import dev.floe.engine.catalog.WarehouseDef;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many statements a warehouse runs at once, by its size (MAX_CONCURRENCY_LEVEL per
 * cluster of an XSMALL, doubling with each size, as Snowflake scales compute); statements beyond
 * the bound wait, up to STATEMENT_QUEUED_TIMEOUT_IN_SECONDS (0: as long as it takes).
 */
final class WarehouseSlots {
    static final int DEFAULT_CONCURRENCY = 8;
    private static final Map<String, Integer> SIZE_FACTOR = Map.ofEntries(
            Map.entry("XSMALL", 1), Map.entry("SMALL", 2), Map.entry("MEDIUM", 4), Map.entry("LARGE", 8),
            Map.entry("XLARGE", 16), Map.entry("XXLARGE", 32), Map.entry("2XLARGE", 32), Map.entry("XXXLARGE", 64),
            Map.entry("3XLARGE", 64), Map.entry("X4LARGE", 128), Map.entry("4XLARGE", 128), Map.entry("X5LARGE", 256),
            Map.entry("5XLARGE", 256), Map.entry("X6LARGE", 512), Map.entry("6XLARGE", 512));

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** The number of statements a warehouse may run at once. */
    static int concurrency(WarehouseDef w) {
        String level = w.properties().get("MAX_CONCURRENCY_LEVEL");
        int base = DEFAULT_CONCURRENCY;
        if (level != null) {
            try {
                base = Math.max(1, Integer.parseInt(level));
            } catch (NumberFormatException e) {
                base = DEFAULT_CONCURRENCY;
            }
        }
        return base * SIZE_FACTOR.getOrDefault(w.size().toUpperCase(Locale.ROOT), 1);
    }

    /** Waits for a slot of the warehouse; running the returned action releases it. */
    Runnable acquire(WarehouseDef w) {
        int permits = concurrency(w);
        Slot slot = slots.compute(w.name(), (name, old) -> old != null && old.permits == permits ? old : new Slot(permits));
        long timeoutSeconds = parseLong(w.properties().get("STATEMENT_QUEUED_TIMEOUT_IN_SECONDS"));
        try {
            if (timeoutSeconds > 0) {
                if (!slot.semaphore.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
                    throw new FloeException(ErrorCode.STATEMENT_TIMEOUT, "Statement reached its statement or warehouse queued timeout"
                            + " and was canceled: warehouse " + w.name() + " runs at most " + permits + " statements at once.");
                }
            } else {
                slot.semaphore.acquire();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FloeException(ErrorCode.CANCELLED, "SQL execution canceled");
        }
        return slot.semaphore::release;
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final class Slot {
        final int permits;
        final Semaphore semaphore;

        Slot(int permits) {
            this.permits = permits;
            this.semaphore = new Semaphore(permits, true);
        }
    }
}
