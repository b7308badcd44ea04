package dev.floe.engine.exec;

import java.util.concurrent.atomic.AtomicLong;

/** What a table scan touched: tests assert pruning on these, and QUERY_HISTORY reports them. */
public final class ScanStats {
    public final AtomicLong segmentsTotal = new AtomicLong();
    public final AtomicLong segmentsScanned = new AtomicLong();
    public final AtomicLong blocksScanned = new AtomicLong();
    public final AtomicLong rowsScanned = new AtomicLong();
    /** Parts a GROUP BY was split into to run on several threads (0 when it ran on one). */
    public final AtomicLong parallelParts = new AtomicLong();

    @Override
    public String toString() {
        return "segments " + segmentsScanned + "/" + segmentsTotal + ", blocks " + blocksScanned + ", rows " + rowsScanned;
    }
}
