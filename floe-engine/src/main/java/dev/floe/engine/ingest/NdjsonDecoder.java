package dev.floe.engine.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the NDJSON body of one append into column vectors of a table: one JSON object per line
 * (blank lines skipped), written straight into the vectors. A row that cannot be stored (malformed
 * JSON, a value that does not convert, a key that names no column, a missing NOT NULL value) is
 * skipped and counted, with a message naming its row (1-based within the call), column and
 * reason; the other rows are kept (Snowflake's ON_ERROR = CONTINUE).
 *
 * <p>One decoder per channel, reused call after call (the vectors are copied by the store on
 * append); not thread-safe.
 */
final class NdjsonDecoder {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int KEY_CACHE_LIMIT = 1024;

    final TableShape shape;
    private final ColumnConverter[] converters;
    private final ColumnVector[] vectors;
    private final int[] seenInRow;
    /** JSON key to column (-1: none); Jackson hands out the same String per key, so this is cheap. */
    private final Map<String, Integer> keyColumns = new HashMap<>();
    private int capacity;
    private int stamp;

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
        int rowNumber = 0;
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && data[end] != '\n') end++;
            if (!blank(data, start, end)) {
                rowNumber++;
                decodeRow(data, start, end - start, rowNumber);
            }
            start = end + 1;
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

    private static boolean blank(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    private void decodeRow(byte[] data, int offset, int length, int rowNumber) {
        if (rows == capacity) grow();
        int column = -1;
        try (JsonParser p = JSON.createParser(data, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RowRejected("expected a JSON object, got " + ColumnConverter.describe(p, p.currentToken()));
            }
            int row = stamp == Integer.MAX_VALUE ? resetStamps() : ++stamp;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                column = columnOf(key);
                if (column == TableShape.IGNORED) {
                    column = -1;
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                if (column < 0) {
                    throw new RowRejected("field \"" + key + "\" matches no column of table " + shape.table.name().object());
                }
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
            column = -1;
            if (p.nextToken() != null) {
                throw new RowRejected("more than one JSON value on the line");
            }
            for (int c = 0; c < vectors.length; c++) {
                if (seenInRow[c] == row) continue;
                if (!shape.nullable[c]) {
                    column = c;
                    throw new RowRejected("missing value for a NOT NULL column");
                }
                vectors[c].setNull(rows);
            }
            rows++;
        } catch (RowRejected e) {
            reject(rowNumber, column, e.getMessage());
        } catch (JsonProcessingException e) {
            reject(rowNumber, -1, "malformed JSON at character " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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
        java.util.Arrays.fill(seenInRow, 0);
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
