package dev.floe.sql.tree;

import java.util.Objects;

/** {@code CREATE [OR REPLACE] SCHEMA [IF NOT EXISTS] [db.]name [props]}. */
public record CreateSchema(
        SourcePosition position,
        QualifiedName name,
        boolean orReplace,
        boolean ifNotExists,
        Properties properties) implements Statement {

    public CreateSchema {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(properties, "properties");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCreateSchema(this, context);
    }

    @Override
    public String toString() {
        return Ddl.create(orReplace, "SCHEMA", ifNotExists, name) + Ddl.properties(properties);
    }
}
