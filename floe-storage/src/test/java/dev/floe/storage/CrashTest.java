package dev.floe.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.types.vector.LongVector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during ingest: a child JVM appends (with background sealing and compaction) and reports
 * each acknowledged commit; after SIGKILL every acknowledged row must be present exactly once,
 * the rows must be a gap-free prefix of what was sent, and the offset token must match them.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void killedWriterLosesNoAcknowledgedRowAndDuplicatesNone() throws Exception {
        Path table = dir.resolve("t");
        long next = 0;
        for (int round = 0; round < 3; round++) {
            long acknowledgedEnd = runAndKill(table, next, round == 0 ? "create" : "open", 150 + round * 70);
            long presentEnd = verify(table, acknowledgedEnd);
            assertTrue(presentEnd >= acknowledgedEnd);
            next = presentEnd;
        }
        try (TableStore store = TableStore.open(table, StoreOptions.builder().backgroundMaintenance(false).build())) {
            assertTrue(store.stats().segmentCount() > 0, "the child never sealed, so the test missed seals under SIGKILL");
        }
    }

    /** Runs the child until it acknowledged {@code acks} commits, kills it; returns the end of the acknowledged ids. */
    private static long runAndKill(Path table, long firstId, String mode, int acks) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                table.toString(), String.valueOf(firstId), mode).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long acknowledgedEnd = firstId;
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acknowledgedEnd = Long.parseLong(parts[2]) + Long.parseLong(parts[3]);
                    if (++seen == acks) {
                        child.destroyForcibly(); // SIGKILL; also closes our end of its stdout
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(seen >= acks, "child acknowledged only " + seen + " commits");
        return acknowledgedEnd;
    }

    /** Reopens the table and checks its ids; returns the end of the present ids. */
    private static long verify(Path table, long acknowledgedEnd) throws IOException {
        try (TableStore store = TableStore.open(table, StoreOptions.builder().backgroundMaintenance(false).build())) {
            Snapshot snapshot = store.snapshot();
            BitSet ids = new BitSet();
            long count = 0;
            LongVector vector = new LongVector(256);
            for (SegmentView segment : snapshot.segments()) {
                for (int b = 0; b < segment.blockCount(); b++) {
                    segment.read(b, 0, vector);
                    for (int i = 0; i < segment.blockRowCount(b); i++) {
                        int id = (int) vector.values[i];
                        assertTrue(!ids.get(id), "id " + id + " stored twice");
                        ids.set(id);
                        count++;
                    }
                }
            }
            long end = ids.length();
            assertEquals(end, count, "ids are not a gap-free prefix");
            assertEquals(snapshot.rowCount(), count);
            assertTrue(end >= acknowledgedEnd, "acknowledged ids up to " + acknowledgedEnd + " but only " + end + " present");
            assertEquals(String.valueOf(end - 1), snapshot.offsetTokens().get("ch"));
            assertEquals(0, (end) % CrashWriter.ROWS);
            return end;
        }
    }
}
