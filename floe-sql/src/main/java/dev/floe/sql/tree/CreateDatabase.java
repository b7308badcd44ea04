package dev.floe.sql.tree;

import java.util.Objects;

/** {@code CREATE [OR REPLACE] DATABASE [IF NOT EXISTS] name [props]}. */
public record CreateDatabase(
        SourcePosition position,
        Identifier name,
        boolean orReplace,
        boolean ifNotExists,
        Properties properties) implements Statement {

    public CreateDatabase {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(properties, "properties");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCreateDatabase(this, context);
    }

    @Override
    public String toString() {
        return Ddl.create(orReplace, "DATABASE", ifNotExists, name) + Ddl.properties(properties);
    }
}
