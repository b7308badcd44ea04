package dev.floe.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appenders, readers and background sealing/compaction at once: every snapshot must show, for each
 * writer, exactly its first k batches (whole) and that writer's token for batch k-1.
 */
class ConcurrencyTest {
    private static final int WRITERS = 4;
    private static final int BATCHES = 150;
    private static final int ROWS = 40;

    @TempDir
    Path dir;

    static TableSchema schema() {
        return new TableSchema(List.of(
                new ColumnSpec("writer", SqlType.NUMBER, false),
                new ColumnSpec("batch", SqlType.NUMBER, false),
                new ColumnSpec("tag", SqlType.VARCHAR, false)), new int[] {2, 1});
    }

    static ColumnBatch batch(int writer, int batchNo) {
        LongVector w = new LongVector(ROWS);
        LongVector b = new LongVector(ROWS);
        StringVector tag = new StringVector(ROWS);
        for (int i = 0; i < ROWS; i++) {
            w.values[i] = writer;
            b.values[i] = batchNo;
            tag.set(i, "t" + (i % 5));
        }
        return new ColumnBatch(new dev.floe.types.vector.ColumnVector[] {w, b, tag}, ROWS);
    }

    @Test
    void snapshotsAreAlwaysAConsistentPrefixOfEachWriter() throws Exception {
        StoreOptions options = StoreOptions.builder().blockRows(64).sealRows(700).sealAgeMillis(30)
                .compactMinSegments(3).compactTargetRows(4000).maintenanceIntervalMillis(5).build();
        Path table = dir.resolve("t");
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger checkedSnapshots = new AtomicInteger();
        try (TableStore store = TableStore.create(table, schema(), options)) {
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                threads.add(new Thread(() -> {
                    try {
                        for (int b = 0; b < BATCHES; b++) {
                            store.append(batch(writer, b), Map.of("w" + writer, String.valueOf(b)));
                        }
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }));
            }
            for (int r = 0; r < 2; r++) {
                threads.add(new Thread(() -> {
                    try {
                        while (writing.get()) {
                            checkSnapshot(store.snapshot());
                            checkedSnapshots.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (int w = 0; w < WRITERS; w++) {
                threads.get(w).join();
            }
            writing.set(false);
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(List.of(), new ArrayList<>(errors));
            assertTrue(checkedSnapshots.get() > 0);
            int[] complete = checkSnapshot(store.snapshot());
            for (int w = 0; w < WRITERS; w++) {
                assertEquals(BATCHES, complete[w]);
            }
            assertEquals(WRITERS * BATCHES, store.snapshot().commitSeq());
        }
        try (TableStore store = TableStore.open(table, StoreOptions.builder().backgroundMaintenance(false).blockRows(64).build())) {
            int[] complete = checkSnapshot(store.snapshot());
            for (int w = 0; w < WRITERS; w++) {
                assertEquals(BATCHES, complete[w]);
            }
        }
    }

    /** Asserts the snapshot's consistency and returns, per writer, how many batches it holds. */
    private static int[] checkSnapshot(Snapshot snapshot) {
        int[][] rowsPerBatch = new int[WRITERS][BATCHES];
        LongVector w = new LongVector(64);
        LongVector b = new LongVector(64);
        long total = 0;
        for (SegmentView segment : snapshot.segments()) {
            for (int block = 0; block < segment.blockCount(); block++) {
                segment.read(block, 0, w);
                segment.read(block, 1, b);
                for (int i = 0; i < segment.blockRowCount(block); i++) {
                    rowsPerBatch[(int) w.values[i]][(int) b.values[i]]++;
                }
                total += segment.blockRowCount(block);
            }
        }
        assertEquals(snapshot.rowCount(), total);
        int[] complete = new int[WRITERS];
        for (int writer = 0; writer < WRITERS; writer++) {
            int k = 0;
            while (k < BATCHES && rowsPerBatch[writer][k] == ROWS) {
                k++;
            }
            for (int later = k; later < BATCHES; later++) {
                assertEquals(0, rowsPerBatch[writer][later], "writer " + writer + " batch " + later + " visible after a gap at " + k);
            }
            String token = snapshot.offsetTokens().get("w" + writer);
            assertEquals(k == 0 ? null : String.valueOf(k - 1), token, "token of writer " + writer);
            complete[writer] = k;
        }
        return complete;
    }
}
