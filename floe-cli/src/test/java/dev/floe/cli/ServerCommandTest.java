package dev.floe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheOptionsAndEverySetting() {
        StringWriter out = new StringWriter();
        int exitCode = run(out, "server", "--help");
        assertEquals(0, exitCode);
        String help = out.toString();
        for (String expected : new String[] {"--data-dir", "--port", "--bind", "--config", "--set",
                "http.port", "8080", "http.bind", "127.0.0.1", "limits.body.bytes", "limits.statement.chars",
                "limits.result.rows", "statements.sync-wait.ms", "auth.jwt.max-lifetime.s", "shutdown.grace.ms", "Exit status"}) {
            assertTrue(help.contains(expected), () -> "'" + expected + "' missing from:\n" + help);
        }
    }

    @Test
    void unknownSettingIsBadUsage() {
        StringWriter err = new StringWriter();
        int exitCode = run(new StringWriter(), err, "server", "--data-dir", dir.toString(), "--set", "no.such=1");
        assertEquals(2, exitCode);
        assertTrue(err.toString().startsWith("unknown setting 'no.such'; known settings: [account, auth.clock-skew.s,"), err.toString());
    }

    @Test
    void invalidPortInTheConfigFileIsBadUsage() throws Exception {
        Path config = Files.writeString(dir.resolve("floe.conf"), "http.port=99999\n");
        StringWriter err = new StringWriter();
        int exitCode = run(new StringWriter(), err, "server", "--config", config.toString());
        assertEquals(2, exitCode);
        assertTrue(err.toString().startsWith("http.port must be between 0 and 65535, got 99999 (configuration file " + config + ")"),
                err.toString());
    }

    @Test
    void portInUseFailsWithAMessage() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int exitCode = run(new StringWriter(), err, "server", "--data-dir", dir.toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(1, exitCode);
            assertTrue(err.toString().startsWith("floe server: could not start: Failed to bind to /127.0.0.1:"
                    + taken.getLocalPort()), err.toString());
        }
        try (dev.floe.engine.Floe floe = dev.floe.engine.Floe.open(dir)) {
            assertEquals(0, floe.newSession().executeOne("SHOW DATABASES").rows().size(), "the data directory is released");
        }
    }

    /** The real thing: a child {@code floe server} answers, then SIGTERM stops it cleanly and what it acknowledged stays. */
    @Test
    void sigtermShutsTheServerDownCleanly() throws Exception {
        Path data = dir.resolve("data");
        Path stderr = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                FloeCommand.class.getName(), "server", "--data-dir", data.toString(), "--port", "0")
                .redirectErrorStream(true)
                .redirectOutput(stderr.toFile())
                .start();
        int port = awaitPort(stderr, process);
        Properties credentials = new Properties();
        credentials.load(Files.newBufferedReader(data.resolve("admin-credentials")));
        String log = Files.readString(stderr);
        assertTrue(!log.contains(credentials.getProperty("password")), "the password must not be logged");

        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("ADMIN:" + credentials.getProperty("password"))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v2/statements"))
                .header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString("{\"statement\": \"CREATE DATABASE d; CREATE SCHEMA s; CREATE TABLE t (n NUMBER);"
                        + " INSERT INTO t VALUES (1), (2)\", \"parameters\": {\"MULTI_STATEMENT_COUNT\": 0}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());

        Process kill = new ProcessBuilder("sh", "-c", "kill -TERM " + process.pid()).start();
        assertEquals(0, kill.waitFor());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "floe server did not stop");
        assertEquals(143, process.exitValue(), Files.readString(stderr));
        assertTrue(Files.readString(stderr).contains("dev.floe.server.FloeServer - Stopped"), Files.readString(stderr));

        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "sql", "--data-dir", data.toString(), "--format", "csv", "-q", "SELECT SUM(n) AS s FROM d.s.t"));
        assertEquals("S\n3\n", out.toString().replace("\r\n", "\n"));
    }

    private static int awaitPort(Path log, Process process) throws Exception {
        Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    Matcher m = listening.matcher(line);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start:\n" + Files.readString(log));
    }

    private static int run(StringWriter out, String... args) {
        return run(out, new StringWriter(), args);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        picocli.CommandLine commandLine = FloeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
