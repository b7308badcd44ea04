package dev.floe.engine;

import dev.floe.engine.analyzer.QueryBinder;
import dev.floe.engine.analyzer.TypeNames;
import dev.floe.engine.catalog.ColumnDef;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.exec.Operator;
import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.optimizer.Optimizer;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.PlanNode;
import dev.floe.engine.plan.ProjectNode;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.Insert;
import dev.floe.storage.TableStore;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * INSERT INTO ... VALUES | SELECT (and the rows of CREATE TABLE ... AS SELECT): converts the source
 * rows to the table's column types, checks NOT NULL, and appends them all in one durable commit,
 * so a statement that fails part way writes nothing.
 */
final class InsertExecutor {
    private final StatementContext ctx;

    InsertExecutor(StatementContext ctx) {
        this.ctx = ctx;
    }

    StatementResult insert(Insert s) {
        if (s.overwrite()) {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "INSERT OVERWRITE is not supported yet");
        }
        TableDef table = ctx.catalog().table(ctx.qualify(s.table()));
        if (table == null) {
            throw FloeException.notFound("Table", ctx.qualify(s.table()).toString());
        }
        ctx.rights().requireOnTable(table, dev.floe.engine.security.Privileges.INSERT);
        PlanNode source = new QueryBinder(ctx, ctx).bind(s.source());
        int[] targets = targetColumns(table, s.columns());
        if (source.fields().size() != targets.length) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Insert value list does not match column list expecting "
                    + targets.length + " but got " + source.fields().size());
        }
        long rows = append(table, source, targets);
        return new StatementResult("INSERT", List.of(new ResultColumn("number of rows inserted", SqlType.number(38, 0), false)),
                List.<Object[]>of(new Object[] {rows}), rows, ctx.scanStats(), ctx.timeZone());
    }

    private static int[] targetColumns(TableDef table, List<Identifier> columns) {
        if (columns.isEmpty()) {
            int[] all = new int[table.columns().size()];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        int[] targets = new int[columns.size()];
        for (int i = 0; i < targets.length; i++) {
            String name = columns.get(i).canonical();
            targets[i] = table.columnIndex(name);
            if (targets[i] < 0) {
                throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "invalid identifier '" + name + "'");
            }
            for (int j = 0; j < i; j++) {
                if (targets[j] == targets[i]) {
                    throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "duplicate column name '" + name + "' in INSERT");
                }
            }
        }
        return targets;
    }

    /**
     * Appends the rows of {@code source} to the table; {@code targets[i]} is the table column that
     * source column i fills (null: source columns in table order). Returns the row count.
     */
    long append(TableDef table, PlanNode source, int[] targets) {
        return append(table, source, targets, Map.of());
    }

    /** As {@link #append(TableDef, PlanNode, int[])}, committing {@code offsetTokens} with the rows. */
    long append(TableDef table, PlanNode source, int[] targets, Map<String, String> offsetTokens) {
        PlanNode shaped = toTableShape(table, source, targets);
        TableStore store = ctx.floe().store(table);
        ColumnVector[] all = new ColumnVector[table.columns().size()];
        for (int c = 0; c < all.length; c++) {
            all[c] = ColumnVector.allocate(shaped.fields().get(c).type().physical(), Operator.BATCH_SIZE);
        }
        int total = 0;
        try (Operator op = ctx.planner().plan(Optimizer.optimize(shaped))) {
            ColumnBatch batch;
            while ((batch = op.next()) != null) {
                ctx.eval().checkInterrupted();
                checkNotNull(table, batch);
                for (int c = 0; c < all.length; c++) {
                    all[c].ensureCapacity(total + batch.size());
                    for (int i = 0; i < batch.size(); i++) all[c].copyFrom(batch.column(c), i, total + i);
                }
                total += batch.size();
            }
        }
        if (total == 0 && offsetTokens.isEmpty()) {
            return 0;
        }
        try {
            store.append(new ColumnBatch(all, total), offsetTokens);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to " + table.name() + ": " + e.getMessage(), e);
        }
        return total;
    }

    /** A projection giving one column per table column, each of the column's type (NULL where not inserted). */
    private PlanNode toTableShape(TableDef table, PlanNode source, int[] targets) {
        List<ColumnDef> columns = table.columns();
        Expr[] exprs = new Expr[columns.size()];
        List<Field> fields = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            SqlType type = TypeNames.parseStored(columns.get(c).type());
            exprs[c] = new ConstantExpr(null, type);
            fields.add(new Field(null, columns.get(c).name(), type, columns.get(c).nullable()));
        }
        for (int i = 0; i < source.fields().size(); i++) {
            int target = targets == null ? i : targets[i];
            Field f = source.fields().get(i);
            Expr value = new ColumnExpr(i, f.type(), f.name());
            SqlType type = fields.get(target).type();
            if (!value.type().equals(type)) {
                if (!dev.floe.engine.expr.Casts.castable(value.type(), type)) {
                    throw FloeException.compilation(ErrorCode.TYPE_MISMATCH, "Expression type does not match column data type, expecting "
                            + type + " but got " + value.type() + " for column " + columns.get(target).name());
                }
                value = new CastExpr(value, type, false);
            }
            exprs[target] = value;
        }
        return new ProjectNode(source, Arrays.asList(exprs), fields);
    }

    private static void checkNotNull(TableDef table, ColumnBatch batch) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).nullable()) continue;
            ColumnVector v = batch.column(c);
            if (!v.mayHaveNulls()) continue;
            for (int i = 0; i < batch.size(); i++) {
                if (v.isNull(i)) {
                    throw new FloeException(ErrorCode.NULL_NOT_ALLOWED, "NULL result in a non-nullable column");
                }
            }
        }
    }
}
