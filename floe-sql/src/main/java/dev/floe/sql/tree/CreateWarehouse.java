package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE [OR REPLACE] [INTERACTIVE] WAREHOUSE [IF NOT EXISTS] name [TABLES (t, ...)]
 * [[WITH] WAREHOUSE_SIZE = ... AUTO_SUSPEND = ... ...]}.
 */
public record CreateWarehouse(
        SourcePosition position,
        Identifier name,
        boolean orReplace,
        boolean ifNotExists,
        boolean interactive,
        List<QualifiedName> tables,
        Properties properties) implements Statement {

    public CreateWarehouse {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        tables = List.copyOf(tables);
        Objects.requireNonNull(properties, "properties");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCreateWarehouse(this, context);
    }

    @Override
    public String toString() {
        return Ddl.create(orReplace, Text.flag(interactive, "INTERACTIVE ") + "WAREHOUSE", ifNotExists, name)
                + (tables.isEmpty() ? "" : " TABLES (" + Text.list(tables) + ")") + Ddl.properties(properties);
    }
}
