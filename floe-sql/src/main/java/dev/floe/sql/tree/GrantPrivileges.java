package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;

/**
 * {@code GRANT priv, ... ON target TO ROLE role [WITH GRANT OPTION] [COPY|REVOKE CURRENT GRANTS]};
 * the last clause only matters when transferring OWNERSHIP.
 */
public record GrantPrivileges(
        SourcePosition position,
        List<Privilege> privileges,
        GrantTarget target,
        Identifier role,
        boolean withGrantOption,
        CurrentGrants currentGrants) implements Statement {

    /** What an OWNERSHIP transfer does to the object's existing grants; UNSPECIFIED when not written. */
    public enum CurrentGrants { UNSPECIFIED, COPY, REVOKE }

    public GrantPrivileges {
        Objects.requireNonNull(position, "position");
        privileges = List.copyOf(privileges);
        if (privileges.isEmpty()) {
            throw new IllegalArgumentException("GRANT needs at least one privilege");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(currentGrants, "currentGrants");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitGrantPrivileges(this, context);
    }

    @Override
    public String toString() {
        return "GRANT " + Text.list(privileges) + " " + target + " TO ROLE " + role
                + Text.flag(withGrantOption, " WITH GRANT OPTION")
                + (currentGrants == CurrentGrants.UNSPECIFIED ? "" : " " + currentGrants + " CURRENT GRANTS");
    }
}
