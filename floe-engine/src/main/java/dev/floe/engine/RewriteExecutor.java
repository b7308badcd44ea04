package dev.floe.engine;

import dev.floe.engine.analyzer.QueryBinder;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.plan.PlanNode;
import dev.floe.sql.tree.Assignment;
import dev.floe.sql.tree.BooleanLiteral;
import dev.floe.sql.tree.Case;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Delete;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.IsDistinctFrom;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.SelectItem;
import dev.floe.sql.tree.TableRef;
import dev.floe.sql.tree.Update;
import dev.floe.sql.tree.WhenClause;
import dev.floe.storage.TableStore;
import dev.floe.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * UPDATE and DELETE on standard tables. Storage is append-only, so the table is rewritten: the
 * surviving (or changed) rows go into new storage, which replaces the old in one catalog change.
 * Interactive tables refuse both, as Snowflake's do.
 */
final class RewriteExecutor {
    private final StatementContext ctx;

    RewriteExecutor(StatementContext ctx) {
        this.ctx = ctx;
    }

    StatementResult update(Update u) {
        TableDef table = standardTable("UPDATE", u.table());
        if (u.from().isPresent()) {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "UPDATE ... FROM is not supported yet");
        }
        List<SelectItem> items = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String column = table.columns().get(c).name();
            Expression value = column(u.position(), column);
            for (Assignment a : u.assignments()) {
                if (a.column().canonical().equals(column)) {
                    value = u.where().isPresent()
                            ? new Case(a.position(), Optional.empty(), List.of(new WhenClause(a.position(), u.where().get(), a.value())),
                                    Optional.of(value))
                            : a.value();
                }
            }
            items.add(new SelectItem(u.position(), value, Optional.of(new Identifier(u.position(), column, true))));
        }
        for (Assignment a : u.assignments()) {
            if (table.columnIndex(a.column().canonical()) < 0) {
                throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "invalid identifier '" + a.column().canonical() + "'");
            }
        }
        long changed = count(table, u.where().orElse(null));
        rewrite(table, select(u.position(), items, table, u.alias(), Optional.empty()));
        return counts("number of rows updated", changed);
    }

    StatementResult delete(Delete d) {
        TableDef table = standardTable("DELETE", d.table());
        if (d.using().isPresent()) {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "DELETE ... USING is not supported yet");
        }
        List<SelectItem> items = new ArrayList<>();
        for (var c : table.columns()) items.add(new SelectItem(d.position(), column(d.position(), c.name()), Optional.empty()));
        // Keep the rows where the condition is not TRUE (FALSE or NULL).
        Optional<Expression> keep = d.where().map(w -> new IsDistinctFrom(d.position(), w, new BooleanLiteral(d.position(), true), false));
        long deleted = count(table, d.where().orElse(null));
        rewrite(table, select(d.position(), items, table, d.alias(), keep));
        return counts("number of rows deleted", deleted);
    }

    private TableDef standardTable(String verb, QualifiedName name) {
        TableDef table = ctx.catalog().table(ctx.qualify(name));
        if (table == null) {
            throw FloeException.notFound("Table", ctx.qualify(name).toString());
        }
        // UPDATE and DELETE are also the names of the privileges they need.
        ctx.rights().requireOnTable(table, verb);
        if (table.interactive()) {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, verb + " is not supported on interactive tables: '" + table.name() + "'");
        }
        return table;
    }

    private long count(TableDef table, Expression where) {
        SelectItem star = new SelectItem(positionOf(where),
                new dev.floe.sql.tree.FunctionCall(positionOf(where), new QualifiedName(List.of(new Identifier(positionOf(where), "COUNT", false))),
                        List.of(), List.of(), false, true, Optional.empty()), Optional.empty());
        Query q = select(positionOf(where), List.of(star), table, Optional.empty(), Optional.ofNullable(where));
        List<Object[]> rows = ctx.run(new QueryBinder(ctx, ctx).bind(q));
        return (Long) rows.get(0)[0];
    }

    private static dev.floe.sql.tree.SourcePosition positionOf(Expression e) {
        return e != null ? e.position() : new dev.floe.sql.tree.SourcePosition(1, 0);
    }

    private Query select(dev.floe.sql.tree.SourcePosition at, List<SelectItem> items, TableDef table,
                         Optional<Identifier> alias, Optional<Expression> where) {
        QualifiedName name = new QualifiedName(List.of(new Identifier(at, table.name().database(), true),
                new Identifier(at, table.name().schema(), true), new Identifier(at, table.name().object(), true)));
        QuerySpecification spec = new QuerySpecification(at, false, items, Optional.of(new TableRef(at, name, alias)), where,
                List.of(), Optional.empty(), Optional.empty());
        return Query.of(spec);
    }

    private static Expression column(dev.floe.sql.tree.SourcePosition at, String name) {
        return new ColumnRef(at, new QualifiedName(List.of(new Identifier(at, name, true))));
    }

    /** Writes the query's rows to new storage and swaps it in for the table's; a failure leaves the table as it was. */
    private void rewrite(TableDef table, Query rows) {
        PlanNode plan = new QueryBinder(ctx, ctx).bind(rows);
        TableStore old = ctx.floe().store(table);
        long id = reserveTableId();
        TableDef replacement = new TableDef(id, table.name(), table.interactive(), table.columns(), table.clusterBy(),
                table.createdMillis(), table.lastDdlMillis(), table.owner(), table.comment());
        ctx.floe().stores().create(id, DdlExecutor.storageSchema(replacement));
        try {
            new InsertExecutor(ctx).append(replacement, plan, null, old.offsetTokens());
            ctx.floe().catalog().update(b -> b.tables.set(b.tables.indexOf(table), replacement));
        } catch (RuntimeException e) {
            ctx.floe().stores().drop(id);
            throw e;
        }
        ctx.floe().stores().drop(table.id());
    }

    private long reserveTableId() {
        long[] id = new long[1];
        ctx.floe().catalog().update(b -> id[0] = b.nextTableId++);
        return id[0];
    }

    private StatementResult counts(String column, long n) {
        return new StatementResult("DML", List.of(new ResultColumn(column, SqlType.number(38, 0), false)),
                List.<Object[]>of(new Object[] {n}), n, ctx.scanStats(), ctx.timeZone());
    }
}
