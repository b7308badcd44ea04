package dev.floe.engine.plan;

import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.exec.ColumnRange;
import dev.floe.engine.expr.Expr;
import java.util.List;

/**
 * Reads columns of a table. {@code columns} are positions in the table; {@code predicate} (may be
 * null) is a filter over the scanned columns the optimizer pushed here, and {@code ranges} are the
 * zone-map bounds derived from it.
 */
public record ScanNode(TableDef table, int[] columns, List<Field> fields, Expr predicate, List<ColumnRange> ranges)
        implements PlanNode {

    public ScanNode {
        columns = columns.clone();
        fields = List.copyOf(fields);
        ranges = List.copyOf(ranges);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of();
    }
}
