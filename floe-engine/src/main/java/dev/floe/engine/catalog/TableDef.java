package dev.floe.engine.catalog;

import java.util.List;

/**
 * A table: its columns, cluster key and where its data lives ({@code id} names the storage
 * directory, so renames never move files).
 */
public record TableDef(long id, ObjectName name, boolean interactive, List<ColumnDef> columns,
                       List<String> clusterBy, long createdMillis, long lastDdlMillis, String owner,
                       String comment) {

    public TableDef {
        columns = List.copyOf(columns);
        clusterBy = List.copyOf(clusterBy);
    }

    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) return i;
        }
        return -1;
    }

    public TableDef withColumns(List<ColumnDef> newColumns, long ddlMillis) {
        return new TableDef(id, name, interactive, newColumns, clusterBy, createdMillis, ddlMillis, owner, comment);
    }

    public TableDef withName(ObjectName newName, long ddlMillis) {
        return new TableDef(id, newName, interactive, columns, clusterBy, createdMillis, ddlMillis, owner, comment);
    }
}
