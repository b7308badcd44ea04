package dev.floe.engine.security;

import dev.floe.engine.catalog.CatalogState;
import dev.floe.engine.catalog.DatabaseDef;
import dev.floe.engine.catalog.GrantDef;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.RoleDef;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.catalog.WarehouseDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one role may do in one catalog version, counting the roles it inherits. An object's owner
 * role holds every privilege on it; OWNERSHIP granted holds them too; ALL holds all but OWNERSHIP
 * (https://docs.snowflake.com/en/sql-reference/sql/grant-privilege). To reach an object in a schema
 * a role needs at least one privilege on the database and one on the schema
 * (https://docs.snowflake.com/en/sql-reference/sql/grant-role, "Access control requirements"); an
 * object it holds nothing on is invisible: it "does not exist or not authorized".
 */
public final class RoleRights {
    private static final String ACCOUNT = "FLOE";
    private static final Set<String> SYSADMIN_ACCOUNT_PRIVILEGES = Set.of(Privileges.CREATE_DATABASE, Privileges.CREATE_WAREHOUSE);
    private static final Set<String> NONE = Set.of();

    private final CatalogState catalog;
    private final String role;
    private final Set<String> roles;
    private final boolean accountAdmin;
    /** objectType + '\0' + objectName → the privileges granted on it to one of the roles. */
    private final Map<String, Set<String>> granted = new HashMap<>();

    RoleRights(CatalogState catalog, String role, Set<String> roles) {
        this.catalog = catalog;
        this.role = role;
        this.roles = Set.copyOf(roles);
        this.accountAdmin = roles.contains(AccessControl.ACCOUNTADMIN);
        for (GrantDef g : catalog.grants) {
            if (g.granteeType().equals("ROLE") && roles.contains(g.grantee()) && !AccessControl.isRoleGrant(g)) {
                granted.computeIfAbsent(key(g.objectType(), g.objectName()), k -> new HashSet<>()).add(g.privilege());
            }
        }
    }

    public String role() {
        return role;
    }

    /** The role and every role it inherits, PUBLIC included. */
    public Set<String> roles() {
        return roles;
    }

    /** ACCOUNTADMIN (or a role it is granted to) may do everything. */
    public boolean isAccountAdmin() {
        return accountAdmin;
    }

    public boolean owns(String owner) {
        return accountAdmin || (owner != null && roles.contains(owner));
    }

    /** True when the role holds {@code privilege} on the object: as owner, or granted it, ALL or OWNERSHIP. */
    public boolean holds(String objectType, String objectName, String owner, String privilege) {
        if (owns(owner)) return true;
        Set<String> p = granted.getOrDefault(key(objectType, objectName), NONE);
        return p.contains(privilege) || p.contains(Privileges.OWNERSHIP)
                || (p.contains(Privileges.ALL) && !privilege.equals(Privileges.OWNERSHIP));
    }

    /** True when the role holds some privilege on the object, which makes it visible. */
    public boolean holdsAny(String objectType, String objectName, String owner) {
        return owns(owner) || granted.containsKey(key(objectType, objectName));
    }

    /**
     * Account privileges: ACCOUNTADMIN holds all of them, SYSADMIN CREATE DATABASE and CREATE
     * WAREHOUSE (https://docs.snowflake.com/en/user-guide/security-access-control-overview, "System-defined
     * roles"), other roles those granted ON ACCOUNT.
     */
    public boolean holdsOnAccount(String privilege) {
        return accountAdmin || (roles.contains(AccessControl.SYSADMIN) && SYSADMIN_ACCOUNT_PRIVILEGES.contains(privilege))
                || holds("ACCOUNT", ACCOUNT, null, privilege);
    }

    /** A database is visible with some privilege on it; a schema with some on it and on its database. */
    public boolean sees(DatabaseDef def) {
        ObjectName name = def.name();
        if (name.schema() == null) return holdsAny("DATABASE", name.toString(), def.owner());
        DatabaseDef db = catalog.database(name.database());
        // INFORMATION_SCHEMA belongs to every database and shows each role only what it sees.
        return db != null && sees(db)
                && (name.schema().equals("INFORMATION_SCHEMA") || holdsAny("SCHEMA", name.toString(), def.owner()));
    }

    public boolean sees(TableDef table) {
        DatabaseDef schema = catalog.schema(table.name().schemaName());
        return schema != null && sees(schema) && holdsAny("TABLE", table.name().toString(), table.owner());
    }

    public boolean sees(WarehouseDef w) {
        return holdsAny("WAREHOUSE", w.name(), w.owner());
    }

    /** Roles SHOW ROLES lists: the ones this role is or inherits, and the ones it owns. */
    public boolean sees(RoleDef r) {
        return accountAdmin || roles.contains(r.name()) || owns(r.owner());
    }

    /** Users SHOW USERS lists: the ones this role owns. */
    public boolean sees(UserDef u) {
        return owns(u.owner()) || holdsOnAccount(Privileges.MANAGE_GRANTS);
    }

    /** Grants SHOW GRANTS lists: those to this role's hierarchy or to the user, and those on objects it owns. */
    public boolean sees(GrantDef g, String user) {
        if (accountAdmin || holdsOnAccount(Privileges.MANAGE_GRANTS)) return true;
        if (g.granteeType().equals("USER")) return g.grantee().equals(user);
        return roles.contains(g.grantee());
    }

    /**
     * The catalog as this role sees it: only the databases, schemas, tables and warehouses it holds
     * some privilege on. Roles, users and grants stay whole (SHOW filters those itself).
     */
    public CatalogState visibleCatalog() {
        if (accountAdmin) return catalog;
        List<DatabaseDef> databases = new ArrayList<>();
        for (DatabaseDef d : catalog.databases) if (sees(d)) databases.add(d);
        List<DatabaseDef> schemas = new ArrayList<>();
        for (DatabaseDef s : catalog.schemas) if (sees(s)) schemas.add(s);
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : catalog.tables) if (sees(t)) tables.add(t);
        List<WarehouseDef> warehouses = new ArrayList<>();
        for (WarehouseDef w : catalog.warehouses) if (sees(w)) warehouses.add(w);
        return new CatalogState(catalog.formatVersion, catalog.version, catalog.nextTableId, databases, schemas, tables,
                warehouses, catalog.roles, catalog.users, catalog.grants);
    }

    public void requireOnAccount(String privilege) {
        if (!holdsOnAccount(privilege)) throw AccessDenied.insufficient("account", ACCOUNT, privilege + " on account");
    }

    /** On a database or a schema (which one the name tells). */
    public void requireOnDatabase(DatabaseDef def, String privilege) {
        ObjectName name = def.name();
        String kind = name.schema() == null ? "DATABASE" : "SCHEMA";
        if (!holds(kind, name.toString(), def.owner(), privilege)) {
            String shortName = name.schema() == null ? name.database() : name.schema();
            throw AccessDenied.insufficient(kind.toLowerCase(java.util.Locale.ROOT), shortName, privilege + " on "
                    + kind.toLowerCase(java.util.Locale.ROOT) + " " + name);
        }
    }

    public void requireOnTable(TableDef table, String privilege) {
        if (!holds("TABLE", table.name().toString(), table.owner(), privilege)) {
            throw AccessDenied.insufficient("table", table.name().object(), privilege + " on table " + table.name());
        }
    }

    public void requireOnWarehouse(WarehouseDef w, String privilege) {
        if (!holds("WAREHOUSE", w.name(), w.owner(), privilege)) {
            throw AccessDenied.insufficient("warehouse", w.name(), privilege + " on warehouse " + w.name());
        }
    }

    /** Dropping a role or granting it needs its OWNERSHIP or MANAGE GRANTS (https://docs.snowflake.com/en/sql-reference/sql/grant-role). */
    public void requireOwnershipOrManageGrants(RoleDef r) {
        if (!owns(r.owner()) && !holdsOnAccount(Privileges.MANAGE_GRANTS)) {
            throw AccessDenied.insufficient("role", r.name(), "OWNERSHIP on role " + r.name() + " or MANAGE GRANTS on account");
        }
    }

    /** Changing or dropping a user needs its OWNERSHIP (https://docs.snowflake.com/en/sql-reference/sql/alter-user). */
    public void requireOwnership(UserDef u) {
        if (!owns(u.owner())) throw AccessDenied.insufficient("user", u.name(), "OWNERSHIP on user " + u.name());
    }

    /**
     * Granting or revoking privileges on an object needs its OWNERSHIP or MANAGE GRANTS
     * (https://docs.snowflake.com/en/sql-reference/sql/grant-privilege, "Access control requirements").
     */
    public void requireGrantable(String objectType, String objectName, String owner, String kind, String shortName) {
        if (!holds(objectType, objectName, owner, Privileges.OWNERSHIP) && !holdsOnAccount(Privileges.MANAGE_GRANTS)) {
            throw AccessDenied.insufficient(kind, shortName, "OWNERSHIP on " + kind + " " + objectName + " or MANAGE GRANTS on account");
        }
    }

    private static String key(String objectType, String objectName) {
        return objectType + '\0' + objectName;
    }
}
