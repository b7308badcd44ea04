package dev.floe.engine.security;

import dev.floe.engine.catalog.CatalogState;
import dev.floe.engine.catalog.GrantDef;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps grants in step with the objects they name, inside the catalog mutation that creates,
 * renames or drops the object: grants are recorded by name, so a dropped table's grants must not
 * pass to a new table of the same name. Follows Snowflake: future grants become grants on each
 * object as it is created, schema-level ones taking precedence over database-level ones
 * (https://docs.snowflake.com/en/sql-reference/sql/grant-privilege, "Future grants"); grants on
 * ALL tables are grants on each table existing at grant time; CREATE OR REPLACE drops the old
 * object's grants.
 */
public final class GrantLifecycle {
    public static final String FUTURE_TABLES_IN_SCHEMA = "FUTURE_TABLES_IN_SCHEMA";
    public static final String FUTURE_TABLES_IN_DATABASE = "FUTURE_TABLES_IN_DATABASE";

    private GrantLifecycle() {
    }

    /** Turns the future grants on tables of the new table's schema (else of its database) into grants on it. */
    public static void tableCreated(CatalogState.Builder b, ObjectName table, long nowMillis) {
        List<GrantDef> future = futureGrants(b, FUTURE_TABLES_IN_SCHEMA, table.schemaName().toString());
        if (future.isEmpty()) future = futureGrants(b, FUTURE_TABLES_IN_DATABASE, ObjectName.database(table.database()).toString());
        for (GrantDef g : future) {
            b.grants.add(new GrantDef(g.privilege(), "TABLE", table.toString(), g.granteeType(), g.grantee(), g.grantedBy(), nowMillis));
        }
    }

    private static List<GrantDef> futureGrants(CatalogState.Builder b, String objectType, String container) {
        List<GrantDef> out = new ArrayList<>();
        for (GrantDef g : b.grants) if (g.objectType().equals(objectType) && g.objectName().equals(container)) out.add(g);
        return out;
    }

    /**
     * The tables existing now in a schema (or a database), named as grants name it, for a grant ON
     * ALL TABLES IN it: one grant per table.
     */
    public static List<ObjectName> tablesIn(CatalogState catalog, String container, boolean isSchema) {
        List<ObjectName> out = new ArrayList<>();
        for (TableDef t : catalog.tables) {
            ObjectName c = isSchema ? t.name().schemaName() : ObjectName.database(t.name().database());
            if (c.toString().equals(container)) out.add(t.name());
        }
        return out;
    }

    /** Forgets the grants on a database, schema or table and on everything inside it (future grants included). */
    public static void forget(CatalogState.Builder b, ObjectName object) {
        String name = object.toString();
        String inside = name + ".";
        b.grants.removeIf(g -> isOnSchemaObject(g) && (g.objectName().equals(name) || g.objectName().startsWith(inside)));
    }

    public static void forgetWarehouse(CatalogState.Builder b, String warehouse) {
        b.grants.removeIf(g -> g.objectType().equals("WAREHOUSE") && g.objectName().equals(warehouse));
    }

    /** Grants on a renamed table follow it. */
    public static void tableRenamed(CatalogState.Builder b, ObjectName from, ObjectName to) {
        for (int i = 0; i < b.grants.size(); i++) {
            GrantDef g = b.grants.get(i);
            if (g.objectType().equals("TABLE") && g.objectName().equals(from.toString())) {
                b.grants.set(i, new GrantDef(g.privilege(), g.objectType(), to.toString(), g.granteeType(), g.grantee(),
                        g.grantedBy(), g.createdMillis()));
            }
        }
    }

    private static boolean isOnSchemaObject(GrantDef g) {
        String type = g.objectType();
        return !type.equals("ROLE") && !type.equals("ACCOUNT") && !type.equals("WAREHOUSE");
    }
}
