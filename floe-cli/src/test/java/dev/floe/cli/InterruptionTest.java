package dev.floe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.Floe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptionTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptBetweenStatementsStopsTheScriptAsAFailure() {
        try (Floe floe = Floe.open(dir)) {
            Interruption interruption = new Interruption();
            AtomicInteger cancels = new AtomicInteger();
            interruption.cancelWith(cancels::incrementAndGet);
            List<String> printed = new ArrayList<>();
            ResultPrinter printer = (result, nanos) -> {
                printed.add(result.text(0, 0));
                interruption.interrupt();
            };
            StringWriter err = new StringWriter();
            ScriptRunner runner = new ScriptRunner(floe.newSession(), printer, new ErrorReporter(new PrintWriter(err)), true,
                    interruption);
            boolean succeeded = runner.run(List.of(new ScriptSource("<query>", () -> new StringReader("SELECT 1; SELECT 2"))));
            assertFalse(succeeded);
            assertEquals(List.of("1"), printed);
            assertEquals(1, cancels.get());
            assertEquals("", err.toString());
        }
    }

    /**
     * The real thing: SIGINT to a child {@code floe sql} while a long statement (80M rows) runs
     * cancels it, the cancellation is reported, nothing after it runs, and the exit status is 130.
     */
    @Test
    void ctrlCCancelsTheRunningStatementAndExitsNonZero() throws Exception {
        String crossJoin = "SELECT A.X FROM T A, T B";
        StringBuilder slow = new StringBuilder("SELECT COUNT(*) FROM (").append(crossJoin);
        for (int i = 0; i < 200; i++) {
            slow.append(" UNION ALL ").append(crossJoin);
        }
        slow.append(");\n");
        Path script = Files.writeString(dir.resolve("slow.sql"), "CREATE DATABASE D;\nCREATE WAREHOUSE W;\nCREATE TABLE T (X INT);\n"
                + "INSERT INTO T SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5;\n"
                + "INSERT INTO T SELECT A.X FROM T A, T B, T C, T D;\n"
                + "SELECT 'started' AS S;\n" + slow + "SELECT 'after' AS S;\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                FloeCommand.class.getName(), "sql", "--data-dir", dir.resolve("data").toString(), "--format", "csv",
                "-f", script.toString())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.append(line).append('\n');
                if (line.equals("started")) {
                    // The next statement runs for many seconds; let it get well under way.
                    Thread.sleep(1000);
                    // The shell's built-in kill: a kill binary may be missing on a minimal machine.
                    Process kill = new ProcessBuilder("sh", "-c", "kill -INT " + process.pid()).start();
                    assertEquals(0, kill.waitFor());
                }
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "floe sql did not stop");
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertEquals(130, process.exitValue(), err);
        assertEquals(script + ":7: Error 000604 (57014): SQL execution canceled\n", err);
        assertTrue(out.toString().endsWith("\nS\nstarted\n"), out.toString());
    }
}
