package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test at engine level: a child JVM ({@link CrashWriterMain}) inserts rows and
 * acknowledges each INSERT once it returned; the test kills it with SIGKILL at an arbitrary point
 * (segments are being sealed all along), reopens the data directory and checks that every
 * acknowledged row is there exactly once, that statements are whole, that every stored row is
 * intact and that the catalog survived. Then a new child continues on the same directory, and so on.
 */
class EngineCrashTest {
    private static final int ROUNDS = 3;
    private static final int ACKS_PER_ROUND = 300;
    // Generous: the writer JVM needs to warm up, and a loaded 2-core machine slows it several times over.
    private static final long ROUND_DEADLINE_MILLIS = 60_000;
    private static final Pattern ACK = Pattern.compile("ACK (\\d+) (\\d+)");
    private static final Pattern READY = Pattern.compile("READY (\\d+)");
    private static final int R = CrashWriterMain.ROWS_PER_STATEMENT;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @TempDir
    Path dataDir;
    @TempDir
    Path logDir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void acknowledgedInsertsSurviveRepeatedKills() throws Exception {
        long lastAcked = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> lines = runChildAndKill(round);
            long ready = -1;
            for (String line : lines) {
                Matcher m = READY.matcher(line);
                if (m.matches()) ready = Long.parseLong(m.group(1));
            }
            // The child resumes after the largest stored id: the last acknowledged statement, or the one after it
            // when the previous child was killed between its commit and its ACK.
            assertTrue(ready == lastAcked + 1 || ready == lastAcked + R + 1,
                    "round " + round + " resumed at id " + ready + " after acknowledged id " + lastAcked);
            long expectedFirst = ready;
            int acks = 0;
            for (String line : lines) {
                Matcher m = ACK.matcher(line);
                if (!m.matches()) continue;
                long first = Long.parseLong(m.group(1));
                long last = Long.parseLong(m.group(2));
                assertEquals(expectedFirst, first, "round " + round + " ACK " + line);
                assertEquals(first + R - 1, last, "round " + round + " ACK " + line);
                expectedFirst = last + 1;
                acks++;
            }
            assertTrue(acks >= ACKS_PER_ROUND, "round " + round + " saw " + acks + " ACKs");
            lastAcked = expectedFirst - 1;
            checkReopened(lastAcked, round);
        }
    }

    /** Starts a writer on the data directory, waits for enough ACKs, kills it; returns every complete line it printed. */
    private List<String> runChildAndKill(int round) throws Exception {
        Path stderr = logDir.resolve("child-" + round + ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriterMain.class.getName(), dataDir.toString())
                .redirectError(stderr.toFile())
                .start();
        LineCollector out = new LineCollector(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(out, "crash-child-stdout-" + round);
        reader.start();
        long deadline = System.currentTimeMillis() + ROUND_DEADLINE_MILLIS;
        try {
            while (out.count(ACK) < ACKS_PER_ROUND && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            if (!child.isAlive()) {
                fail("writer exited with " + child.exitValue() + " in round " + round + ":\n" + Files.readString(stderr));
            }
            if (out.count(ACK) < ACKS_PER_ROUND) {
                fail("writer acknowledged only " + out.count(ACK) + " INSERTs in " + ROUND_DEADLINE_MILLIS + " ms in round "
                        + round + ":\n" + Files.readString(stderr));
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "killed writer did not exit");
            reader.join(10_000);
        }
        assertEquals(137, child.exitValue(), "the writer must die by SIGKILL");
        return out.lines();
    }

    private void checkReopened(long lastAcked, int round) {
        try (Floe floe = Floe.open(dataDir, CrashWriterMain.storeOptions())) {
            Session session = floe.newSession();
            String table = CrashWriterMain.TABLE;
            assertEquals(List.of(), session.executeOne("SELECT id, COUNT(*) FROM " + table + " GROUP BY id HAVING COUNT(*) > 1").rows(),
                    "duplicated ids after round " + round);
            StatementResult counts = session.executeOne("SELECT COUNT(*), COUNT(DISTINCT id), MIN(id), MAX(id) FROM " + table);
            long rows = Long.parseLong(counts.text(0, 0));
            long max = Long.parseLong(counts.text(0, 3));
            // Ids 1..max, each once: every acknowledged id is there, and nothing else but possibly the one statement
            // that committed just before the kill, before the writer could acknowledge it.
            assertTrue(max == lastAcked || max == lastAcked + R, "largest id " + max + ", last acknowledged " + lastAcked);
            assertEquals(max, rows, "row count after round " + round);
            assertEquals(String.valueOf(max), counts.text(0, 1));
            assertEquals("1", counts.text(0, 2));
            assertEquals(List.of(), session.executeOne("SELECT FLOOR((id - 1) / " + R + ") AS stmt, COUNT(*) FROM " + table
                    + " GROUP BY stmt HAVING COUNT(*) <> " + R).rows(), "partial statements after round " + round);
            checkRowContents(session, max);
            checkCatalog(floe, session);
            assertTrue(floe.stats(floe.catalog().current().table(ObjectName.object("KAFKA_INTERACTIVE", "STREAMING", "SENSOR_DATA")))
                    .segmentCount() >= 1, "no segment was sealed while inserting");
        }
    }

    /** Every column of every row is what the writer derived from its id. */
    private static void checkRowContents(Session session, long max) {
        StatementResult r = session.executeOne("SELECT id, device_id, ts, location:seq::NUMBER, location:building::STRING FROM "
                + CrashWriterMain.TABLE + " ORDER BY id");
        assertEquals(max, r.rows().size());
        LocalDateTime epoch = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int i = 0; i < r.rows().size(); i++) {
            long id = i + 1;
            List<String> expected = List.of(String.valueOf(id), CrashWriterMain.deviceId(id), TIMESTAMP.format(epoch.plusSeconds(id)),
                    String.valueOf(id), CrashWriterMain.building(id));
            List<String> actual = List.of(r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4));
            assertEquals(expected, actual, "row " + i);
        }
    }

    private static void checkCatalog(Floe floe, Session session) {
        TableDef def = floe.catalog().current().table(ObjectName.object("KAFKA_INTERACTIVE", "STREAMING", "SENSOR_DATA"));
        assertTrue(def != null && def.interactive(), "interactive table SENSOR_DATA is missing");
        assertEquals(List.of("DEVICE_ID", "TS"), def.clusterBy());
        StatementResult show = session.executeOne("SHOW TABLES IN SCHEMA KAFKA_INTERACTIVE.STREAMING");
        assertEquals(1, show.rows().size());
        assertEquals("SENSOR_DATA", show.text(0, 1));
        assertEquals("LINEAR(DEVICE_ID, TS)", show.text(0, 6));
        assertEquals("true", show.text(0, 11).toLowerCase());
        StatementResult columns = session.executeOne("DESCRIBE TABLE " + CrashWriterMain.TABLE);
        List<String> described = new ArrayList<>();
        for (int i = 0; i < columns.rows().size(); i++) described.add(columns.text(i, 0) + " " + columns.text(i, 1));
        assertEquals(List.of("ID NUMBER(38,0)", "DEVICE_ID VARCHAR(16777216)", "TS TIMESTAMP_NTZ(9)", "LOCATION VARIANT"), described);
    }

    /** Reads a child's stdout to the end, keeping only newline-terminated lines (a kill can cut the last one). */
    private static final class LineCollector implements Runnable {
        private final Reader in;
        private final List<String> lines = new ArrayList<>();

        LineCollector(Reader in) {
            this.in = in;
        }

        @Override
        public void run() {
            StringBuilder line = new StringBuilder();
            try (Reader r = in) {
                int c;
                while ((c = r.read()) != -1) {
                    if (c == '\n') {
                        add(line.toString());
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
            } catch (IOException e) {
                // The pipe closes when the child dies; what was read so far is what it printed.
            }
        }

        private synchronized void add(String line) {
            lines.add(line);
        }

        synchronized int count(Pattern pattern) {
            int n = 0;
            for (String l : lines) if (pattern.matcher(l).matches()) n++;
            return n;
        }

        synchronized List<String> lines() {
            return new ArrayList<>(lines);
        }
    }
}
