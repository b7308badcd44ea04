package dev.floe.storage;

import static dev.floe.storage.TestTables.sensorBatch;
import static dev.floe.storage.TestTables.sensorSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.storage.segment.SealedSegment;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The §9 storage goal, checked on the quickstart's data: ≤ 10 bytes per row in a sealed,
 * cluster-sorted segment (shredded location paths included). Also prints rough durable-append and
 * decode rates; those are figures to read, never assertions.
 */
class FootprintTest {
    private static final int BATCH = 10_000;
    private static final int BATCHES = 100;

    @TempDir
    Path dir;

    @Test
    void sortedSensorSegmentsTakeAtMostTenBytesPerRow() throws IOException {
        List<ColumnBatch> batches = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            batches.add(sensorBatch((long) b * BATCH, BATCH));
        }
        StoreOptions options = StoreOptions.builder().backgroundMaintenance(false).build();
        try (TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), options)) {
            long start = System.nanoTime();
            for (ColumnBatch batch : batches) {
                store.append(batch, Map.of("ch", "x"));
            }
            long appendNanos = System.nanoTime() - start;
            start = System.nanoTime();
            store.sealNow();
            long sealNanos = System.nanoTime() - start;

            SealedSegment segment = (SealedSegment) store.snapshot().segments().get(0);
            double bytesPerRow = (double) segment.fileLength() / segment.rowCount();
            assertEquals(BATCH * BATCHES, segment.rowCount());
            assertEquals(3, segment.shreddedColumns(6).size());
            assertTrue(bytesPerRow <= 10.0, "bytes per row " + bytesPerRow);

            long values = 0;
            ColumnVector[] vectors = new ColumnVector[sensorSchema().columnCount()];
            for (int c = 0; c < vectors.length; c++) {
                vectors[c] = ColumnVector.allocate(sensorSchema().physicalType(c), options.blockRows());
            }
            start = System.nanoTime();
            for (int round = 0; round < 3; round++) {
                for (int b = 0; b < segment.blockCount(); b++) {
                    for (int c = 0; c < vectors.length; c++) {
                        segment.read(b, c, vectors[c]);
                        values += segment.blockRowCount(b);
                    }
                }
            }
            long readNanos = System.nanoTime() - start;
            System.out.printf("sensor data: %.2f bytes/row on disk; durable append %.2fM rows/s (batches of %d);"
                            + " seal %.0f ms per %d rows; decode %.0fM values/s%n",
                    bytesPerRow, BATCH * BATCHES / (appendNanos / 1e9) / 1e6, BATCH, sealNanos / 1e6, BATCH * BATCHES,
                    values / (readNanos / 1e9) / 1e6);
        }
    }
}
