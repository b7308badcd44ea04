package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.catalog.WarehouseDef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A warehouse runs a bounded number of statements at once; the others wait or time out in the queue. */
class WarehouseSlotsTest {

    private static WarehouseDef warehouse(String size, Map<String, String> properties) {
        return new WarehouseDef("W", true, size, List.of(), properties, 0, null, null);
    }

    @Test
    void concurrencyGrowsWithSizeAndMaxConcurrencyLevel() {
        assertEquals(8, WarehouseSlots.concurrency(warehouse("XSMALL", Map.of())));
        assertEquals(32, WarehouseSlots.concurrency(warehouse("MEDIUM", Map.of())));
        assertEquals(4, WarehouseSlots.concurrency(warehouse("SMALL", Map.of("MAX_CONCURRENCY_LEVEL", "2"))));
        assertEquals(8, WarehouseSlots.concurrency(warehouse("XSMALL", Map.of("MAX_CONCURRENCY_LEVEL", "many"))));
    }

    @Test
    void aStatementBeyondTheBoundTimesOutInTheQueue() throws Exception {
        WarehouseSlots slots = new WarehouseSlots();
        WarehouseDef w = warehouse("XSMALL", Map.of("MAX_CONCURRENCY_LEVEL", "1", "STATEMENT_QUEUED_TIMEOUT_IN_SECONDS", "1"));
        Runnable first = slots.acquire(w);
        CompletableFuture<Runnable> second = CompletableFuture.supplyAsync(() -> slots.acquire(w));
        ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
        FloeException cause = (FloeException) e.getCause();
        assertEquals(ErrorCode.STATEMENT_TIMEOUT, cause.code());
        assertTrue(cause.getMessage().contains("runs at most 1 statements at once"), cause.getMessage());
        first.run();
        CompletableFuture.supplyAsync(() -> slots.acquire(w)).get(5, TimeUnit.SECONDS).run();
    }

    @Test
    void withoutAQueueTimeoutAStatementWaitsForAFreeSlot() throws Exception {
        WarehouseSlots slots = new WarehouseSlots();
        WarehouseDef w = warehouse("XSMALL", Map.of("MAX_CONCURRENCY_LEVEL", "1"));
        Runnable first = slots.acquire(w);
        CompletableFuture<Runnable> second = CompletableFuture.supplyAsync(() -> slots.acquire(w));
        assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS));
        assertFalse(second.isDone());
        first.run();
        second.get(5, TimeUnit.SECONDS).run();
    }
}
