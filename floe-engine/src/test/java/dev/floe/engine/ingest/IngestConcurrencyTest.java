package dev.floe.engine.ingest;

import static dev.floe.engine.ingest.IngestTestSupport.DB;
import static dev.floe.engine.ingest.IngestTestSupport.LOADER;
import static dev.floe.engine.ingest.IngestTestSupport.PIPE;
import static dev.floe.engine.ingest.IngestTestSupport.SCHEMA;
import static dev.floe.engine.ingest.IngestTestSupport.append;
import static dev.floe.engine.ingest.IngestTestSupport.rows;
import static dev.floe.engine.ingest.IngestTestSupport.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.Floe;
import dev.floe.engine.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channels appending in parallel while queries run, and back-pressure when the ingest budget is full. */
class IngestConcurrencyTest {
    private static final int CHANNELS = 4;
    private static final int BATCHES = 60;
    private static final int BATCH_ROWS = 50;

    @TempDir
    Path dataDir;

    @Test
    void queriesSeeAConsistentPrefixOfEveryChannel() throws Exception {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            ExecutorService pool = Executors.newFixedThreadPool(CHANNELS + 1);
            AtomicBoolean writing = new AtomicBoolean(true);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int c = 0; c < CHANNELS; c++) {
                    String channel = "CH" + c;
                    writers.add(pool.submit(() -> {
                        String token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, channel, null).continuationToken();
                        for (int b = 0; b < BATCHES; b++) {
                            StringBuilder body = new StringBuilder();
                            for (int i = 0; i < BATCH_ROWS; i++) {
                                body.append("{\"device_id\": \"").append(channel).append("\", \"value\": ")
                                        .append(b * BATCH_ROWS + i).append("}\n");
                            }
                            token = append(ingest, channel, token, Integer.toString(b), body.toString()).nextContinuationToken();
                        }
                        return null;
                    }));
                }
                Future<Integer> reader = pool.submit(() -> {
                    Session s = session(floe);
                    int checks = 0;
                    while (writing.get() || checks == 0) {
                        for (String row : rows(s, "SELECT device_id, COUNT(*), MIN(value)::INT, MAX(value)::INT FROM SENSOR_DATA GROUP BY device_id")) {
                            String[] f = row.split("\\|");
                            long count = Long.parseLong(f[1]);
                            assertEquals(0, count % BATCH_ROWS, row);
                            assertEquals("0", f[2], row);
                            assertEquals(count - 1, Long.parseLong(f[3]), row);
                        }
                        checks++;
                    }
                    return checks;
                });
                for (Future<?> w : writers) w.get(120, TimeUnit.SECONDS);
                writing.set(false);
                assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
            } finally {
                pool.shutdownNow();
            }
            Session s = session(floe);
            List<String> expected = new ArrayList<>();
            for (int c = 0; c < CHANNELS; c++) expected.add("CH" + c + "|" + BATCHES * BATCH_ROWS);
            assertEquals(expected, rows(s, "SELECT device_id, COUNT(*) FROM SENSOR_DATA GROUP BY device_id ORDER BY device_id"));
            for (int c = 0; c < CHANNELS; c++) {
                ChannelStatus st = ingest.status(LOADER, DB, SCHEMA, PIPE, "CH" + c);
                assertEquals(Integer.toString(BATCHES - 1), st.lastCommittedOffsetToken());
                assertEquals((long) BATCHES * BATCH_ROWS, st.rowsInserted());
            }
        }
    }

    @Test
    void fullBudgetRefusesWith429UntilBytesAreReleased() throws Exception {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String[] tokens = new String[3];
            for (int c = 0; c < 3; c++) tokens[c] = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH" + c, null).continuationToken();
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // Two calls that declare the largest body each fill the default budget while their bodies trickle in.
                List<Future<AppendResult>> slow = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    String channel = "CH" + c;
                    String token = tokens[c];
                    slow.add(pool.submit(() -> ingest.append(LOADER, DB, SCHEMA, PIPE, channel, token, "1",
                            new BlockingBody("{\"device_id\": \"" + channel + "\"}\n", release), StreamingIngest.MAX_BODY_BYTES)));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (ingest.bytesInFlight() < 2L * StreamingIngest.MAX_BODY_BYTES && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertEquals(2L * StreamingIngest.MAX_BODY_BYTES, ingest.bytesInFlight());
                IngestException busy = assertThrows(IngestException.class,
                        () -> append(ingest, "CH2", tokens[2], "1", "{\"device_id\": \"CH2\"}"));
                assertEquals(429, busy.httpStatus());
                assertEquals("ERR_SERVER_BUSY_RETRY_LATER", busy.code());
                assertEquals("The server's ingest memory budget of 268435456 bytes is full (268435456 bytes in flight); retry later",
                        busy.getMessage());
                release.countDown();
                for (Future<AppendResult> f : slow) assertEquals(1, f.get(30, TimeUnit.SECONDS).rowsAccepted());
                assertEquals(0, ingest.bytesInFlight());
                // The refused call wrote nothing and its token is still good.
                assertEquals(1, append(ingest, "CH2", tokens[2], "1", "{\"device_id\": \"CH2\"}").rowsAccepted());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(List.of("3"), rows(session(floe), "SELECT COUNT(*) FROM SENSOR_DATA"));
        }
    }

    @Test
    void oversizedBodiesAreRefused() {
        try (Floe floe = Floe.open(dataDir)) {
            IngestTestSupport.setUp(floe);
            StreamingIngest ingest = floe.ingest();
            String token = ingest.openChannel(LOADER, DB, SCHEMA, PIPE, "CH", null).continuationToken();
            IngestException e = assertThrows(IngestException.class, () -> ingest.append(LOADER, DB, SCHEMA, PIPE, "CH", token, "1",
                    new ByteArrayInputStream(new byte[0]), StreamingIngest.MAX_BODY_BYTES + 1L));
            assertEquals(413, e.httpStatus());
            assertEquals("The append body of 134217729 bytes is larger than the limit of 134217728 bytes; send smaller batches",
                    e.getMessage());
        }
    }

    /** A body whose last bytes arrive only once the latch is released. */
    private static final class BlockingBody extends InputStream {
        private final ByteArrayInputStream data;
        private final CountDownLatch release;

        BlockingBody(String text, CountDownLatch release) {
            this.data = new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            this.release = release;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (data.available() == 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            return data.read(b, off, len);
        }
    }
}
