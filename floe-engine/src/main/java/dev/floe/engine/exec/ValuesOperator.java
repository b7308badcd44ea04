package dev.floe.engine.exec;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import java.util.List;

/** Rows given as values: VALUES lists, SHOW output, and the single empty row of a FROM-less SELECT. */
public final class ValuesOperator implements Operator {
    private final List<SqlType> types;
    private final List<Object[]> rows;
    private int position;

    public ValuesOperator(List<SqlType> types, List<Object[]> rows) {
        this.types = List.copyOf(types);
        this.rows = rows;
    }

    @Override
    public List<SqlType> types() {
        return types;
    }

    @Override
    public ColumnBatch next() {
        if (position >= rows.size()) {
            return null;
        }
        BatchBuilder out = new BatchBuilder(types, Math.min(BATCH_SIZE, rows.size() - position));
        while (position < rows.size() && out.size() < BATCH_SIZE) {
            out.addRow(rows.get(position++));
        }
        return out.build();
    }
}
