package dev.floe.cli;

import dev.floe.engine.ResultColumn;
import dev.floe.engine.StatementResult;
import dev.floe.types.TypeKind;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * SnowSQL's table output: a boxed grid with the column names, numbers aligned right, NULL shown
 * as {@code NULL}, a value with line breaks spread over several lines, then
 * {@code N Row(s) produced. Time Elapsed: 0.012s}.
 */
final class TablePrinter implements ResultPrinter {
    private static final String NULL_TEXT = "NULL";

    private final PrintWriter out;

    TablePrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void print(StatementResult result, long elapsedNanos) {
        List<ResultColumn> columns = result.columns();
        int rowCount = result.rows().size();
        String[][] cells = new String[rowCount][];
        int[] widths = new int[columns.size()];
        boolean[] alignRight = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = widestLine(columns.get(c).name());
            TypeKind kind = columns.get(c).type().kind();
            alignRight[c] = kind == TypeKind.NUMBER || kind == TypeKind.FLOAT;
        }
        for (int r = 0; r < rowCount; r++) {
            String[] row = new String[columns.size()];
            for (int c = 0; c < row.length; c++) {
                String text = result.text(r, c);
                row[c] = text == null ? NULL_TEXT : text;
                widths[c] = Math.max(widths[c], widestLine(row[c]));
            }
            cells[r] = row;
        }

        StringBuilder sb = new StringBuilder();
        rule(sb, widths, '+', '+');
        String[] header = new String[columns.size()];
        for (int c = 0; c < header.length; c++) {
            header[c] = columns.get(c).name();
        }
        row(sb, header, widths, new boolean[widths.length]);
        rule(sb, widths, '|', '+');
        for (String[] row : cells) {
            row(sb, row, widths, alignRight);
        }
        rule(sb, widths, '+', '+');
        sb.append(rowCount).append(" Row(s) produced. Time Elapsed: ")
                .append(String.format(Locale.ROOT, "%.3f", elapsedNanos / 1e9)).append("s\n");
        out.print(sb);
        out.flush();
    }

    /** {@code +----+---+} (or {@code |----+---|} under the header). */
    private static void rule(StringBuilder sb, int[] widths, char edge, char joint) {
        sb.append(edge);
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) sb.append(joint);
            repeat(sb, '-', widths[c] + 2);
        }
        sb.append(edge).append('\n');
    }

    /** One grid row; cells holding line breaks make it several lines tall. */
    private static void row(StringBuilder sb, String[] cells, int[] widths, boolean[] alignRight) {
        String[][] lines = new String[cells.length][];
        int height = 1;
        for (int c = 0; c < cells.length; c++) {
            lines[c] = cells[c].split("\n", -1);
            height = Math.max(height, lines[c].length);
        }
        for (int l = 0; l < height; l++) {
            sb.append('|');
            for (int c = 0; c < cells.length; c++) {
                String text = l < lines[c].length ? lines[c][l] : "";
                int padding = widths[c] - text.length();
                sb.append(' ');
                if (alignRight[c]) repeat(sb, ' ', padding);
                sb.append(text);
                if (!alignRight[c]) repeat(sb, ' ', padding);
                sb.append(" |");
            }
            sb.append('\n');
        }
    }

    private static int widestLine(String text) {
        int widest = 0;
        int lineStart = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                return Math.max(widest, text.length() - lineStart);
            }
            widest = Math.max(widest, lineEnd - lineStart);
            lineStart = lineEnd + 1;
        }
    }

    private static void repeat(StringBuilder sb, char c, int count) {
        for (int i = 0; i < count; i++) {
            sb.append(c);
        }
    }
}
