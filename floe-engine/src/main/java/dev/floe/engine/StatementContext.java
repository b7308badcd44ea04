package dev.floe.engine;

import dev.floe.engine.analyzer.BindContext;
import dev.floe.engine.analyzer.ConstantEvaluator;
import dev.floe.engine.analyzer.QueryBinder;
import dev.floe.engine.analyzer.TableResolver;
import dev.floe.engine.catalog.CatalogState;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.catalog.WarehouseDef;
import dev.floe.engine.exec.Operator;
import dev.floe.engine.exec.Planner;
import dev.floe.engine.exec.RowBuffer;
import dev.floe.engine.exec.ScanStats;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.optimizer.Optimizer;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.security.AccessControl;
import dev.floe.engine.security.Privileges;
import dev.floe.engine.security.RoleRights;
import dev.floe.engine.system.SystemViews;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.NamedArgument;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.Query;
import dev.floe.storage.Snapshot;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one statement works with: the catalog version it started on, the session, the
 * statement's start time (CURRENT_TIMESTAMP), one storage snapshot per table it reads, and its
 * cancellation flag and timeout. The catalog it resolves names in is the one the session's role
 * sees: objects the role holds no privilege on do not exist for it.
 */
final class StatementContext implements BindContext, TableResolver {
    private static final String INFORMATION_SCHEMA = "INFORMATION_SCHEMA";
    private final Floe floe;
    private final Session session;
    private final CatalogState catalog;
    private final CatalogState fullCatalog;
    private final RoleRights rights;
    private final long startNanos;
    private final EvalContext eval;
    private final ScanStats scanStats = new ScanStats();
    private final Map<Long, Snapshot> snapshots = new HashMap<>();

    StatementContext(Floe floe, Session session, long startMillis) {
        this.floe = floe;
        this.session = session;
        AccessControl access = floe.accessControl();
        this.fullCatalog = access.catalog();
        this.rights = access.rights(session.role());
        this.catalog = rights.visibleCatalog();
        this.startNanos = Math.multiplyExact(startMillis, 1_000_000L);
        this.eval = new EvalContext(session.timeZone(), startNanos, timeoutMillis());
    }

    /** As Snowflake: when both the session and the warehouse set a timeout, the lower non-zero one applies. */
    private long timeoutMillis() {
        long fromSession = seconds(session.parameters().get("STATEMENT_TIMEOUT_IN_SECONDS"));
        WarehouseDef w = session.warehouse() == null ? null : catalog.warehouse(session.warehouse());
        long fromWarehouse = w == null ? 0 : seconds(w.properties().get("STATEMENT_TIMEOUT_IN_SECONDS"));
        if (fromSession == 0 || fromWarehouse == 0) {
            return Math.max(fromSession, fromWarehouse) * 1000;
        }
        return Math.min(fromSession, fromWarehouse) * 1000;
    }

    private static long seconds(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    Floe floe() {
        return floe;
    }

    Session session() {
        return session;
    }

    CatalogState catalog() {
        return catalog;
    }

    /** The whole catalog, for checks that must see objects the role cannot (a name already taken). */
    CatalogState fullCatalog() {
        return fullCatalog;
    }

    /** The privileges of the session's role. */
    RoleRights rights() {
        return rights;
    }

    /** Running a query or DML on a warehouse needs USAGE on it (https://docs.snowflake.com/en/sql-reference/sql/use-warehouse). */
    void requireWarehouseUsage() {
        String name = session.warehouse();
        if (name == null) return;
        WarehouseDef w = catalog.warehouse(name);
        if (w == null) throw FloeException.notFound("Object", name);
        rights.requireOnWarehouse(w, Privileges.USAGE);
    }

    EvalContext eval() {
        return eval;
    }

    ScanStats scanStats() {
        return scanStats;
    }

    void cancel() {
        eval.cancel();
    }

    @Override
    public ZoneId timeZone() {
        return session.timeZone();
    }

    @Override
    public long statementStartEpochNanos() {
        return startNanos;
    }

    @Override
    public String currentDatabase() {
        return session.database();
    }

    @Override
    public String currentSchema() {
        return session.schema();
    }

    @Override
    public String currentWarehouse() {
        return session.warehouse();
    }

    @Override
    public String currentRole() {
        return session.role();
    }

    @Override
    public String currentUser() {
        return session.user();
    }

    @Override
    public PlanNode bindSubquery(Query query, BindContext context) {
        return new QueryBinder(this, context).bind(query);
    }

    @Override
    public List<Object[]> run(PlanNode plan) {
        try (Operator op = planner().plan(Optimizer.optimize(plan))) {
            return RowBuffer.drain(op);
        }
    }

    Planner planner() {
        return new Planner(this::snapshot, eval, scanStats, floe.workers(), floe.parallelism());
    }

    /** The statement's snapshot of a table: taken once, so every scan of it sees the same rows. */
    Snapshot snapshot(TableDef table) {
        return snapshots.computeIfAbsent(table.id(), id -> floe.store(table).snapshot());
    }

    @Override
    public TableDef resolveTable(QualifiedName name) {
        TableDef table = catalog.table(qualify(name));
        if (table == null) {
            throw FloeException.notFound("Object", qualify(name).toString());
        }
        rights.requireOnTable(table, Privileges.SELECT);
        checkWarehouseServes(table);
        return table;
    }

    @Override
    public PlanNode systemView(QualifiedName name) {
        List<Identifier> parts = name.parts();
        boolean inInformationSchema = parts.size() >= 2
                ? parts.get(parts.size() - 2).canonical().equals(INFORMATION_SCHEMA)
                : INFORMATION_SCHEMA.equals(session.schema());
        if (!inInformationSchema || parts.size() > 3) {
            return null;
        }
        String db = parts.size() == 3 ? parts.get(0).canonical() : requireDatabase();
        if (catalog.database(db) == null) throw FloeException.notFound("Database", db);
        String view = parts.get(parts.size() - 1).canonical();
        PlanNode rows = systemViews().view(db, view);
        if (rows == null) throw FloeException.notFound("Object", db + "." + INFORMATION_SCHEMA + "." + view);
        return rows;
    }

    @Override
    public PlanNode tableFunction(FunctionCall call) {
        List<Identifier> parts = call.name().parts();
        String name = parts.get(parts.size() - 1).canonical();
        boolean qualified = parts.size() >= 2 && parts.get(parts.size() - 2).canonical().equals(INFORMATION_SCHEMA);
        if (!call.arguments().isEmpty()) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "table function " + name + " takes named arguments only (NAME => value)");
        }
        Map<String, Object> args = new HashMap<>();
        for (NamedArgument a : call.namedArguments()) {
            args.put(a.name().canonical(), ConstantEvaluator.evaluate(a.value(), this));
        }
        PlanNode rows = qualified || parts.size() == 1 ? systemViews().tableFunction(name, args) : null;
        if (rows == null) {
            throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "Unknown table function " + call.name());
        }
        return rows;
    }

    private SystemViews systemViews() {
        return new SystemViews(catalog, floe::stats, rights.isAccountAdmin() ? floe.history() : ownHistory(), floe.ingest());
    }

    /**
     * The statements of the session's user only: QUERY_HISTORY shows a user its own queries
     * (https://docs.snowflake.com/en/sql-reference/functions/query_history).
     */
    private dev.floe.engine.system.QueryHistory ownHistory() {
        List<dev.floe.engine.system.QueryRecord> all = floe.history().newest(Integer.MAX_VALUE);
        dev.floe.engine.system.QueryHistory own = new dev.floe.engine.system.QueryHistory(Math.max(1, all.size()));
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).userName().equals(session.user())) own.add(all.get(i));
        }
        return own;
    }

    /** An interactive warehouse answers only for the interactive tables attached to it. */
    private void checkWarehouseServes(TableDef table) {
        WarehouseDef w = session.warehouse() == null ? null : catalog.warehouse(session.warehouse());
        if (w != null && w.interactive() && table.interactive() && !w.tables().contains(table.name())) {
            throw FloeException.compilation(ErrorCode.WAREHOUSE_TABLE_NOT_ATTACHED, "Interactive table '" + table.name()
                    + "' is not added to interactive warehouse '" + w.name() + "'. Add it with ALTER WAREHOUSE "
                    + w.name() + " ADD TABLES (" + table.name() + ").");
        }
    }

    /** DB.SCHEMA.NAME for a name of one, two or three parts, from the session's current database and schema. */
    ObjectName qualify(QualifiedName name) {
        List<Identifier> parts = name.parts();
        String object = parts.get(parts.size() - 1).canonical();
        String schemaName = parts.size() >= 2 ? parts.get(parts.size() - 2).canonical() : requireSchema();
        String db = parts.size() >= 3 ? parts.get(parts.size() - 3).canonical() : requireDatabase();
        if (parts.size() > 3) {
            throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "invalid object name '" + name + "'");
        }
        return ObjectName.object(db, schemaName, object);
    }

    /** DB.SCHEMA for a schema name of one or two parts. */
    ObjectName qualifySchema(QualifiedName name) {
        List<Identifier> parts = name.parts();
        String schemaName = parts.get(parts.size() - 1).canonical();
        String db = parts.size() >= 2 ? parts.get(parts.size() - 2).canonical() : requireDatabase();
        return ObjectName.schema(db, schemaName);
    }

    String requireDatabase() {
        if (session.database() == null) {
            throw new FloeException(ErrorCode.NO_CURRENT_DATABASE,
                    "Cannot perform operation. This session does not have a current database. Call 'USE DATABASE', or use a qualified name.");
        }
        return session.database();
    }

    String requireSchema() {
        requireDatabase();
        if (session.schema() == null) {
            throw new FloeException(ErrorCode.NO_CURRENT_DATABASE,
                    "Cannot perform operation. This session does not have a current schema. Call 'USE SCHEMA', or use a qualified name.");
        }
        return session.schema();
    }
}
