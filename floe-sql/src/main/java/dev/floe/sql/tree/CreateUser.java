package dev.floe.sql.tree;

import java.util.Objects;

/**
 * {@code CREATE [OR REPLACE] USER [IF NOT EXISTS] name [PASSWORD = '...'] [RSA_PUBLIC_KEY = '...']
 * [DEFAULT_ROLE = r] [TYPE = SERVICE] ...}.
 */
public record CreateUser(SourcePosition position, Identifier name, boolean orReplace, boolean ifNotExists, Properties properties)
        implements Statement {
    public CreateUser {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(properties, "properties");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCreateUser(this, context);
    }

    @Override
    public String toString() {
        return Ddl.create(orReplace, "USER", ifNotExists, name) + Ddl.properties(properties);
    }
}
