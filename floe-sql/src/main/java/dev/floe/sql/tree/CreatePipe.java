package dev.floe.sql.tree;

import java.util.Objects;

/** {@code CREATE [OR REPLACE] PIPE [IF NOT EXISTS] name [props] AS COPY INTO ...}. */
public record CreatePipe(
        SourcePosition position,
        QualifiedName name,
        boolean orReplace,
        boolean ifNotExists,
        Properties properties,
        CopyInto copy) implements Statement {

    public CreatePipe {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(copy, "copy");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCreatePipe(this, context);
    }

    @Override
    public String toString() {
        return Ddl.create(orReplace, "PIPE", ifNotExists, name) + Ddl.properties(properties) + " AS " + copy;
    }
}
