package dev.floe.engine.exec;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import java.util.List;

/** The rows of each input in turn (inputs already have the same column types). */
final class UnionAllOperator implements Operator {
    private final List<Operator> inputs;
    private final List<SqlType> types;
    private int current;

    UnionAllOperator(List<Operator> inputs, List<SqlType> types) {
        this.inputs = List.copyOf(inputs);
        this.types = List.copyOf(types);
    }

    @Override
    public List<SqlType> types() {
        return types;
    }

    @Override
    public ColumnBatch next() {
        while (current < inputs.size()) {
            ColumnBatch batch = inputs.get(current).next();
            if (batch != null) {
                return batch;
            }
            current++;
        }
        return null;
    }

    @Override
    public void close() {
        for (Operator input : inputs) {
            input.close();
        }
    }
}
