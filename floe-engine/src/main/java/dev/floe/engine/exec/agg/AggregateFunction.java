package dev.floe.engine.exec.agg;

import dev.floe.types.SqlType;
import java.util.List;
import java.util.function.Supplier;

/** A bound aggregate call: its result type and how to make fresh state. */
public record AggregateFunction(String name, SqlType type, List<SqlType> argTypes, Supplier<Accumulator> factory) {
}
