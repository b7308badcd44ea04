package dev.floe.engine.exec;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import java.util.List;

/**
 * A pull-based, vectorized operator. {@link #next} returns the next batch of rows, or null once
 * exhausted; a returned batch is valid until the following call (operators reuse vectors), so a
 * consumer that keeps rows copies them. {@link #close} releases what the operator holds and is
 * safe to call at any time, also after a failure.
 */
public interface Operator extends AutoCloseable {
    int BATCH_SIZE = 4096;

    List<SqlType> types();

    ColumnBatch next();

    @Override
    default void close() {
    }
}
