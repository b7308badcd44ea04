package dev.floe.engine.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the NDJSON body of one append into column vectors of a table: one JSON object per line
 * (blank lines skipped), written straight into the vectors. A row that cannot be stored (malformed
 * JSON, a value that does not convert, a key that names no column, a missing NOT NULL value) is
 * skipped and counted, with a message naming its row (1-based within the call), column and
 * reason; the other rows are kept (Snowflake's ON_ERROR = CONTINUE).
 *
 * <p>One Jackson parser reads the whole body (creating one per row would cost more than decoding
 * it); the lines are found first, so that after a bad row parsing resumes at the next line, and a
 * line holding more than one value is rejected as a whole. One decoder per channel, reused call
 * after call (the store copies the vectors on append); not thread-safe.
 */
final class NdjsonDecoder {
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    private static final int KEY_CACHE_LIMIT = 1024;

    final TableShape shape;
    private final ColumnConverter[] converters;
    private final ColumnVector[] vectors;
    private final int[] seenInRow;
    /** JSON key to column (-1: none); Jackson hands out the same String per key, so this is cheap. */
    private final Map<String, Integer> keyColumns = new HashMap<>();
    private int capacity;
    private int stamp;
    /** Per non-blank line of the body: where it starts and its line index (blank lines included). */
    private int[] lineStart = new int[1024];
    private int[] lineIndex = new int[1024];

    /** The column the row being decoded failed at, or -1 when the fault is not one column's. */
    private int failedColumn;
    private int rows;
    private int rejected;
    private String lastError;

    NdjsonDecoder(TableShape shape) {
        this.shape = shape;
        int n = shape.columnCount();
        converters = new ColumnConverter[n];
        vectors = new ColumnVector[n];
        seenInRow = new int[n];
        capacity = 1024;
        for (int c = 0; c < n; c++) {
            converters[c] = ColumnConverter.of(shape.types[c]);
            vectors[c] = ColumnVector.allocate(shape.types[c].physical(), capacity);
        }
    }

    /** Decodes {@code data[0, length)}; the outcome is read through the accessors until the next call. */
    void decode(byte[] data, int length) {
        rows = 0;
        rejected = 0;
        lastError = null;
        for (ColumnVector v : vectors) v.reset();
        int lines = findLines(data, length);
        int next = 0;
        while (next < lines) {
            next = decodeFrom(data, length, next, lines);
        }
    }

    int rows() {
        return rows;
    }

    int rejected() {
        return rejected;
    }

    /** The message of the last rejected row of the call, or null. */
    String lastError() {
        return lastError;
    }

    /** The accepted rows, valid until the next {@link #decode}. */
    ColumnBatch batch() {
        return new ColumnBatch(vectors, rows);
    }

    private int findLines(byte[] data, int length) {
        int count = 0;
        int index = 0;
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && data[end] != '\n') end++;
            if (!blank(data, start, end)) {
                if (count == lineStart.length) {
                    lineStart = Arrays.copyOf(lineStart, count * 2);
                    lineIndex = Arrays.copyOf(lineIndex, count * 2);
                }
                lineStart[count] = start;
                lineIndex[count] = index;
                count++;
            }
            index++;
            start = end + 1;
        }
        return count;
    }

    private static boolean blank(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    /**
     * Decodes rows {@code first..} with one parser until the end or a bad row; returns the row to
     * resume at. Row r is the r-th non-blank line; Jackson numbers the parser's lines from 1.
     */
    private int decodeFrom(byte[] data, int length, int first, int lines) {
        int baseLine = lineIndex[first] - 1;
        int row = first;
        try (JsonParser p = JSON.createParser(data, lineStart[first], length - lineStart[first])) {
            while (row < lines) {
                JsonToken token = p.nextToken();
                if (row > first && p.currentTokenLocation().getLineNr() == lineIndex[row - 1] - baseLine) {
                    return rejectPrevious(row);
                }
                if (rows == capacity) grow();
                failedColumn = -1;
                if (token != JsonToken.START_OBJECT) {
                    throw new RowRejected("expected a JSON object, got " + ColumnConverter.describe(p, token));
                }
                decodeObject(p);
                if (p.currentLocation().getLineNr() != lineIndex[row] - baseLine) {
                    throw new RowRejected("a row must be a JSON object on one line");
                }
                rows++;
                row++;
            }
            JsonToken trailing = p.nextToken();
            if (trailing != null && row > first && p.currentTokenLocation().getLineNr() == lineIndex[row - 1] - baseLine) {
                return rejectPrevious(row);
            }
            return row;
        } catch (RowRejected e) {
            reject(row + 1, failedColumn, e.getMessage());
            return row + 1;
        } catch (JsonProcessingException e) {
            if (row > first && e.getLocation().getLineNr() == lineIndex[row - 1] - baseLine) {
                return rejectPrevious(row);
            }
            reject(row + 1, -1, "malformed JSON at character " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
            return row + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row before {@code row} was followed by more on its line: it is taken back and rejected. */
    private int rejectPrevious(int row) {
        rows--;
        reject(row, -1, "more than one JSON value on the line");
        return row;
    }

    /**
     * Fills position {@code rows} from the object whose START_OBJECT was just read; a fault throws
     * {@link RowRejected} with the offending column in {@link #failedColumn}.
     */
    private void decodeObject(JsonParser p) throws IOException, RowRejected {
        int row = stamp == Integer.MAX_VALUE ? resetStamps() : ++stamp;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            failedColumn = -1;
            String key = p.currentName();
            int column = columnOf(key);
            if (column == TableShape.IGNORED) {
                p.nextToken();
                p.skipChildren();
                continue;
            }
            if (column < 0) {
                throw new RowRejected("field \"" + key + "\" matches no column of table " + shape.table.name().object());
            }
            failedColumn = column;
            if (seenInRow[column] == row) {
                throw new RowRejected("field \"" + key + "\" is given twice");
            }
            seenInRow[column] = row;
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                if (!shape.nullable[column]) throw new RowRejected("NULL in a NOT NULL column");
                vectors[column].setNull(rows);
            } else {
                vectors[column].setNotNull(rows);
                converters[column].convert(p, value, vectors[column], rows);
            }
        }
        failedColumn = -1;
        for (int c = 0; c < vectors.length; c++) {
            if (seenInRow[c] == row) continue;
            if (!shape.nullable[c]) {
                failedColumn = c;
                throw new RowRejected("missing value for a NOT NULL column");
            }
            vectors[c].setNull(rows);
        }
    }

    private int columnOf(String key) {
        Integer cached = keyColumns.get(key);
        if (cached != null) return cached;
        int column = shape.column(key);
        if (keyColumns.size() < KEY_CACHE_LIMIT) keyColumns.put(key, column);
        return column;
    }

    private int resetStamps() {
        Arrays.fill(seenInRow, 0);
        stamp = 1;
        return stamp;
    }

    private void reject(int rowNumber, int column, String reason) {
        rejected++;
        lastError = column < 0 ? "Row " + rowNumber + ": " + reason
                : "Row " + rowNumber + ", column " + shape.names[column] + " (" + shape.types[column].displayName() + "): " + reason;
    }

    private void grow() {
        capacity *= 2;
        for (ColumnVector v : vectors) v.ensureCapacity(capacity);
    }
}
