package dev.floe.cli;

import dev.floe.engine.StatementResult;
import java.io.PrintWriter;

/**
 * RFC 4180 CSV: a header line of column names, then one line per row, CRLF line ends. A field
 * holding a comma, a quote or a line break is quoted (quotes doubled). NULL is an empty field;
 * an empty string is {@code ""}, so the two stay apart. Results of successive statements are
 * separated by an empty line.
 */
final class CsvPrinter implements ResultPrinter {
    private static final String LINE_END = "\r\n";

    private final PrintWriter out;
    private boolean printedBefore;

    CsvPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void print(StatementResult result, long elapsedNanos) {
        StringBuilder sb = new StringBuilder();
        if (printedBefore) {
            sb.append(LINE_END);
        }
        printedBefore = true;
        int columnCount = result.columns().size();
        for (int c = 0; c < columnCount; c++) {
            if (c > 0) sb.append(',');
            field(sb, result.columns().get(c).name());
        }
        sb.append(LINE_END);
        for (int r = 0; r < result.rows().size(); r++) {
            for (int c = 0; c < columnCount; c++) {
                if (c > 0) sb.append(',');
                String text = result.text(r, c);
                if (text != null) field(sb, text);
            }
            sb.append(LINE_END);
        }
        out.print(sb);
        out.flush();
    }

    private static void field(StringBuilder sb, String text) {
        if (!needsQuotes(text)) {
            sb.append(text);
            return;
        }
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') sb.append('"');
            sb.append(c);
        }
        sb.append('"');
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }
}
