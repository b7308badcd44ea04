package dev.floe.storage;

import dev.floe.types.variant.VariantReader;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.VariantVector;
import java.util.Map;

/** Checks an appended batch against the schema before any of it is stored. */
final class BatchValidator {
    private BatchValidator() {
    }

    static void validate(TableSchema schema, ColumnBatch batch, Map<String, String> tokens) {
        if (batch.columnCount() != schema.columnCount()) {
            throw new IllegalArgumentException("batch has " + batch.columnCount() + " columns, the table has " + schema.columnCount());
        }
        int rows = batch.size();
        if (rows < 0) {
            throw new IllegalArgumentException("batch size must not be negative, got " + rows);
        }
        for (int c = 0; c < schema.columnCount(); c++) {
            validateColumn(schema.column(c), schema, c, batch.column(c), rows);
        }
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            if (token.getKey() == null || token.getValue() == null) {
                throw new IllegalArgumentException("offset tokens must not contain null channel names or tokens");
            }
        }
    }

    private static void validateColumn(ColumnSpec spec, TableSchema schema, int c, ColumnVector vector, int rows) {
        if (vector == null) {
            throw new IllegalArgumentException("column " + spec.name() + " has no vector");
        }
        if (vector.type() != schema.physicalType(c)) {
            throw new IllegalArgumentException("column " + spec.name() + " of type " + spec.type() + " needs "
                    + schema.physicalType(c) + " values, got a " + vector.type() + " vector");
        }
        if (vector.capacity() < rows) {
            throw new IllegalArgumentException("column " + spec.name() + " holds " + vector.capacity() + " positions, the batch has " + rows + " rows");
        }
        for (int i = 0; i < rows; i++) {
            boolean isNull = vector.isNull(i);
            if (isNull && !spec.nullable()) {
                throw new IllegalArgumentException("column " + spec.name() + " is NOT NULL but row " + i + " is NULL");
            }
            if (!isNull && missingValue(vector, i)) {
                throw new IllegalArgumentException("column " + spec.name() + " row " + i + " has neither a value nor a NULL mark");
            }
            if (!isNull && vector instanceof VariantVector && !wellFramed(((VariantVector) vector).values[i])) {
                throw new IllegalArgumentException("column " + spec.name() + " row " + i + " is not a VARIANT in binary form");
            }
        }
    }

    /** A cheap structural check: the top-level value's own size is the array's length. */
    private static boolean wellFramed(byte[] value) {
        try {
            return value.length > 0 && VariantReader.sizeAt(value, 0) == value.length;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean missingValue(ColumnVector vector, int i) {
        if (vector instanceof StringVector) {
            StringVector s = (StringVector) vector;
            if (s.isDictionary()) {
                return s.codes[i] < 0 || s.codes[i] >= s.dictionary.length || s.dictionary[s.codes[i]] == null;
            }
            return s.values[i] == null;
        }
        if (vector instanceof VariantVector) {
            return ((VariantVector) vector).values[i] == null;
        }
        return false;
    }
}
