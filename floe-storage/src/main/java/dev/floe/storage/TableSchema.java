package dev.floe.storage;

import dev.floe.types.PhysicalType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a stored table plus its cluster key (column indexes that sealed segments are
 * sorted by). Immutable; {@link #withColumn} returns a new schema, which is how ADD COLUMN
 * versions it.
 */
public final class TableSchema {
    private final List<ColumnSpec> columns;
    private final int[] clusterKey;
    private final PhysicalType[] physicalTypes;

    public TableSchema(List<ColumnSpec> columns, int[] clusterKey) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = List.copyOf(columns);
        this.clusterKey = clusterKey.clone();
        this.physicalTypes = new PhysicalType[columns.size()];
        for (int i = 0; i < physicalTypes.length; i++) {
            physicalTypes[i] = columns.get(i).type().physical();
            for (int j = 0; j < i; j++) {
                if (columns.get(j).name().equals(columns.get(i).name())) {
                    throw new IllegalArgumentException("duplicate column name " + columns.get(i).name());
                }
            }
        }
        for (int key : clusterKey) {
            if (key < 0 || key >= columns.size()) {
                throw new IllegalArgumentException("cluster key column index " + key + " is out of range 0.." + (columns.size() - 1));
            }
        }
    }

    public List<ColumnSpec> columns() {
        return columns;
    }

    public int columnCount() {
        return columns.size();
    }

    public ColumnSpec column(int index) {
        return columns.get(index);
    }

    public PhysicalType physicalType(int index) {
        return physicalTypes[index];
    }

    /** A copy of the cluster key column indexes, most significant first. */
    public int[] clusterKey() {
        return clusterKey.clone();
    }

    public TableSchema withColumn(ColumnSpec column) {
        List<ColumnSpec> grown = new ArrayList<>(columns);
        grown.add(column);
        return new TableSchema(grown, clusterKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableSchema
                && columns.equals(((TableSchema) o).columns)
                && Arrays.equals(clusterKey, ((TableSchema) o).clusterKey);
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + Arrays.hashCode(clusterKey);
    }

    @Override
    public String toString() {
        return "TableSchema" + columns + " cluster by " + Arrays.toString(clusterKey);
    }
}
