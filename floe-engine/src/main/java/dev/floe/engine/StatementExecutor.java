package dev.floe.engine;

import dev.floe.engine.analyzer.QueryBinder;
import dev.floe.engine.catalog.DatabaseDef;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.security.Principal;
import dev.floe.engine.security.Privileges;
import dev.floe.sql.tree.AlterSession;
import dev.floe.sql.tree.AlterTable;
import dev.floe.sql.tree.AlterUser;
import dev.floe.sql.tree.AlterWarehouse;
import dev.floe.sql.tree.CreateDatabase;
import dev.floe.sql.tree.CreatePipe;
import dev.floe.sql.tree.CreateRole;
import dev.floe.sql.tree.CreateSchema;
import dev.floe.sql.tree.CreateTable;
import dev.floe.sql.tree.CreateUser;
import dev.floe.sql.tree.CreateWarehouse;
import dev.floe.sql.tree.Delete;
import dev.floe.sql.tree.Describe;
import dev.floe.sql.tree.Drop;
import dev.floe.sql.tree.Explain;
import dev.floe.sql.tree.GrantPrivileges;
import dev.floe.sql.tree.GrantRole;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.Insert;
import dev.floe.sql.tree.ObjectKind;
import dev.floe.sql.tree.Property;
import dev.floe.sql.tree.QueryStatement;
import dev.floe.sql.tree.RevokePrivileges;
import dev.floe.sql.tree.RevokeRole;
import dev.floe.sql.tree.SetProperties;
import dev.floe.sql.tree.Show;
import dev.floe.sql.tree.Statement;
import dev.floe.sql.tree.UnsetProperties;
import dev.floe.sql.tree.Update;
import dev.floe.sql.tree.Use;
import java.util.ArrayList;
import java.util.List;

/** Runs one statement: dispatches by kind to the query path or to the executor of that statement family. */
final class StatementExecutor {
    private final StatementContext ctx;

    StatementExecutor(StatementContext ctx) {
        this.ctx = ctx;
    }

    StatementResult execute(Statement s) {
        if (s instanceof QueryStatement || s instanceof Insert || s instanceof Update || s instanceof Delete) {
            ctx.requireWarehouseUsage();
        }
        if (s instanceof QueryStatement) return query(((QueryStatement) s).query());
        if (s instanceof Insert) return new InsertExecutor(ctx).insert((Insert) s);
        if (s instanceof Use) return use((Use) s);
        if (s instanceof AlterSession) return alterSession((AlterSession) s);
        if (s instanceof Show) return new ShowExecutor(ctx).show((Show) s);
        if (s instanceof Describe) return new ShowExecutor(ctx).describe((Describe) s);
        if (s instanceof Explain) return explain((Explain) s);
        DdlExecutor ddl = new DdlExecutor(ctx);
        if (s instanceof CreateDatabase) return ddl.createDatabase((CreateDatabase) s);
        if (s instanceof CreateSchema) return ddl.createSchema((CreateSchema) s);
        if (s instanceof CreateTable) return ddl.createTable((CreateTable) s);
        if (s instanceof AlterTable) return ddl.alterTable((AlterTable) s);
        if (s instanceof CreateWarehouse) return ddl.createWarehouse((CreateWarehouse) s);
        if (s instanceof AlterWarehouse) return ddl.alterWarehouse((AlterWarehouse) s);
        if (s instanceof Drop) return ddl.drop((Drop) s);
        AccessControlExecutor access = new AccessControlExecutor(ctx);
        if (s instanceof CreateRole) return access.createRole((CreateRole) s);
        if (s instanceof CreateUser) return access.createUser((CreateUser) s);
        if (s instanceof AlterUser) return access.alterUser((AlterUser) s);
        if (s instanceof GrantRole) return access.grantRole((GrantRole) s);
        if (s instanceof RevokeRole) return access.revokeRole((RevokeRole) s);
        if (s instanceof GrantPrivileges) return access.grant((GrantPrivileges) s);
        if (s instanceof RevokePrivileges) return access.revoke((RevokePrivileges) s);
        if (s instanceof Update) return new RewriteExecutor(ctx).update((Update) s);
        if (s instanceof Delete) return new RewriteExecutor(ctx).delete((Delete) s);
        if (s instanceof CreatePipe) return new PipeExecutor(ctx).create((CreatePipe) s);
        throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "unsupported statement: " + s);
    }

    StatementResult query(dev.floe.sql.tree.Query query) {
        PlanNode plan = new QueryBinder(ctx, ctx).bind(query);
        List<Object[]> rows;
        Runnable release = warehouseSlot();
        try {
            rows = ctx.run(plan);
        } finally {
            release.run();
        }
        List<ResultColumn> columns = new ArrayList<>();
        for (Field f : plan.fields()) columns.add(new ResultColumn(f.name(), f.type(), f.nullable()));
        return new StatementResult("SELECT", columns, rows, rows.size(), ctx.scanStats(), ctx.timeZone());
    }

    /** A running slot of the current warehouse, which bounds concurrent queries by its size; none without one. */
    private Runnable warehouseSlot() {
        String name = ctx.session().warehouse();
        dev.floe.engine.catalog.WarehouseDef w = name == null ? null : ctx.catalog().warehouse(name);
        return w == null ? () -> { } : ctx.floe().warehouseSlots().acquire(w);
    }

    private StatementResult explain(Explain e) {
        PlanNode plan = dev.floe.engine.optimizer.Optimizer.optimize(new QueryBinder(ctx, ctx).bind(e.query()));
        List<Object[]> rows = new ArrayList<>();
        PlanPrinter.print(plan, 0, rows);
        return new StatementResult("EXPLAIN", List.of(new ResultColumn("plan", dev.floe.types.SqlType.VARCHAR, false)),
                rows, 0, ctx.scanStats(), ctx.timeZone());
    }

    private StatementResult use(Use use) {
        ObjectKind kind = use.kind().orElse(ObjectKind.DATABASE);
        Session session = ctx.session();
        switch (kind) {
            case DATABASE: {
                if (!use.kind().isPresent() && use.name().parts().size() == 2) {
                    return useSchema(use.name());
                }
                String name = single(use.name().parts());
                if (ctx.catalog().database(name) == null) throw FloeException.notFound("Database", name);
                session.useDatabase(name);
                if (ctx.catalog().schema(ObjectName.schema(name, "PUBLIC")) != null) {
                    session.useSchema(name, "PUBLIC");
                }
                break;
            }
            case SCHEMA:
                return useSchema(use.name());
            case WAREHOUSE: {
                String name = single(use.name().parts());
                if (ctx.catalog().warehouse(name) == null) throw FloeException.notFound("Object", name);
                ctx.rights().requireOnWarehouse(ctx.catalog().warehouse(name), Privileges.USAGE);
                session.useWarehouse(name);
                break;
            }
            case ROLE: {
                String name = single(use.name().parts());
                if (ctx.catalog().role(name) == null) throw FloeException.notFound("Role", name);
                ctx.floe().accessControl().requireRole(new Principal(session.user(), name));
                session.useRole(name);
                break;
            }
            default:
                throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "USE " + kind + " is not supported");
        }
        return StatementResult.status("USE", "Statement executed successfully.", ctx.timeZone());
    }

    private StatementResult useSchema(dev.floe.sql.tree.QualifiedName name) {
        ObjectName schema = ctx.qualifySchema(name);
        DatabaseDef def = ctx.catalog().schema(schema);
        if (def == null) throw FloeException.notFound("Schema", schema.toString());
        ctx.session().useSchema(schema.database(), schema.schema());
        return StatementResult.status("USE", "Statement executed successfully.", ctx.timeZone());
    }

    private StatementResult alterSession(AlterSession alter) {
        if (alter.action() instanceof SetProperties) {
            for (Property p : ((SetProperties) alter.action()).properties().entries()) {
                ctx.session().setParameter(p.name().canonical(), PropertyValues.text(p.value()));
            }
        } else {
            for (Identifier name : ((UnsetProperties) alter.action()).names()) {
                ctx.session().unsetParameter(name.canonical());
            }
        }
        return StatementResult.status("ALTER", "Statement executed successfully.", ctx.timeZone());
    }

    static String single(List<Identifier> parts) {
        if (parts.size() != 1) {
            throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "expected a simple name, got " + parts.size() + " parts");
        }
        return parts.get(0).canonical();
    }
}
