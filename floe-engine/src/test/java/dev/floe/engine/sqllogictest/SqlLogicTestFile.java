package dev.floe.engine.sqllogictest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A parsed {@code .test} file: its records in order (format: src/test/resources/sqllogictest/README.md). */
final class SqlLogicTestFile {

    enum Kind { STATEMENT_OK, STATEMENT_ERROR, QUERY }

    /** One record; {@code expected} holds the error substring (or null) or the expected rows. */
    record Record(Path file, int line, Kind kind, String columnLetters, boolean rowSort, String sql, List<String> expected) {
        String where() {
            return file.getFileName() + ":" + line;
        }
    }

    private SqlLogicTestFile() {
    }

    static List<Record> parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Record> records = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                i++;
                continue;
            }
            int start = i + 1;
            String[] header = line.trim().split("\\s+");
            Kind kind;
            String letters = null;
            boolean rowSort = false;
            if (header[0].equals("statement") && header.length == 2 && header[1].equals("ok")) {
                kind = Kind.STATEMENT_OK;
            } else if (header[0].equals("statement") && header.length == 2 && header[1].equals("error")) {
                kind = Kind.STATEMENT_ERROR;
            } else if (header[0].equals("query") && (header.length == 2 || header.length == 3)) {
                kind = Kind.QUERY;
                letters = header[1];
                if (!letters.matches("[ITR]+")) throw malformed(file, start, "column letters must be I, T or R: " + letters);
                if (header.length == 3) {
                    if (!header[2].equals("rowsort") && !header[2].equals("nosort")) {
                        throw malformed(file, start, "unknown sort mode " + header[2]);
                    }
                    rowSort = header[2].equals("rowsort");
                }
            } else {
                throw malformed(file, start, "expected 'statement ok', 'statement error' or 'query <letters>', got: " + line);
            }
            i++;
            StringBuilder sql = new StringBuilder();
            while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).equals("----")) {
                if (sql.length() > 0) sql.append('\n');
                sql.append(lines.get(i++));
            }
            if (sql.length() == 0) throw malformed(file, start, "record has no SQL");
            List<String> expected = new ArrayList<>();
            boolean hasResult = i < lines.size() && lines.get(i).equals("----");
            if (hasResult) {
                i++;
                while (i < lines.size() && !lines.get(i).isBlank()) expected.add(lines.get(i++));
            }
            if (kind == Kind.QUERY && !hasResult) throw malformed(file, start, "query without ----");
            if (kind == Kind.STATEMENT_OK && hasResult) throw malformed(file, start, "statement ok takes no ----");
            if (kind == Kind.STATEMENT_ERROR && hasResult && expected.size() != 1) {
                throw malformed(file, start, "statement error takes exactly one message line after ----");
            }
            records.add(new Record(file, start, kind, letters, rowSort, sql.toString(), kind == Kind.STATEMENT_ERROR && !hasResult ? null : expected));
        }
        return records;
    }

    private static IllegalArgumentException malformed(Path file, int line, String why) {
        return new IllegalArgumentException(file.getFileName() + ":" + line + ": malformed record: " + why);
    }
}
