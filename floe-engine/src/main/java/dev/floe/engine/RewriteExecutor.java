package dev.floe.engine;

import dev.floe.engine.analyzer.QueryBinder;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.plan.PlanNode;
import dev.floe.sql.tree.Assignment;
import dev.floe.sql.tree.BooleanLiteral;
import dev.floe.sql.tree.Case;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Delete;
import dev.floe.sql.tree.Exists;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.IsDistinctFrom;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.Relation;
import dev.floe.sql.tree.ScalarSubquery;
import dev.floe.sql.tree.SelectItem;
import dev.floe.sql.tree.SourcePosition;
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
        for (Assignment a : u.assignments()) {
            if (table.columnIndex(a.column().canonical()) < 0) {
                throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "invalid identifier '" + a.column().canonical() + "'");
            }
        }
        SourcePosition at = u.position();
        Optional<Expression> match = matchCondition(at, u.from(), u.where());
        List<SelectItem> items = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String column = table.columns().get(c).name();
            Expression value = column(at, column);
            for (Assignment a : u.assignments()) {
                if (!a.column().canonical().equals(column)) continue;
                // With FROM, the new value comes from the matching source row (any one, as Snowflake picks).
                Expression assigned = u.from().isPresent() ? sourceValue(at, a.value(), u.from().get(), u.where()) : a.value();
                value = match.isPresent()
                        ? new Case(a.position(), Optional.empty(), List.of(new WhenClause(a.position(), match.get(), assigned)),
                                Optional.of(value))
                        : assigned;
            }
            items.add(new SelectItem(at, value, Optional.of(new Identifier(at, column, true))));
        }
        long changed = count(table, u.alias(), match);
        rewrite(table, select(at, items, table, u.alias(), Optional.empty()));
        return new StatementResult("UPDATE", List.of(new ResultColumn("number of rows updated", SqlType.number(38, 0), false),
                new ResultColumn("number of multi-joined rows updated", SqlType.number(38, 0), false)),
                List.<Object[]>of(new Object[] {changed, 0L}), changed, ctx.scanStats(), ctx.timeZone());
    }

    StatementResult delete(Delete d) {
        TableDef table = standardTable("DELETE", d.table());
        SourcePosition at = d.position();
        List<SelectItem> items = new ArrayList<>();
        for (var c : table.columns()) items.add(new SelectItem(at, column(at, c.name()), Optional.empty()));
        Optional<Expression> match = matchCondition(at, d.using(), d.where());
        // Keep the rows the condition does not make TRUE (FALSE or NULL); without one, none.
        Expression keep = match.isPresent()
                ? new IsDistinctFrom(at, match.get(), new BooleanLiteral(at, true), false)
                : new BooleanLiteral(at, false);
        long deleted = count(table, d.alias(), match);
        rewrite(table, select(at, items, table, d.alias(), Optional.of(keep)));
        return new StatementResult("DELETE", List.of(new ResultColumn("number of rows deleted", SqlType.number(38, 0), false)),
                List.<Object[]>of(new Object[] {deleted}), deleted, ctx.scanStats(), ctx.timeZone());
    }

    /**
     * Which target rows the statement touches: its WHERE; with a FROM/USING source, whether some
     * source row satisfies the WHERE for the target row (a correlated EXISTS). Empty: every row.
     */
    private static Optional<Expression> matchCondition(SourcePosition at, Optional<Relation> source, Optional<Expression> where) {
        if (source.isEmpty()) {
            return where;
        }
        return Optional.of(new Exists(at, Query.of(new QuerySpecification(at, false,
                List.of(new SelectItem(at, new NumericLiteral(at, "1"), Optional.empty())), source, where, List.of(),
                Optional.empty(), Optional.empty()))));
    }

    /** {@code (SELECT ANY_VALUE(value) FROM source WHERE where)}, correlated with the target row. */
    private static Expression sourceValue(SourcePosition at, Expression value, Relation source, Optional<Expression> where) {
        FunctionCall anyValue = FunctionCall.of(at, new QualifiedName(List.of(new Identifier(at, "ANY_VALUE", false))), List.of(value));
        return new ScalarSubquery(at, Query.of(new QuerySpecification(at, false, List.of(new SelectItem(at, anyValue, Optional.empty())),
                Optional.of(source), where, List.of(), Optional.empty(), Optional.empty())));
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

    private long count(TableDef table, Optional<Identifier> alias, Optional<Expression> match) {
        SourcePosition at = new SourcePosition(1, 0);
        FunctionCall countStar = new FunctionCall(at, new QualifiedName(List.of(new Identifier(at, "COUNT", false))),
                List.of(), List.of(), false, true, Optional.empty());
        Query q = select(at, List.of(new SelectItem(at, countStar, Optional.empty())), table, alias, match);
        List<Object[]> rows = ctx.run(new QueryBinder(ctx, ctx).bind(q));
        return (Long) rows.get(0)[0];
    }

    private Query select(SourcePosition at, List<SelectItem> items, TableDef table,
                         Optional<Identifier> alias, Optional<Expression> where) {
        QualifiedName name = new QualifiedName(List.of(new Identifier(at, table.name().database(), true),
                new Identifier(at, table.name().schema(), true), new Identifier(at, table.name().object(), true)));
        QuerySpecification spec = new QuerySpecification(at, false, items, Optional.of(new TableRef(at, name, alias)), where,
                List.of(), Optional.empty(), Optional.empty());
        return Query.of(spec);
    }

    private static Expression column(SourcePosition at, String name) {
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

}
