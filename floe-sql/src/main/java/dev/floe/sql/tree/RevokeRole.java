package dev.floe.sql.tree;

import java.util.Objects;

/** {@code REVOKE ROLE role FROM USER|ROLE grantee}. */
public record RevokeRole(SourcePosition position, Identifier role, ObjectKind granteeKind, Identifier grantee)
        implements Statement {
    public RevokeRole {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(role, "role");
        Grants.requireGranteeKind(granteeKind);
        Objects.requireNonNull(grantee, "grantee");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitRevokeRole(this, context);
    }

    @Override
    public String toString() {
        return "REVOKE ROLE " + role + " FROM " + granteeKind + " " + grantee;
    }
}
