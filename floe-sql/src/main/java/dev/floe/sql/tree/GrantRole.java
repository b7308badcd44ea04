package dev.floe.sql.tree;

import java.util.Objects;

/** {@code GRANT ROLE role TO USER|ROLE grantee}. */
public record GrantRole(SourcePosition position, Identifier role, ObjectKind granteeKind, Identifier grantee)
        implements Statement {
    public GrantRole {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(role, "role");
        Grants.requireGranteeKind(granteeKind);
        Objects.requireNonNull(grantee, "grantee");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitGrantRole(this, context);
    }

    @Override
    public String toString() {
        return "GRANT ROLE " + role + " TO " + granteeKind + " " + grantee;
    }
}
