package dev.floe.engine.sqllogictest;

import static org.junit.jupiter.api.Assertions.fail;

import dev.floe.engine.Floe;
import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import dev.floe.engine.StatementResult;
import dev.floe.types.TypeKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code src/test/resources/sqllogictest/*.test} file against a fresh embedded engine,
 * one dynamic test per file. A file fails with the list of every record that went wrong (file:line,
 * SQL, expected and actual), so one run shows all differences.
 */
class SqlLogicTest {

    @TestFactory
    Stream<DynamicTest> files() throws IOException, URISyntaxException {
        Path dir = Path.of(SqlLogicTest.class.getResource("/sqllogictest").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".test")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no .test files in " + dir);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
    }

    static void run(Path file) throws IOException {
        List<SqlLogicTestFile.Record> records = SqlLogicTestFile.parse(file);
        Path dataDir = Files.createTempDirectory("floe-slt-");
        List<String> failures = new ArrayList<>();
        try (Floe floe = Floe.open(dataDir)) {
            Session session = floe.newSession();
            for (SqlLogicTestFile.Record r : records) {
                String failure = check(session, r);
                if (failure != null) failures.add(failure);
            }
        } finally {
            deleteRecursively(dataDir);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + records.size() + " records failed in " + file.getFileName() + ":\n\n"
                    + String.join("\n\n", failures));
        }
    }

    private static String check(Session session, SqlLogicTestFile.Record r) {
        StatementResult result;
        try {
            result = session.executeOne(r.sql());
        } catch (FloeException e) {
            if (r.kind() == SqlLogicTestFile.Kind.STATEMENT_ERROR) {
                String want = r.expected() == null ? null : r.expected().get(0);
                if (want == null || e.getMessage().contains(want)) return null;
                return r.where() + ": wrong error\n" + r.sql() + "\nexpected message containing: " + want + "\nactual: " + e.getMessage();
            }
            return r.where() + ": unexpected error\n" + r.sql() + "\n" + e.getMessage();
        } catch (RuntimeException e) {
            StringBuilder trace = new StringBuilder(e.toString());
            StackTraceElement[] frames = e.getStackTrace();
            for (int i = 0; i < Math.min(8, frames.length); i++) trace.append("\n  at ").append(frames[i]);
            return r.where() + ": internal error (never acceptable)\n" + r.sql() + "\n" + trace;
        }
        switch (r.kind()) {
            case STATEMENT_ERROR:
                return r.where() + ": expected an error, statement succeeded\n" + r.sql();
            case STATEMENT_OK:
                return null;
            default:
                return compare(r, result);
        }
    }

    private static String compare(SqlLogicTestFile.Record r, StatementResult result) {
        String letters = letters(result);
        if (!letters.equals(r.columnLetters())) {
            return r.where() + ": column types " + letters + ", expected " + r.columnLetters() + "\n" + r.sql();
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < result.columns().size(); c++) {
                if (c > 0) row.append('\t');
                String v = result.text(i, c);
                row.append(v == null ? "NULL" : v.isEmpty() ? "(empty)" : v);
            }
            actual.add(row.toString());
        }
        List<String> expected = new ArrayList<>(r.expected());
        if (r.rowSort()) {
            actual.sort(Comparator.naturalOrder());
            expected.sort(Comparator.naturalOrder());
        }
        if (actual.equals(expected)) return null;
        return r.where() + ": wrong result\n" + r.sql() + "\nexpected:\n" + String.join("\n", expected) + "\nactual:\n"
                + String.join("\n", actual);
    }

    /** I for integers, R for fractional numbers, T for everything else. */
    private static String letters(StatementResult result) {
        StringBuilder sb = new StringBuilder();
        for (var c : result.columns()) {
            TypeKind k = c.type().kind();
            if (k == TypeKind.NUMBER) sb.append(c.type().scale() == 0 ? 'I' : 'R');
            else if (k == TypeKind.FLOAT) sb.append('R');
            else sb.append('T');
        }
        return sb.toString();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
