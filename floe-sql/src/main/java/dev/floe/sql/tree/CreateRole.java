package dev.floe.sql.tree;

import java.util.Objects;

/** {@code CREATE [OR REPLACE] ROLE [IF NOT EXISTS] name [COMMENT = '...']}. */
public record CreateRole(SourcePosition position, Identifier name, boolean orReplace, boolean ifNotExists, Properties properties)
        implements Statement {
    public CreateRole {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(properties, "properties");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCreateRole(this, context);
    }

    @Override
    public String toString() {
        return Ddl.create(orReplace, "ROLE", ifNotExists, name) + Ddl.properties(properties);
    }
}
