package dev.floe.engine.ingest;

import dev.floe.engine.catalog.ColumnDef;
import dev.floe.engine.catalog.TableDef;
import dev.floe.storage.TableSchema;
import dev.floe.types.SqlType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of one version of a table as streaming ingest fills them, and the rule that maps a
 * JSON key to a column. Without a pipe's field mapping: the column of exactly that name, else the
 * column named as Snowflake names an unquoted identifier (upper-cased), so {@code "device_id"}
 * fills DEVICE_ID, and any other key is an error. With one: only the mapped keys, exactly as
 * written, and other keys are ignored.
 */
final class TableShape {
    /** What {@link #column} answers for a key that a pipe's field mapping leaves out. */
    static final int IGNORED = -2;

    final TableDef table;
    final String[] names;
    final SqlType[] types;
    final boolean[] nullable;
    private final Map<String, Integer> byName = new HashMap<>();
    private final boolean mapped;

    TableShape(TableDef table, TableSchema schema, Map<String, String> fieldMapping) {
        if (schema.columnCount() != table.columns().size()) {
            throw new IllegalStateException("table " + table.name() + " has " + table.columns().size()
                    + " columns in the catalog and " + schema.columnCount() + " in storage");
        }
        this.table = table;
        int n = schema.columnCount();
        names = new String[n];
        types = new SqlType[n];
        nullable = new boolean[n];
        for (int c = 0; c < n; c++) {
            ColumnDef def = table.columns().get(c);
            names[c] = def.name();
            types[c] = schema.column(c).type();
            nullable[c] = def.nullable();
            if (fieldMapping.isEmpty()) byName.put(def.name(), c);
        }
        mapped = !fieldMapping.isEmpty();
        for (Map.Entry<String, String> field : fieldMapping.entrySet()) {
            int c = table.columnIndex(field.getValue());
            if (c < 0) throw new IllegalStateException("table " + table.name() + " has no column " + field.getValue());
            byName.put(field.getKey(), c);
        }
    }

    int columnCount() {
        return names.length;
    }

    /** The column a JSON key fills, {@link #IGNORED}, or -1 when the key is an error. */
    int column(String key) {
        Integer exact = byName.get(key);
        if (exact != null) return exact;
        if (mapped) return IGNORED;
        Integer upper = byName.get(key.toUpperCase(Locale.ROOT));
        return upper == null ? -1 : upper;
    }
}
