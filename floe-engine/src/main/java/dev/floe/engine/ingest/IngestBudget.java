package dev.floe.engine.ingest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest memory budget: bytes of request bodies being decoded and committed right now. A call
 * that would take it over the limit is refused with 429 so that clients back off and retry; one
 * call alone is always admitted when nothing else is in flight, so a body up to the request limit
 * can never be refused forever.
 */
final class IngestBudget {
    private final long limitBytes;
    private final AtomicLong inFlight = new AtomicLong();

    IngestBudget(long limitBytes) {
        if (limitBytes <= 0) throw new IllegalArgumentException("ingest memory budget must be positive, got " + limitBytes);
        this.limitBytes = limitBytes;
    }

    /** Takes {@code bytes} more of the budget, or throws 429 (nothing taken). */
    void reserve(long bytes) {
        while (true) {
            long current = inFlight.get();
            if (current > 0 && current + bytes > limitBytes) {
                throw new IngestException(IngestException.RETRY_LATER, 429, "The server's ingest memory budget of "
                        + limitBytes + " bytes is full (" + current + " bytes in flight); retry later");
            }
            if (inFlight.compareAndSet(current, current + bytes)) return;
        }
    }

    void release(long bytes) {
        inFlight.addAndGet(-bytes);
    }

    long inFlight() {
        return inFlight.get();
    }
}
