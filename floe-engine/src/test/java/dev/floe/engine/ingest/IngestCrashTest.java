package dev.floe.engine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.floe.engine.Floe;
import dev.floe.engine.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once through crashes: a child JVM streams batches into a channel and is killed with
 * SIGKILL; after each kill the channel's committed token is the last acknowledged batch (or the
 * one after it, committed just before the kill), and the table holds exactly the rows of the
 * batches up to that token, each once. The next child resumes after the committed token.
 */
class IngestCrashTest {
    private static final int ROUNDS = 2;
    private static final int ACKS_PER_ROUND = 100;
    private static final long ROUND_DEADLINE_MILLIS = 30_000;
    private static final int R = IngestCrashWriterMain.ROWS_PER_BATCH;

    @TempDir
    Path dataDir;
    @TempDir
    Path logDir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void committedTokensAndRowsSurviveKills() throws Exception {
        long committed = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> lines = runChildAndKill(round);
            assertEquals("READY " + committed, lines.get(0), "round " + round + " resumed at the wrong token");
            long lastAck = committed;
            for (String line : lines.subList(1, lines.size())) {
                assertEquals("ACK " + (lastAck + 1), line, "round " + round);
                lastAck++;
            }
            try (Floe floe = Floe.open(dataDir)) {
                String token = floe.ingest().status(IngestTestSupport.LOADER, IngestTestSupport.DB, IngestTestSupport.SCHEMA,
                        IngestTestSupport.PIPE, IngestCrashWriterMain.CHANNEL).lastCommittedOffsetToken();
                committed = Long.parseLong(token);
                assertTrue(committed == lastAck || committed == lastAck + 1, "committed " + committed + ", acknowledged " + lastAck);
                Session s = IngestTestSupport.session(floe);
                assertEquals(List.of(committed * R + "|" + committed * R + "|1|" + committed * R),
                        IngestTestSupport.rows(s, "SELECT COUNT(*), COUNT(DISTINCT value), MIN(value)::INT, MAX(value)::INT FROM SENSOR_DATA"));
            }
        }
    }

    private List<String> runChildAndKill(int round) throws Exception {
        Path stderr = logDir.resolve("child-" + round + ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestCrashWriterMain.class.getName(), dataDir.toString())
                .redirectError(stderr.toFile())
                .start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) lines.add(line);
            } catch (java.io.IOException e) {
                // The child died mid-line: the lines read so far are complete.
            }
        }, "ingest-crash-child-" + round);
        reader.start();
        long deadline = System.currentTimeMillis() + ROUND_DEADLINE_MILLIS;
        try {
            while (lines.size() <= ACKS_PER_ROUND && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            if (!child.isAlive()) fail("writer exited with " + child.exitValue() + ":\n" + Files.readString(stderr));
            if (lines.size() <= ACKS_PER_ROUND) fail("writer acknowledged only " + (lines.size() - 1) + " batches:\n" + Files.readString(stderr));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "killed writer did not exit");
            reader.join(10_000);
        }
        assertEquals(137, child.exitValue(), "the writer must die by SIGKILL");
        return List.copyOf(lines);
    }
}
