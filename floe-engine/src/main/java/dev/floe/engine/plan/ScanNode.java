package dev.floe.engine.plan;

import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.exec.ColumnRange;
import dev.floe.engine.expr.Expr;
import java.util.List;

/**
 * Reads columns of a table. {@code columns} are positions in the table; {@code paths} are VARIANT
 * paths read as typed columns, output after the plain ones; {@code fields} describes both.
 * {@code predicate} (may be null) is a filter over the scan's output the optimizer pushed here,
 * and {@code ranges} are the zone-map bounds derived from it.
 */
public record ScanNode(TableDef table, int[] columns, List<PathColumn> paths, List<Field> fields, Expr predicate,
                       List<ColumnRange> ranges) implements PlanNode {

    public ScanNode {
        columns = columns.clone();
        paths = List.copyOf(paths);
        fields = List.copyOf(fields);
        ranges = List.copyOf(ranges);
    }

    public ScanNode(TableDef table, int[] columns, List<Field> fields, Expr predicate, List<ColumnRange> ranges) {
        this(table, columns, List.of(), fields, predicate, ranges);
    }

    public ScanNode withPredicate(Expr newPredicate, List<ColumnRange> newRanges) {
        return new ScanNode(table, columns, paths, fields, newPredicate, newRanges);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of();
    }
}
