package dev.floe.storage;

import dev.floe.types.SqlType;
import java.util.Objects;

/** One column of a stored table: its name, SQL type and whether it admits NULL. */
public record ColumnSpec(String name, SqlType type, boolean nullable) {
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
    }
}
