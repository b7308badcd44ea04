package dev.floe.engine.catalog;

import java.util.List;
import java.util.Map;

/**
 * A warehouse. An interactive one lists the interactive tables it keeps hot; querying an
 * interactive table from an interactive warehouse that does not list it is an error.
 */
public record WarehouseDef(String name, boolean interactive, String size, List<ObjectName> tables,
                           Map<String, String> properties, long createdMillis, String owner, String comment) {

    public WarehouseDef {
        tables = List.copyOf(tables);
        properties = Map.copyOf(properties);
    }

    public WarehouseDef withTables(List<ObjectName> newTables) {
        return new WarehouseDef(name, interactive, size, newTables, properties, createdMillis, owner, comment);
    }
}
