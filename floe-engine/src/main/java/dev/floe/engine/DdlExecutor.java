package dev.floe.engine;

import dev.floe.engine.analyzer.QueryBinder;
import dev.floe.engine.analyzer.TypeNames;
import dev.floe.engine.catalog.CatalogState;
import dev.floe.engine.catalog.ColumnDef;
import dev.floe.engine.catalog.DatabaseDef;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.catalog.WarehouseDef;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.security.GrantLifecycle;
import dev.floe.engine.security.Privileges;
import dev.floe.sql.tree.AddColumns;
import dev.floe.sql.tree.AddTables;
import dev.floe.sql.tree.AlterTable;
import dev.floe.sql.tree.AlterWarehouse;
import dev.floe.sql.tree.ColumnDefinition;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.CreateDatabase;
import dev.floe.sql.tree.CreateSchema;
import dev.floe.sql.tree.CreateTable;
import dev.floe.sql.tree.CreateWarehouse;
import dev.floe.sql.tree.Drop;
import dev.floe.sql.tree.DropTables;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.Property;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.RenameTo;
import dev.floe.sql.tree.ResumeWarehouse;
import dev.floe.sql.tree.SetProperties;
import dev.floe.sql.tree.SuspendWarehouse;
import dev.floe.sql.tree.UnsetProperties;
import dev.floe.storage.ColumnSpec;
import dev.floe.storage.TableSchema;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CREATE / ALTER / DROP of databases, schemas, tables and warehouses. Each change is one catalog
 * version, written durably before it is visible; table storage is created before the catalog
 * names it and removed after the catalog forgets it, so a crash in between leaves nothing
 * dangling (see {@link TableStores}). Each checks the session role's privileges first; grants
 * follow the objects they name (see {@link GrantLifecycle}).
 */
final class DdlExecutor {
    private final StatementContext ctx;
    private final long now = System.currentTimeMillis();

    DdlExecutor(StatementContext ctx) {
        this.ctx = ctx;
    }

    StatementResult createDatabase(CreateDatabase s) {
        String name = s.name().canonical();
        ctx.rights().requireOnAccount(Privileges.CREATE_DATABASE);
        DatabaseDef existing = ctx.fullCatalog().database(name);
        if (existing != null) {
            if (s.ifNotExists()) return exists(name);
            if (!s.orReplace()) throw FloeException.alreadyExists("Database", name);
            ctx.rights().requireOnDatabase(existing, Privileges.OWNERSHIP);
            dropDatabase(name);
        }
        String comment = property(s.properties(), "COMMENT");
        update(b -> {
            b.databases.add(new DatabaseDef(ObjectName.database(name), now, ctx.session().role(), comment));
            b.schemas.add(new DatabaseDef(ObjectName.schema(name, "PUBLIC"), now, ctx.session().role(), null));
            b.schemas.add(new DatabaseDef(ObjectName.schema(name, "INFORMATION_SCHEMA"), now, null,
                    "Views describing the contents of schemas in this database"));
        });
        ctx.session().useSchema(name, "PUBLIC");
        return status("CREATE", "Database " + name + " successfully created.");
    }

    StatementResult createSchema(CreateSchema s) {
        ObjectName name = ctx.qualifySchema(s.name());
        DatabaseDef db = ctx.catalog().database(name.database());
        if (db == null) throw FloeException.notFound("Database", name.database());
        ctx.rights().requireOnDatabase(db, Privileges.CREATE_SCHEMA);
        DatabaseDef existing = ctx.fullCatalog().schema(name);
        if (existing != null) {
            if (s.ifNotExists()) return exists(name.schema());
            if (!s.orReplace()) throw FloeException.alreadyExists("Schema", name.toString());
            ctx.rights().requireOnDatabase(existing, Privileges.OWNERSHIP);
            dropSchema(name);
        }
        String comment = property(s.properties(), "COMMENT");
        update(b -> b.schemas.add(new DatabaseDef(name, now, ctx.session().role(), comment)));
        ctx.session().useSchema(name.database(), name.schema());
        return status("CREATE", "Schema " + name.schema() + " successfully created.");
    }

    StatementResult createTable(CreateTable s) {
        ObjectName name = ctx.qualify(s.name());
        ctx.rights().requireOnDatabase(requireSchema(name), Privileges.CREATE_TABLE);
        TableDef existing = ctx.fullCatalog().table(name);
        if (existing != null && s.ifNotExists()) return exists(name.object());
        if (existing != null && !s.orReplace()) throw FloeException.alreadyExists("Table", name.toString());
        if (existing != null) ctx.rights().requireOnTable(existing, Privileges.OWNERSHIP);
        if (s.interactive() && s.clusterBy().isEmpty()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "An interactive table must have a CLUSTER BY clause.");
        }
        PlanNode source = null;
        List<ColumnDef> columns = new ArrayList<>();
        if (s.asQuery().isPresent()) {
            source = new QueryBinder(ctx, ctx).bind(s.asQuery().get());
            for (Field f : source.fields()) {
                SqlType t = f.type().kind() == dev.floe.types.TypeKind.NULL ? SqlType.VARCHAR : f.type();
                columns.add(new ColumnDef(f.name(), t.displayName(), true, null, null));
            }
        } else {
            for (ColumnDefinition c : s.columns()) {
                String colName = c.name().canonical();
                for (ColumnDef prior : columns) {
                    if (prior.name().equals(colName)) {
                        throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "duplicate column name '" + colName + "'");
                    }
                }
                if (c.defaultValue().isPresent()) {
                    throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "column DEFAULT values are not supported yet");
                }
                SqlType type = TypeNames.resolve(c.type());
                columns.add(new ColumnDef(colName, type.displayName(), !c.notNull(), null, c.comment().orElse(null)));
            }
        }
        List<String> clusterBy = clusterColumns(s.clusterBy(), columns);
        long id = reserveTableId();
        TableDef table = new TableDef(id, name, s.interactive(), columns, clusterBy, now, now, ctx.session().role(),
                property(s.properties(), "COMMENT"));
        ctx.floe().stores().create(id, storageSchema(table));
        try {
            // CTAS fills the new storage before the catalog names the table: a failing query creates nothing.
            if (source != null) {
                new InsertExecutor(ctx).append(table, source, null);
            }
            update(b -> {
                if (existing != null) {
                    b.tables.remove(existing);
                    GrantLifecycle.forget(b, existing.name());
                }
                b.tables.add(table);
                GrantLifecycle.tableCreated(b, name, now);
            });
        } catch (RuntimeException e) {
            ctx.floe().stores().drop(id);
            throw e;
        }
        if (existing != null) ctx.floe().stores().drop(existing.id());
        return status("CREATE", "Table " + name.object() + " successfully created.");
    }

    private static List<String> clusterColumns(List<Expression> keys, List<ColumnDef> columns) {
        List<String> out = new ArrayList<>();
        for (Expression k : keys) {
            if (!(k instanceof ColumnRef) || ((ColumnRef) k).name().parts().size() != 1) {
                throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "CLUSTER BY supports column names only, got " + k);
            }
            String col = ((ColumnRef) k).name().parts().get(0).canonical();
            boolean found = false;
            for (ColumnDef c : columns) found |= c.name().equals(col);
            if (!found) throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "invalid identifier '" + col + "'");
            out.add(col);
        }
        return out;
    }

    static TableSchema storageSchema(TableDef table) {
        List<ColumnSpec> specs = new ArrayList<>();
        for (ColumnDef c : table.columns()) specs.add(new ColumnSpec(c.name(), TypeNames.parseStored(c.type()), c.nullable()));
        int[] cluster = new int[table.clusterBy().size()];
        for (int i = 0; i < cluster.length; i++) cluster[i] = table.columnIndex(table.clusterBy().get(i));
        return new TableSchema(specs, cluster);
    }

    private long reserveTableId() {
        long[] id = new long[1];
        ctx.floe().catalog().update(b -> id[0] = b.nextTableId++);
        return id[0];
    }

    StatementResult alterTable(AlterTable s) {
        ObjectName name = ctx.qualify(s.name());
        TableDef table = ctx.catalog().table(name);
        if (table == null) {
            if (s.ifExists()) return status("ALTER", "Statement executed successfully.");
            throw FloeException.notFound("Table", name.toString());
        }
        ctx.rights().requireOnTable(table, Privileges.OWNERSHIP);
        if (s.action() instanceof AddColumns) {
            List<ColumnDef> columns = new ArrayList<>(table.columns());
            List<ColumnDef> added = new ArrayList<>();
            for (ColumnDefinition c : ((AddColumns) s.action()).columns()) {
                String col = c.name().canonical();
                if (table.columnIndex(col) >= 0) {
                    if (((AddColumns) s.action()).ifNotExists()) continue;
                    throw FloeException.compilation(ErrorCode.OBJECT_ALREADY_EXISTS, "column '" + col + "' already exists");
                }
                if (c.notNull()) {
                    throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "a column added to a table with rows must be nullable");
                }
                ColumnDef def = new ColumnDef(col, TypeNames.resolve(c.type()).displayName(), true, null, c.comment().orElse(null));
                columns.add(def);
                added.add(def);
            }
            for (ColumnDef def : added) {
                try {
                    ctx.floe().store(table).addColumn(new ColumnSpec(def.name(), TypeNames.parseStored(def.type()), true));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("could not add column " + def.name() + ": " + e.getMessage(), e);
                }
            }
            TableDef altered = table.withColumns(columns, now);
            update(b -> b.tables.set(b.tables.indexOf(table), altered));
            return status("ALTER", "Statement executed successfully.");
        }
        if (s.action() instanceof RenameTo) {
            ObjectName target = ctx.qualify(((RenameTo) s.action()).newName());
            DatabaseDef targetSchema = requireSchema(target);
            if (!target.schemaName().equals(name.schemaName())) ctx.rights().requireOnDatabase(targetSchema, Privileges.CREATE_TABLE);
            if (ctx.fullCatalog().table(target) != null) throw FloeException.alreadyExists("Table", target.toString());
            TableDef renamed = table.withName(target, now);
            update(b -> {
                b.tables.set(b.tables.indexOf(table), renamed);
                GrantLifecycle.tableRenamed(b, name, target);
            });
            return status("ALTER", "Statement executed successfully.");
        }
        throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "this ALTER TABLE action is not supported yet: " + s.action());
    }

    StatementResult createWarehouse(CreateWarehouse s) {
        String name = s.name().canonical();
        ctx.rights().requireOnAccount(Privileges.CREATE_WAREHOUSE);
        WarehouseDef existing = ctx.fullCatalog().warehouse(name);
        if (existing != null && s.ifNotExists()) return exists(name);
        if (existing != null && !s.orReplace()) throw FloeException.alreadyExists("Warehouse", name);
        if (existing != null) ctx.rights().requireOnWarehouse(existing, Privileges.OWNERSHIP);
        if (!s.interactive() && !s.tables().isEmpty()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "only an interactive warehouse takes a TABLES clause");
        }
        List<ObjectName> tables = interactiveTables(s.tables());
        Map<String, String> props = properties(s.properties().entries());
        String size = props.getOrDefault("WAREHOUSE_SIZE", "XSMALL").toUpperCase(Locale.ROOT).replace("-", "");
        WarehouseDef def = new WarehouseDef(name, s.interactive(), size, tables, props, now, ctx.session().role(),
                props.get("COMMENT"));
        update(b -> {
            if (existing != null) {
                b.warehouses.remove(existing);
                GrantLifecycle.forgetWarehouse(b, name);
            }
            b.warehouses.add(def);
        });
        ctx.session().useWarehouse(name);
        return status("CREATE", "Warehouse " + name + " successfully created.");
    }

    private List<ObjectName> interactiveTables(List<QualifiedName> names) {
        List<ObjectName> out = new ArrayList<>();
        for (QualifiedName n : names) {
            ObjectName name = ctx.qualify(n);
            TableDef t = ctx.catalog().table(name);
            if (t == null) throw FloeException.notFound("Table", name.toString());
            if (!t.interactive()) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Table '" + name + "' is not an interactive table; "
                        + "only interactive tables can be added to an interactive warehouse.");
            }
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    StatementResult alterWarehouse(AlterWarehouse s) {
        String name = s.name().canonical();
        WarehouseDef w = ctx.catalog().warehouse(name);
        if (w == null) {
            if (s.ifExists()) return status("ALTER", "Statement executed successfully.");
            throw FloeException.notFound("Object", name);
        }
        boolean operate = s.action() instanceof SuspendWarehouse || s.action() instanceof ResumeWarehouse;
        ctx.rights().requireOnWarehouse(w, operate ? Privileges.OPERATE : Privileges.MODIFY);
        WarehouseDef next;
        if (s.action() instanceof AddTables || s.action() instanceof DropTables) {
            if (!w.interactive()) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Warehouse '" + name + "' is not an interactive warehouse.");
            }
            List<ObjectName> tables = new ArrayList<>(w.tables());
            if (s.action() instanceof AddTables) {
                for (ObjectName t : interactiveTables(((AddTables) s.action()).tables())) if (!tables.contains(t)) tables.add(t);
            } else {
                for (QualifiedName t : ((DropTables) s.action()).tables()) tables.remove(ctx.qualify(t));
            }
            next = w.withTables(tables);
        } else if (s.action() instanceof SetProperties) {
            Map<String, String> props = new HashMap<>(w.properties());
            props.putAll(properties(((SetProperties) s.action()).properties().entries()));
            String size = props.getOrDefault("WAREHOUSE_SIZE", w.size()).toUpperCase(Locale.ROOT).replace("-", "");
            next = new WarehouseDef(w.name(), w.interactive(), size, w.tables(), props, w.createdMillis(), w.owner(), props.get("COMMENT"));
        } else if (s.action() instanceof UnsetProperties) {
            Map<String, String> props = new HashMap<>(w.properties());
            for (Identifier id : ((UnsetProperties) s.action()).names()) props.remove(id.canonical());
            next = new WarehouseDef(w.name(), w.interactive(), w.size(), w.tables(), props, w.createdMillis(), w.owner(), props.get("COMMENT"));
        } else if (s.action() instanceof SuspendWarehouse || s.action() instanceof ResumeWarehouse) {
            // Floe's warehouses are always ready: suspending or resuming changes nothing.
            return status("ALTER", "Statement executed successfully.");
        } else {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "this ALTER WAREHOUSE action is not supported yet: " + s.action());
        }
        update(b -> b.warehouses.set(b.warehouses.indexOf(w), next));
        return status("ALTER", "Statement executed successfully.");
    }

    StatementResult drop(Drop s) {
        switch (s.kind()) {
            case DATABASE: {
                String name = StatementExecutor.single(s.name().parts());
                if (ctx.catalog().database(name) == null) return missing(s, "Database", name);
                ctx.rights().requireOnDatabase(ctx.catalog().database(name), Privileges.OWNERSHIP);
                dropDatabase(name);
                if (name.equals(ctx.session().database())) ctx.session().useDatabase(null);
                return status("DROP", name + " successfully dropped.");
            }
            case SCHEMA: {
                ObjectName name = ctx.qualifySchema(s.name());
                if (ctx.catalog().schema(name) == null) return missing(s, "Schema", name.toString());
                ctx.rights().requireOnDatabase(ctx.catalog().schema(name), Privileges.OWNERSHIP);
                dropSchema(name);
                if (name.database().equals(ctx.session().database()) && name.schema().equals(ctx.session().schema())) {
                    ctx.session().useDatabase(name.database());
                }
                return status("DROP", name.schema() + " successfully dropped.");
            }
            case TABLE: {
                ObjectName name = ctx.qualify(s.name());
                TableDef t = ctx.catalog().table(name);
                if (t == null) return missing(s, "Table", name.toString());
                ctx.rights().requireOnTable(t, Privileges.OWNERSHIP);
                update(b -> {
                    b.tables.remove(t);
                    GrantLifecycle.forget(b, t.name());
                    detachFromWarehouses(b, List.of(t.name()));
                });
                ctx.floe().stores().drop(t.id());
                return status("DROP", name.object() + " successfully dropped.");
            }
            case WAREHOUSE: {
                String name = StatementExecutor.single(s.name().parts());
                WarehouseDef w = ctx.catalog().warehouse(name);
                if (w == null) return missing(s, "Object", name);
                ctx.rights().requireOnWarehouse(w, Privileges.OWNERSHIP);
                update(b -> {
                    b.warehouses.remove(w);
                    GrantLifecycle.forgetWarehouse(b, name);
                });
                if (name.equals(ctx.session().warehouse())) ctx.session().useWarehouse(null);
                return status("DROP", name + " successfully dropped.");
            }
            case ROLE:
            case USER:
                return new AccessControlExecutor(ctx).drop(s);
            case PIPE:
                return new PipeExecutor(ctx).drop(s);
            default:
                throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "DROP " + s.kind() + " is not supported");
        }
    }

    private StatementResult missing(Drop s, String kind, String name) {
        if (s.ifExists()) return status("DROP", "Drop statement executed successfully (" + name + " already dropped).");
        throw FloeException.notFound(kind, name);
    }

    private void dropDatabase(String name) {
        List<TableDef> tables = tablesWhere(t -> t.name().database().equals(name));
        update(b -> {
            b.databases.removeIf(d -> d.name().database().equals(name));
            b.schemas.removeIf(d -> d.name().database().equals(name));
            b.tables.removeAll(tables);
            GrantLifecycle.forget(b, ObjectName.database(name));
            detachFromWarehouses(b, names(tables));
        });
        for (TableDef t : tables) ctx.floe().stores().drop(t.id());
    }

    private void dropSchema(ObjectName schema) {
        List<TableDef> tables = tablesWhere(t -> t.name().schemaName().equals(schema));
        update(b -> {
            b.schemas.removeIf(d -> d.name().equals(schema));
            b.tables.removeAll(tables);
            GrantLifecycle.forget(b, schema);
            detachFromWarehouses(b, names(tables));
        });
        for (TableDef t : tables) ctx.floe().stores().drop(t.id());
    }

    private static void detachFromWarehouses(CatalogState.Builder b, List<ObjectName> tables) {
        for (int i = 0; i < b.warehouses.size(); i++) {
            WarehouseDef w = b.warehouses.get(i);
            List<ObjectName> kept = new ArrayList<>(w.tables());
            if (kept.removeAll(tables)) b.warehouses.set(i, w.withTables(kept));
        }
    }

    private List<TableDef> tablesWhere(java.util.function.Predicate<TableDef> test) {
        List<TableDef> out = new ArrayList<>();
        for (TableDef t : ctx.floe().catalog().current().tables) if (test.test(t)) out.add(t);
        return out;
    }

    private static List<ObjectName> names(List<TableDef> tables) {
        List<ObjectName> out = new ArrayList<>();
        for (TableDef t : tables) out.add(t.name());
        return out;
    }

    /** The schema of an object name, when the role sees it and its database. */
    private DatabaseDef requireSchema(ObjectName name) {
        if (ctx.catalog().database(name.database()) == null) throw FloeException.notFound("Database", name.database());
        DatabaseDef schema = ctx.catalog().schema(name.schemaName());
        if (schema == null) throw FloeException.notFound("Schema", name.schemaName().toString());
        return schema;
    }

    private void update(java.util.function.Consumer<CatalogState.Builder> mutation) {
        ctx.floe().catalog().update(mutation);
    }

    static Map<String, String> properties(List<Property> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Property p : entries) out.put(p.name().canonical(), PropertyValues.text(p.value()));
        return out;
    }

    private static String property(dev.floe.sql.tree.Properties props, String name) {
        return props.get(name).map(PropertyValues::text).orElse(null);
    }

    private StatementResult exists(String name) {
        return status("CREATE", name + " already exists, statement succeeded.");
    }

    private StatementResult status(String type, String message) {
        return StatementResult.status(type, message, ctx.timeZone());
    }
}
