package dev.floe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.Floe;
import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SqlCommandTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        /** The output with the varying "Time Elapsed" figures replaced by {@code T}. */
        String table() {
            return out.replaceAll("Time Elapsed: \\d+\\.\\d{3}s", "Time Elapsed: T");
        }
    }

    private Run floe(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FloeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Run sql(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "sql";
        all[1] = "--data-dir";
        all[2] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return floe(all);
    }

    private Path script(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    /** What the engine itself reports for {@code failing} after {@code setup}, as the CLI prints it after the location. */
    private String engineError(String setup, String failing) {
        try (Floe floe = Floe.open(dir.resolve("reference"))) {
            Session session = floe.newSession();
            session.execute(setup);
            FloeException e = assertThrows(FloeException.class, () -> session.execute(failing));
            return String.format("Error %06d (%s): %s%n", e.code().snowflakeCode(), e.code().sqlState(), e.getMessage());
        }
    }

    /** Database D (current), warehouse W (current: Snowflake runs DML and table queries on one), table T. */
    private static final String SETUP = "CREATE DATABASE D; CREATE WAREHOUSE W; CREATE TABLE T (ID INT, NAME VARCHAR);";

    /** The rows of T, ordered, as CSV lines. */
    private String rowsOfT() {
        Run run = sql("--format", "csv", "-q", "USE DATABASE D; USE WAREHOUSE W; SELECT ID FROM T ORDER BY ID");
        assertEquals(0, run.exitCode(), run.err());
        return run.out().substring(run.out().indexOf("ID\r\n"));
    }

    @Test
    void tablePrintsBoxedAlignedColumnsWithNullAndRowCount() {
        Run run = sql("-q", "SELECT 1 AS N, 'abc' AS S, NULL AS Z UNION ALL SELECT 1000, 'x', 'y'");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                +------+-----+------+
                | N    | S   | Z    |
                |------+-----+------|
                |    1 | abc | NULL |
                | 1000 | x   | y    |
                +------+-----+------+
                2 Row(s) produced. Time Elapsed: T
                """, run.table());
        assertEquals("", run.err());
    }

    @Test
    void tableSpreadsLineBreaksOverLines() {
        Run run = sql("-q", "SELECT 'one\\ntwo' AS S, 2 AS N");
        assertEquals("""
                +-----+---+
                | S   | N |
                |-----+---|
                | one | 2 |
                | two |   |
                +-----+---+
                1 Row(s) produced. Time Elapsed: T
                """, run.table());
    }

    @Test
    void tableOfAnEmptyResultHasOnlyTheHeader() {
        Run run = sql("-q", SETUP + "SELECT ID FROM T");
        assertTrue(run.table().endsWith("""
                +----+
                | ID |
                |----|
                +----+
                0 Row(s) produced. Time Elapsed: T
                """), run.out());
    }

    @Test
    void ddlPrintsItsStatusAsAOneRowTable() {
        Run run = sql("-q", "CREATE DATABASE D");
        assertEquals("""
                +----------------------------------+
                | status                           |
                |----------------------------------|
                | Database D successfully created. |
                +----------------------------------+
                1 Row(s) produced. Time Elapsed: T
                """, run.table());
    }

    @Test
    void csvQuotesWhatItMustAndTellsNullFromEmpty() {
        Run run = sql("--format", "csv", "-q",
                "SELECT 'a,b' AS A, 'say \"hi\"' AS B, '' AS C, NULL AS D, 'x\\ny' AS E, 1.50 AS F; SELECT 2 AS G");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("A,B,C,D,E,F\r\n\"a,b\",\"say \"\"hi\"\"\",\"\",,\"x\ny\",1.50\r\n\r\nG\r\n2\r\n", run.out());
    }

    @Test
    void jsonPrintsOneArrayOfObjectsPerResultWithTypedValues() {
        Run run = sql("--format", "json", "-q",
                "SELECT 1.50 AS N, 2.5::FLOAT AS F, 'NaN'::FLOAT AS NAN, TRUE AS B, NULL AS Z, 'it\"s' AS S,"
                        + " PARSE_JSON('{\"a\": [1, \"x\"]}') AS V, '2024-01-15 10:30:00'::TIMESTAMP_NTZ AS TS;"
                        + " CREATE DATABASE D;"
                        + " SELECT 1 AS N WHERE 1 = 0");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[{\"N\":1.50,\"F\":2.5,\"NAN\":\"NaN\",\"B\":true,\"Z\":null,\"S\":\"it\\\"s\","
                + "\"V\":{\"a\":[1,\"x\"]},\"TS\":\"2024-01-15 10:30:00.000\"}]\n"
                + "[{\"status\":\"Database D successfully created.\"}]\n"
                + "[]\n", run.out());
    }

    @Test
    void aFailingStatementGoesToStderrWithItsLineAndExitCode1() throws Exception {
        Path file = script("bad.sql", "CREATE DATABASE D;\n\nSELECT *\n  FROM MISSING;\nSELECT 2;\n");
        Run run = sql("--format", "csv", "-f", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals("status\r\nDatabase D successfully created.\r\n", run.out());
        assertEquals(file + ":3: " + engineError("CREATE DATABASE D", "SELECT * FROM MISSING"), run.err());
        assertTrue(run.err().contains(": Error 002003 (02000): SQL compilation error:\n"), run.err());
    }

    @Test
    void aSyntaxErrorIsReportedAtItsScriptPositionAfterTheStatementsBeforeItRan() throws Exception {
        Path file = script("syntax.sql", SETUP + "\nINSERT INTO T SELECT 1, 'a';\n  SELECT 1 FROM T WHERE;\nINSERT INTO T SELECT 2, 'b';");
        Run run = sql("-f", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(file + ":3:24: Error 001003 (42000): SQL compilation error:\n"
                + "syntax error line 3 at position 23 unexpected '<EOF>'.\n", run.err());
        assertEquals("ID\r\n1\r\n", rowsOfT());
    }

    @Test
    void continueOnErrorRunsTheRestAndStillExitsWith1() throws Exception {
        Path file = script("errors.sql", SETUP + "\nINSERT INTO T SELECT 1, 'a';\nINSERT INTO NOPE SELECT 1;\n"
                + "SELEC 2;\nINSERT INTO T SELECT 2, 'b';\n");
        Run run = sql("--format", "csv", "--continue-on-error", "-f", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(file + ":3: " + engineError(SETUP, "INSERT INTO NOPE SELECT 1")
                + file + ":4:1: Error 001003 (42000): SQL compilation error:\n"
                + "syntax error line 4 at position 0 unexpected 'SELEC'.\n", run.err());
        assertEquals("ID\r\n1\r\n2\r\n", rowsOfT());
    }

    @Test
    void filesRunInOrderInOneSession() throws Exception {
        Path first = script("first.sql", SETUP);
        Path second = script("second.sql", "INSERT INTO T SELECT 7, 'seven';");
        Run run = sql("--format", "csv", "-f", first.toString(), "-f", second.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("ID\r\n7\r\n", rowsOfT());
    }

    @Test
    void anErrorInTheFirstFileStopsBeforeTheSecond() throws Exception {
        Path first = script("first.sql", SETUP + "SELECT * FROM MISSING;");
        Path second = script("second.sql", "INSERT INTO T SELECT 7, 'seven';");
        Run run = sql("-f", first.toString(), "-f", second.toString());
        assertEquals(1, run.exitCode());
        assertEquals("ID\r\n", rowsOfT());
    }

    @Test
    void withoutFileOrQueryStatementsComeFromStdin() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("SELECT 'a;b' AS X;\nSELECT 2 AS Y\n".getBytes(StandardCharsets.UTF_8)));
            Run run = sql("--format", "csv");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("X\r\na;b\r\n\r\nY\r\n2\r\n", run.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void errorsInStdinAreNamedStdin() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("SELECT 1;\nSELECT FROM;\n".getBytes(StandardCharsets.UTF_8)));
            Run run = sql("--format", "csv");
            assertEquals(1, run.exitCode());
            assertEquals("<stdin>:2:8: Error 001003 (42000): SQL compilation error:\n"
                    + "syntax error line 2 at position 7 unexpected 'FROM'.\n", run.err());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anUnreadableScriptFails() throws Exception {
        Path file = dir.resolve("latin1.sql");
        Files.write(file, new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'', (byte) 0xE9, '\''});
        Run run = sql("-f", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(file + ": Error: could not read: java.nio.charset.MalformedInputException: Input length = 1\n", run.err());
    }

    @Test
    void aDataDirectoryInUseFails() {
        Path data = dir.resolve("data");
        try (Floe ignored = Floe.open(data)) {
            Run run = sql("-q", "SELECT 1");
            assertEquals(1, run.exitCode());
            assertEquals(data + ": Error: data directory " + data + " is in use by another Floe process\n", run.err());
        }
    }

    @Test
    void dataPersistsAcrossRuns() {
        assertEquals(0, sql("-q", SETUP + "INSERT INTO T SELECT 3, 'c'").exitCode());
        assertEquals("ID\r\n3\r\n", rowsOfT());
    }

    @Test
    void badUsageExitsWith2() throws Exception {
        Path file = script("ok.sql", "SELECT 1;");
        assertEquals(2, floe().exitCode());
        assertEquals(2, floe("nope").exitCode());
        assertEquals(2, sql("--nope").exitCode());
        assertEquals(2, sql("--format", "xml", "-q", "SELECT 1").exitCode());
        assertEquals(2, sql("-q", "SELECT 1", "-f", file.toString()).exitCode());
        Run missing = sql("-f", dir.resolve("missing.sql").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("Cannot read SQL file: " + dir.resolve("missing.sql") + "\n"), missing.err());
    }

    @Test
    void versionPrintsTheEngineVersion() {
        Run run = floe("--version");
        assertEquals(0, run.exitCode());
        assertEquals("floe " + Floe.VERSION + "\n", run.out());
    }
}
