package dev.floe.engine.exec;

import dev.floe.engine.expr.Values;
import dev.floe.types.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;

/** Materializes an operator's rows as value arrays: for operators that must see all input first, and for results. */
public final class RowBuffer {
    private RowBuffer() {
    }

    public static List<Object[]> drain(Operator input) {
        List<Object[]> rows = new ArrayList<>();
        ColumnBatch batch;
        while ((batch = input.next()) != null) {
            int columns = batch.columnCount();
            for (int i = 0; i < batch.size(); i++) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = Values.get(batch.column(c), i);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
