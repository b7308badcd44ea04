package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.Selection;
import java.util.ArrayList;
import java.util.List;

/**
 * Searched CASE (and IFF, COALESCE, NULLIF, ... which the binder rewrites into it). Each branch is
 * evaluated only on the rows that take it, so {@code CASE WHEN x <> 0 THEN 1 / x END} never
 * divides by zero.
 */
public final class CaseExpr extends Expr {
    private final List<Expr> conditions;
    private final List<Expr> results;
    private final Expr otherwise;
    private ColumnVector out;

    /** {@code otherwise} may be null (ELSE NULL). Results are already cast to this type. */
    public CaseExpr(SqlType type, List<Expr> conditions, List<Expr> results, Expr otherwise) {
        super(type);
        this.conditions = List.copyOf(conditions);
        this.results = List.copyOf(results);
        this.otherwise = otherwise;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        out = Values.reuse(out, type().physical(), n);
        int[] pending = new int[n];
        for (int i = 0; i < n; i++) pending[i] = i;
        int pendingCount = n;
        for (int w = 0; w < conditions.size() && pendingCount > 0; w++) {
            ColumnBatch rows = subset(input, pending, pendingCount);
            BooleanVector cond = (BooleanVector) conditions.get(w).evaluate(rows, ctx);
            int[] taken = new int[pendingCount];
            int[] takenRows = new int[pendingCount];
            int takenCount = 0;
            int stillPending = 0;
            for (int i = 0; i < pendingCount; i++) {
                if (cond.values[i] && !cond.isNull(i)) {
                    taken[takenCount] = i;
                    takenRows[takenCount++] = pending[i];
                } else {
                    pending[stillPending++] = pending[i];
                }
            }
            if (takenCount > 0) {
                ColumnVector v = results.get(w).evaluate(subset(rows, taken, takenCount), ctx);
                scatter(v, takenRows, takenCount);
            }
            pendingCount = stillPending;
        }
        if (pendingCount > 0) {
            if (otherwise == null) {
                for (int i = 0; i < pendingCount; i++) out.setNull(pending[i]);
            } else {
                ColumnVector v = otherwise.evaluate(subset(input, pending, pendingCount), ctx);
                scatter(v, pending, pendingCount);
            }
        }
        return out;
    }

    private static ColumnBatch subset(ColumnBatch input, int[] sel, int count) {
        if (count == input.size()) {
            boolean identity = true;
            for (int i = 0; i < count && identity; i++) identity = sel[i] == i;
            if (identity) return input;
        }
        ColumnVector[] columns = new ColumnVector[input.columnCount()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = Selection.gather(input.column(c), sel, count, null);
        }
        return new ColumnBatch(columns, count);
    }

    private void scatter(ColumnVector values, int[] rows, int count) {
        for (int i = 0; i < count; i++) {
            out.copyFrom(values, i, rows[i]);
        }
    }

    @Override
    public List<Expr> children() {
        List<Expr> c = new ArrayList<>(conditions);
        c.addAll(results);
        if (otherwise != null) c.add(otherwise);
        return c;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        int w = conditions.size();
        return new CaseExpr(type(), children.subList(0, w), children.subList(w, 2 * w),
                otherwise == null ? null : children.get(2 * w));
    }

    @Override
    public String toString() {
        return "CASE" + conditions + results + " ELSE " + otherwise;
    }
}
