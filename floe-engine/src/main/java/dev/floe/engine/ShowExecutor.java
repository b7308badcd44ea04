package dev.floe.engine;

import dev.floe.engine.catalog.CatalogState;
import dev.floe.engine.catalog.ColumnDef;
import dev.floe.engine.catalog.DatabaseDef;
import dev.floe.engine.catalog.GrantDef;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.RoleDef;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.catalog.WarehouseDef;
import dev.floe.engine.ingest.ChannelInfo;
import dev.floe.engine.ingest.ChannelStatus;
import dev.floe.engine.ingest.PipeInfo;
import dev.floe.sql.tree.Describe;
import dev.floe.sql.tree.ObjectKind;
import dev.floe.sql.tree.Show;
import dev.floe.sql.tree.ShowScope;
import dev.floe.storage.StoreStats;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SHOW and DESCRIBE: catalog listings with the column names Snowflake uses, of the objects the
 * session's role holds some privilege on (its catalog holds no others; roles, users and grants are
 * filtered here).
 */
final class ShowExecutor {
    private static final SqlType TEXT = SqlType.VARCHAR;
    private static final SqlType LTZ = SqlType.TIMESTAMP_LTZ;
    private static final SqlType COUNT = SqlType.number(38, 0);

    private final StatementContext ctx;
    private final CatalogState catalog;

    ShowExecutor(StatementContext ctx) {
        this.ctx = ctx;
        this.catalog = ctx.catalog();
    }

    StatementResult show(Show s) {
        Pattern like = s.likePattern().map(ShowExecutor::likeRegex).orElse(null);
        switch (s.kind()) {
            case DATABASES: return databases(like);
            case SCHEMAS: return schemas(like, s.scope().orElse(null));
            case TABLES: return tables(like, s.scope().orElse(null), false);
            case INTERACTIVE_TABLES: return tables(like, s.scope().orElse(null), true);
            case WAREHOUSES: return warehouses(like);
            case ROLES: return roles(like);
            case USERS: return users(like);
            case GRANTS: return grants(s.scope().orElse(null));
            case PARAMETERS: return parameters(like);
            case COLUMNS: return columns(like, s.scope().orElse(null));
            case PIPES: return pipes(like, s.scope().orElse(null));
            case CHANNELS: return channels(like, s.scope().orElse(null));
            default:
                throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "SHOW " + s.kind().sql() + " is not supported yet");
        }
    }

    private StatementResult databases(Pattern like) {
        Table t = new Table("created_on", LTZ, "name", TEXT, "is_default", TEXT, "is_current", TEXT, "origin", TEXT,
                "owner", TEXT, "comment", TEXT, "options", TEXT, "retention_time", TEXT, "kind", TEXT);
        for (DatabaseDef d : catalog.databases) {
            String name = d.name().database();
            if (!matches(like, name)) continue;
            t.add(millisToNanos(d.createdMillis()), name, "N", yn(name.equals(ctx.session().database())), "", d.owner(),
                    nz(d.comment()), "", "1", "STANDARD");
        }
        return t.result("SHOW");
    }

    private StatementResult schemas(Pattern like, ShowScope scope) {
        String db = scope != null && scope.name().isPresent() ? scope.name().get().parts().get(0).canonical() : ctx.requireDatabase();
        if (catalog.database(db) == null) throw FloeException.notFound("Database", db);
        Table t = new Table("created_on", LTZ, "name", TEXT, "is_default", TEXT, "is_current", TEXT, "database_name", TEXT,
                "owner", TEXT, "comment", TEXT, "options", TEXT, "retention_time", TEXT);
        for (DatabaseDef s : catalog.schemas) {
            if (!s.name().database().equals(db) || !matches(like, s.name().schema())) continue;
            boolean current = db.equals(ctx.session().database()) && s.name().schema().equals(ctx.session().schema());
            t.add(millisToNanos(s.createdMillis()), s.name().schema(), "N", yn(current), db, nz(s.owner()), nz(s.comment()), "", "1");
        }
        return t.result("SHOW");
    }

    private StatementResult tables(Pattern like, ShowScope scope, boolean interactiveOnly) {
        Table t = new Table("created_on", LTZ, "name", TEXT, "database_name", TEXT, "schema_name", TEXT, "kind", TEXT,
                "comment", TEXT, "cluster_by", TEXT, "rows", COUNT, "bytes", COUNT, "owner", TEXT, "retention_time", TEXT,
                "is_interactive", SqlType.BOOLEAN);
        for (TableDef table : catalog.tables) {
            if (!inScope(table.name(), scope) || !matches(like, table.name().object())) continue;
            if (interactiveOnly && !table.interactive()) continue;
            StoreStats stats = stats(table);
            String clusterBy = table.clusterBy().isEmpty() ? "" : "LINEAR(" + String.join(", ", table.clusterBy()) + ")";
            t.add(millisToNanos(table.createdMillis()), table.name().object(), table.name().database(), table.name().schema(),
                    "TABLE", nz(table.comment()), clusterBy, stats.rowCount(), stats.bytesOnDisk(), nz(table.owner()), "1",
                    table.interactive());
        }
        return t.result("SHOW");
    }

    private StoreStats stats(TableDef table) {
        return ctx.floe().stats(table);
    }

    /** True when the object lies in the SHOW's IN scope; no scope means the current database, or everything without one. */
    private boolean inScope(ObjectName name, ShowScope scope) {
        if (scope == null) {
            return ctx.session().database() == null || name.database().equals(ctx.session().database());
        }
        ObjectKind kind = scope.kind();
        if (kind == ObjectKind.ACCOUNT) return true;
        if (kind == ObjectKind.DATABASE) {
            String db = scope.name().isPresent() ? scope.name().get().parts().get(0).canonical() : ctx.requireDatabase();
            if (catalog.database(db) == null) throw FloeException.notFound("Database", db);
            return name.database().equals(db);
        }
        if (kind == ObjectKind.SCHEMA) {
            ObjectName schema = scope.name().isPresent() ? ctx.qualifySchema(scope.name().get())
                    : ObjectName.schema(ctx.requireDatabase(), ctx.requireSchema());
            if (catalog.schema(schema) == null) throw FloeException.notFound("Schema", schema.toString());
            return name.schemaName().equals(schema);
        }
        throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "SHOW ... IN " + kind + " is not supported here");
    }

    private StatementResult warehouses(Pattern like) {
        Table t = new Table("name", TEXT, "state", TEXT, "type", TEXT, "size", TEXT, "min_cluster_count", COUNT,
                "max_cluster_count", COUNT, "is_default", TEXT, "is_current", TEXT, "auto_suspend", COUNT, "auto_resume", TEXT,
                "created_on", LTZ, "owner", TEXT, "comment", TEXT, "tables", COUNT);
        for (WarehouseDef w : catalog.warehouses) {
            if (!matches(like, w.name())) continue;
            t.add(w.name(), "STARTED", w.interactive() ? "INTERACTIVE" : "STANDARD", w.size(), 1L, 1L, "N",
                    yn(w.name().equals(ctx.session().warehouse())), w.interactive() ? null : 600L, "true",
                    millisToNanos(w.createdMillis()), nz(w.owner()), nz(w.comment()), (long) w.tables().size());
        }
        return t.result("SHOW");
    }

    private StatementResult roles(Pattern like) {
        Table t = new Table("created_on", LTZ, "name", TEXT, "is_default", TEXT, "is_current", TEXT, "is_inherited", TEXT,
                "assigned_to_users", COUNT, "granted_to_roles", COUNT, "granted_roles", COUNT, "owner", TEXT, "comment", TEXT);
        for (RoleDef r : catalog.roles) {
            if (!matches(like, r.name()) || !ctx.rights().sees(r)) continue;
            long users = 0;
            long toRoles = 0;
            long granted = 0;
            for (GrantDef g : catalog.grants) {
                if (!g.privilege().equals("ROLE")) continue;
                if (g.objectName().equals(r.name())) {
                    if (g.granteeType().equals("USER")) users++;
                    else toRoles++;
                }
                if (g.granteeType().equals("ROLE") && g.grantee().equals(r.name())) granted++;
            }
            t.add(millisToNanos(r.createdMillis()), r.name(), "N", yn(r.name().equals(ctx.session().role())), "N",
                    users, toRoles, granted, nz(r.owner()), nz(r.comment()));
        }
        return t.result("SHOW");
    }

    private StatementResult users(Pattern like) {
        Table t = new Table("name", TEXT, "created_on", LTZ, "login_name", TEXT, "display_name", TEXT, "comment", TEXT,
                "disabled", TEXT, "default_warehouse", TEXT, "default_namespace", TEXT, "default_role", TEXT, "owner", TEXT,
                "has_password", TEXT, "has_rsa_public_key", TEXT, "type", TEXT);
        for (UserDef u : catalog.users) {
            if (!matches(like, u.name()) || !ctx.rights().sees(u)) continue;
            t.add(u.name(), millisToNanos(u.createdMillis()), nz(u.property("LOGIN_NAME"), u.name()), nz(u.property("DISPLAY_NAME"), u.name()),
                    nz(u.property("COMMENT")), nz(u.property("DISABLED"), "false"), nz(u.property("DEFAULT_WAREHOUSE")),
                    nz(u.property("DEFAULT_NAMESPACE")), nz(u.property("DEFAULT_ROLE")), nz(u.owner()),
                    String.valueOf(u.property("PASSWORD") != null), String.valueOf(u.property("RSA_PUBLIC_KEY") != null),
                    nz(u.property("TYPE"), "PERSON"));
        }
        return t.result("SHOW");
    }

    private StatementResult grants(ShowScope scope) {
        Table t = new Table("created_on", LTZ, "privilege", TEXT, "granted_on", TEXT, "name", TEXT, "granted_to", TEXT,
                "grantee_name", TEXT, "grant_option", TEXT, "granted_by", TEXT);
        for (GrantDef g : catalog.grants) {
            if (!ctx.rights().sees(g, ctx.session().user())) continue;
            if (scope != null && scope.name().isPresent()) {
                String name = StatementExecutor.single(scope.name().get().parts());
                boolean to = scope.preposition() == ShowScope.Preposition.TO;
                if (to && !(g.grantee().equals(name) && g.granteeType().equals(scope.kind().name()))) continue;
                if (!to && !g.objectName().endsWith(name)) continue;
            }
            String privilege = g.privilege().equals("ROLE") ? "USAGE" : g.privilege();
            t.add(millisToNanos(g.createdMillis()), privilege, g.objectType(), g.objectName(), g.granteeType(), g.grantee(),
                    "false", nz(g.grantedBy()));
        }
        return t.result("SHOW");
    }

    private StatementResult parameters(Pattern like) {
        Table t = new Table("key", TEXT, "value", TEXT, "default", TEXT, "level", TEXT, "description", TEXT, "type", TEXT);
        java.util.Map<String, String> params = new java.util.TreeMap<>(ctx.session().parameters());
        params.putIfAbsent("STATEMENT_TIMEOUT_IN_SECONDS", "0");
        for (java.util.Map.Entry<String, String> p : params.entrySet()) {
            if (!matches(like, p.getKey())) continue;
            String def = p.getKey().equals("TIMEZONE") ? "UTC" : p.getKey().equals("STATEMENT_TIMEOUT_IN_SECONDS") ? "0" : "";
            t.add(p.getKey(), p.getValue(), def, p.getValue().equals(def) ? "" : "SESSION", "", "STRING");
        }
        return t.result("SHOW");
    }

    private StatementResult columns(Pattern like, ShowScope scope) {
        Table t = new Table("table_name", TEXT, "schema_name", TEXT, "column_name", TEXT, "data_type", TEXT, "null?", TEXT,
                "default", TEXT, "kind", TEXT, "expression", TEXT, "comment", TEXT, "database_name", TEXT, "autoincrement", TEXT);
        for (TableDef table : catalog.tables) {
            if (scope != null && scope.kind() == ObjectKind.TABLE) {
                if (!table.name().equals(ctx.qualify(scope.name().orElseThrow()))) continue;
            } else if (!inScope(table.name(), scope)) {
                continue;
            }
            for (ColumnDef c : table.columns()) {
                if (!matches(like, c.name())) continue;
                t.add(table.name().object(), table.name().schema(), c.name(), c.type(), String.valueOf(c.nullable()).toUpperCase(Locale.ROOT),
                        "", "COLUMN", "", nz(c.comment()), table.name().database(), "");
            }
        }
        return t.result("SHOW");
    }

    /** Pipes of streaming ingest: default pipes (created on first use) and pipes made by CREATE PIPE. */
    private StatementResult pipes(Pattern like, ShowScope scope) {
        Table t = pipeTable();
        checkScope(scope);
        for (PipeInfo p : ctx.floe().ingest().pipes()) {
            ObjectName name = ObjectName.object(p.databaseName(), p.schemaName(), p.pipeName());
            if (!inPipeScope(name, p.tableName(), scope) || !matches(like, p.pipeName())) continue;
            addPipe(t, p);
        }
        return t.result("SHOW");
    }

    /**
     * Channels of streaming ingest with Snowflake's columns, then Floe's figures for each: rows
     * parsed and rejected, bytes committed, and the last per-row error.
     */
    private StatementResult channels(Pattern like, ShowScope scope) {
        Table t = new Table("created_on", LTZ, "name", TEXT, "database_name", TEXT, "schema_name", TEXT, "pipe_name", TEXT,
                "table_name", TEXT, "offset_token", TEXT, "rows_inserted", COUNT, "last_commit_time", LTZ,
                "parent_domain", TEXT, "parent_name", TEXT, "rows_parsed", COUNT, "rows_error_count", COUNT,
                "bytes_inserted", COUNT, "last_error_message", TEXT);
        checkScope(scope);
        for (ChannelInfo c : ctx.floe().ingest().channels()) {
            ChannelStatus s = c.status();
            ObjectName pipe = ObjectName.object(s.databaseName(), s.schemaName(), s.pipeName());
            if (!inPipeScope(pipe, c.tableName(), scope) || !matches(like, s.channelName())) continue;
            t.add(millisToNanos(s.createdOnMs()), s.channelName(), s.databaseName(), s.schemaName(), s.pipeName(),
                    c.tableName(), s.lastCommittedOffsetToken(), s.rowsInserted(),
                    c.lastCommitMs() == 0 ? null : millisToNanos(c.lastCommitMs()), "PIPE", s.pipeName(), s.rowsParsed(),
                    s.rowsErrorCount(), c.bytesInserted(), s.lastErrorMessage());
        }
        return t.result("SHOW");
    }

    /** IN TABLE and IN PIPE select one table's or one pipe's objects; other scopes go by database and schema. */
    private boolean inPipeScope(ObjectName pipe, String table, ShowScope scope) {
        if (scope != null && scope.kind() == ObjectKind.TABLE) {
            return ctx.qualify(scope.name().orElseThrow()).equals(ObjectName.object(pipe.database(), pipe.schema(), table));
        }
        if (scope != null && scope.kind() == ObjectKind.PIPE) {
            return ctx.qualify(scope.name().orElseThrow()).equals(pipe);
        }
        return inScope(pipe, scope);
    }

    private void checkScope(ShowScope scope) {
        if (scope != null && scope.kind() == ObjectKind.TABLE) {
            ObjectName table = ctx.qualify(scope.name().orElseThrow());
            if (catalog.table(table) == null) throw FloeException.notFound("Table", table.toString());
        } else if (scope != null && scope.kind() == ObjectKind.PIPE) {
            ObjectName pipe = ctx.qualify(scope.name().orElseThrow());
            if (pipeInfo(pipe) == null) throw FloeException.notFound("Pipe", pipe.toString());
        } else {
            inScope(ObjectName.object("", "", ""), scope);
        }
    }

    private PipeInfo pipeInfo(ObjectName name) {
        for (PipeInfo p : ctx.floe().ingest().pipes()) {
            if (ObjectName.object(p.databaseName(), p.schemaName(), p.pipeName()).equals(name)) return p;
        }
        return null;
    }

    StatementResult describe(Describe d) {
        ObjectKind kind = d.kind().orElse(ObjectKind.TABLE);
        if (kind == ObjectKind.PIPE) {
            return describePipe(ctx.qualify(d.name()));
        }
        if (kind != ObjectKind.TABLE) {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "DESCRIBE " + kind + " is not supported yet");
        }
        TableDef table = catalog.table(ctx.qualify(d.name()));
        if (table == null) throw FloeException.notFound("Table", ctx.qualify(d.name()).toString());
        Table t = new Table("name", TEXT, "type", TEXT, "kind", TEXT, "null?", TEXT, "default", TEXT, "primary key", TEXT,
                "unique key", TEXT, "check", TEXT, "expression", TEXT, "comment", TEXT, "policy name", TEXT, "privacy domain", TEXT);
        for (ColumnDef c : table.columns()) {
            t.add(c.name(), c.type(), "COLUMN", c.nullable() ? "Y" : "N", null, "N", "N", null, null, c.comment(), null, null);
        }
        return t.result("DESCRIBE");
    }

    private Table pipeTable() {
        return new Table("created_on", LTZ, "name", TEXT, "database_name", TEXT, "schema_name", TEXT, "definition", TEXT,
                "owner", TEXT, "notification_channel", TEXT, "comment", TEXT, "integration", TEXT, "pattern", TEXT,
                "error_integration", TEXT, "owner_role_type", TEXT, "invalid_reason", TEXT, "kind", TEXT);
    }

    private static void addPipe(Table t, PipeInfo p) {
        t.add(millisToNanos(p.createdOnMs()), p.pipeName(), p.databaseName(), p.schemaName(), p.definition(), p.owner(),
                null, p.comment(), null, null, null, p.owner() == null ? null : "ROLE", null, "STAGE");
    }

    /** DESCRIBE PIPE: one row with the columns of SHOW PIPES (as the Kafka connector reads them). */
    private StatementResult describePipe(ObjectName name) {
        PipeInfo p = pipeInfo(name);
        if (p == null) throw FloeException.notFound("Pipe", name.toString());
        Table t = pipeTable();
        addPipe(t, p);
        return t.result("DESCRIBE");
    }

    /** Snowflake's SHOW ... LIKE: case-insensitive, % and _ wildcards. */
    private static Pattern likeRegex(String like) {
        StringBuilder regex = new StringBuilder();
        for (char c : like.toCharArray()) {
            if (c == '%') regex.append(".*");
            else if (c == '_') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    private static boolean matches(Pattern like, String name) {
        return like == null || like.matcher(name).matches();
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nz(String s, String otherwise) {
        return s == null ? otherwise : s;
    }

    private static long millisToNanos(long millis) {
        return millis * 1_000_000L;
    }

    /** Result columns declared as name/type pairs, then rows. */
    private final class Table {
        private final List<ResultColumn> columns = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();

        Table(Object... nameTypePairs) {
            for (int i = 0; i < nameTypePairs.length; i += 2) {
                columns.add(new ResultColumn((String) nameTypePairs[i], (SqlType) nameTypePairs[i + 1], true));
            }
        }

        void add(Object... values) {
            rows.add(values);
        }

        /**
         * SHOW rows are ordered by name as Snowflake lists them (stable, so equal names keep catalog
         * order); DESCRIBE keeps the columns' order.
         */
        StatementResult result(String type) {
            int name = -1;
            for (int i = 0; i < columns.size() && name < 0 && type.equals("SHOW"); i++) {
                if (columns.get(i).name().equals("name")) name = i;
            }
            if (name >= 0) {
                int column = name;
                rows.sort(java.util.Comparator.comparing(r -> String.valueOf(r[column])));
            }
            return new StatementResult(type, columns, rows, rows.size(), ctx.scanStats(), ctx.timeZone());
        }
    }
}
