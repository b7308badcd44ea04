package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code CLUSTER BY (exprs)} on an existing table. */
public record SetClusterBy(SourcePosition position, List<Expression> keys) implements AlterTableAction {
    public SetClusterBy {
        Objects.requireNonNull(position, "position");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("CLUSTER BY needs at least one expression");
        }
    }

    @Override
    public String toString() {
        return "CLUSTER BY (" + Text.list(keys) + ")";
    }
}
