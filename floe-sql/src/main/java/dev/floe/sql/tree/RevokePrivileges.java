package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/** {@code REVOKE [GRANT OPTION FOR] priv, ... ON target FROM ROLE role [CASCADE|RESTRICT]}. */
public record RevokePrivileges(
        SourcePosition position,
        boolean grantOptionFor,
        List<Privilege> privileges,
        GrantTarget target,
        Identifier role,
        Drop.Behavior behavior) implements Statement {

    public RevokePrivileges {
        Objects.requireNonNull(position, "position");
        privileges = List.copyOf(privileges);
        if (privileges.isEmpty()) {
            throw new IllegalArgumentException("REVOKE needs at least one privilege");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(behavior, "behavior");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitRevokePrivileges(this, context);
    }

    @Override
    public String toString() {
        return "REVOKE " + Text.flag(grantOptionFor, "GRANT OPTION FOR ") + Text.list(privileges) + " " + target
                + " FROM ROLE " + role + (behavior == Drop.Behavior.DEFAULT ? "" : " " + behavior);
    }
}
