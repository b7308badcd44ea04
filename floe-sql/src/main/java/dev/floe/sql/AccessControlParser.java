package dev.floe.sql;

import dev.floe.sql.tree.AlterUser;
import dev.floe.sql.tree.AlterUserAction;
import dev.floe.sql.tree.CreateRole;
import dev.floe.sql.tree.CreateUser;
import dev.floe.sql.tree.Drop;
import dev.floe.sql.tree.GrantOnObject;
import dev.floe.sql.tree.GrantOnSchemaObjects;
import dev.floe.sql.tree.GrantPrivileges;
import dev.floe.sql.tree.GrantRole;
import dev.floe.sql.tree.GrantTarget;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.ObjectKind;
import dev.floe.sql.tree.Privilege;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.RenameTo;
import dev.floe.sql.tree.RevokePrivileges;
import dev.floe.sql.tree.RevokeRole;
import dev.floe.sql.tree.SetProperties;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.Statement;
import dev.floe.sql.tree.UnsetProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Roles, users, GRANT and REVOKE. */
final class AccessControlParser {
    private static final ObjectKind[] GRANTABLE = {
        ObjectKind.DATABASE, ObjectKind.SCHEMA, ObjectKind.TABLE, ObjectKind.WAREHOUSE, ObjectKind.PIPE,
        ObjectKind.USER, ObjectKind.ROLE,
    };

    private final TokenCursor cursor;
    private final PropertyParser properties;

    AccessControlParser(TokenCursor cursor, PropertyParser properties) {
        this.cursor = cursor;
        this.properties = properties;
    }

    CreateRole createRole(SourcePosition position, boolean orReplace) {
        boolean ifNotExists = cursor.acceptKeywords("IF", "NOT", "EXISTS");
        Identifier name = cursor.identifier();
        return new CreateRole(position, name, orReplace, ifNotExists, properties.properties());
    }

    CreateUser createUser(SourcePosition position, boolean orReplace) {
        boolean ifNotExists = cursor.acceptKeywords("IF", "NOT", "EXISTS");
        Identifier name = cursor.identifier();
        return new CreateUser(position, name, orReplace, ifNotExists, properties.properties());
    }

    AlterUser alterUser(SourcePosition position) {
        boolean ifExists = cursor.acceptKeywords("IF", "EXISTS");
        Identifier name = cursor.identifier();
        SourcePosition actionPosition = cursor.position();
        AlterUserAction action;
        if (cursor.acceptKeyword("SET")) {
            action = new SetProperties(actionPosition, properties.requiredProperties());
        } else if (cursor.acceptKeyword("UNSET")) {
            action = new UnsetProperties(actionPosition, properties.names());
        } else if (cursor.acceptKeyword("RENAME")) {
            cursor.expectKeyword("TO");
            action = new RenameTo(actionPosition, QualifiedName.of(cursor.identifier()));
        } else {
            throw cursor.unexpected("SET, UNSET or RENAME");
        }
        return new AlterUser(position, name, ifExists, action);
    }

    /** After GRANT: {@code ROLE r TO USER|ROLE x} or {@code privileges ON target TO [ROLE] r ...}. */
    Statement grant(SourcePosition position) {
        if (atRoleGrant()) {
            cursor.next();
            Identifier role = cursor.identifier();
            cursor.expectKeyword("TO");
            ObjectKind granteeKind = granteeKind();
            return new GrantRole(position, role, granteeKind, cursor.identifier());
        }
        List<Privilege> privileges = privileges();
        GrantTarget target = target();
        cursor.expectKeyword("TO");
        Identifier role = roleName();
        boolean withGrantOption = cursor.acceptKeywords("WITH", "GRANT", "OPTION");
        GrantPrivileges.CurrentGrants currentGrants = GrantPrivileges.CurrentGrants.UNSPECIFIED;
        if (cursor.acceptKeywords("COPY", "CURRENT", "GRANTS")) {
            currentGrants = GrantPrivileges.CurrentGrants.COPY;
        } else if (cursor.acceptKeywords("REVOKE", "CURRENT", "GRANTS")) {
            currentGrants = GrantPrivileges.CurrentGrants.REVOKE;
        }
        return new GrantPrivileges(position, privileges, target, role, withGrantOption, currentGrants);
    }

    /** After REVOKE: {@code ROLE r FROM USER|ROLE x} or {@code [GRANT OPTION FOR] privileges ON target FROM [ROLE] r}. */
    Statement revoke(SourcePosition position) {
        if (atRoleGrant()) {
            cursor.next();
            Identifier role = cursor.identifier();
            cursor.expectKeyword("FROM");
            ObjectKind granteeKind = granteeKind();
            return new RevokeRole(position, role, granteeKind, cursor.identifier());
        }
        boolean grantOptionFor = cursor.acceptKeywords("GRANT", "OPTION", "FOR");
        List<Privilege> privileges = privileges();
        GrantTarget target = target();
        cursor.expectKeyword("FROM");
        Identifier role = roleName();
        Drop.Behavior behavior = Drop.Behavior.DEFAULT;
        if (cursor.acceptKeyword("CASCADE")) {
            behavior = Drop.Behavior.CASCADE;
        } else if (cursor.acceptKeyword("RESTRICT")) {
            behavior = Drop.Behavior.RESTRICT;
        }
        return new RevokePrivileges(position, grantOptionFor, privileges, target, role, behavior);
    }

    /** {@code ROLE name TO|FROM}: a role grant, not a privilege named ROLE. */
    private boolean atRoleGrant() {
        return cursor.atKeyword("ROLE") && TokenCursor.isIdentifier(cursor.peek(1))
                && (cursor.peek(2).is("TO") || cursor.peek(2).is("FROM"));
    }

    private ObjectKind granteeKind() {
        if (cursor.acceptKeyword("USER")) {
            return ObjectKind.USER;
        }
        cursor.expectKeyword("ROLE");
        return ObjectKind.ROLE;
    }

    /** {@code [ROLE] name}: Snowflake lets the ROLE keyword be left out. */
    private Identifier roleName() {
        if (cursor.atKeyword("ROLE") && TokenCursor.isIdentifier(cursor.peek(1))) {
            cursor.next();
        }
        return cursor.identifier();
    }

    /** Comma-separated privileges, each one or more words: {@code USAGE}, {@code CREATE TABLE}, {@code ALL [PRIVILEGES]}. */
    private List<Privilege> privileges() {
        List<Privilege> privileges = new ArrayList<>();
        do {
            SourcePosition position = cursor.position();
            StringBuilder name = new StringBuilder();
            while (cursor.at(TokenType.WORD) && !cursor.atKeyword("ON")) {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(cursor.next().text());
            }
            if (name.length() == 0) {
                throw cursor.unexpected("a privilege");
            }
            String privilege = name.toString();
            privileges.add(new Privilege(position, privilege.equalsIgnoreCase("ALL PRIVILEGES") ? "ALL" : privilege));
        } while (cursor.accept(TokenType.COMMA));
        return privileges;
    }

    /** {@code ON ACCOUNT}, {@code ON kind name}, {@code ON ALL|FUTURE kinds IN SCHEMA|DATABASE name}. */
    private GrantTarget target() {
        cursor.expectKeyword("ON");
        SourcePosition position = cursor.position();
        if (cursor.acceptKeyword("ACCOUNT")) {
            return new GrantOnObject(position, ObjectKind.ACCOUNT, Optional.empty());
        }
        if (cursor.atKeyword("ALL") || cursor.atKeyword("FUTURE")) {
            boolean future = cursor.next().is("FUTURE");
            ObjectKind objectKind = pluralKind();
            cursor.expectKeyword("IN");
            ObjectKind containerKind;
            if (cursor.acceptKeyword("SCHEMA")) {
                containerKind = ObjectKind.SCHEMA;
            } else {
                cursor.expectKeyword("DATABASE");
                containerKind = ObjectKind.DATABASE;
            }
            QualifiedName container = cursor.qualifiedName(DdlParser.nameParts(containerKind));
            return new GrantOnSchemaObjects(position, future, objectKind, containerKind, container);
        }
        for (ObjectKind kind : GRANTABLE) {
            if (cursor.acceptKeyword(kind.name())) {
                return new GrantOnObject(position, kind, Optional.of(cursor.qualifiedName(DdlParser.nameParts(kind))));
            }
        }
        throw cursor.unexpected("ACCOUNT, ALL, FUTURE or an object kind");
    }

    private ObjectKind pluralKind() {
        for (ObjectKind kind : new ObjectKind[] {ObjectKind.TABLE, ObjectKind.SCHEMA, ObjectKind.PIPE}) {
            if (cursor.acceptKeyword(kind.plural())) {
                return kind;
            }
        }
        throw cursor.unexpected("TABLES, SCHEMAS or PIPES");
    }
}
