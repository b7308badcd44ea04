package dev.floe.engine.security;

import dev.floe.engine.FloeException;
import dev.floe.engine.catalog.CatalogState;
import dev.floe.engine.catalog.GrantDef;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.catalog.WarehouseDef;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may do what, for one catalog version: the role hierarchy, which roles a user may act in,
 * and the {@link RoleRights} of each role (computed once per role and version, so the ingest path
 * checks a privilege with a few map lookups). Semantics follow Snowflake's access control
 * (https://docs.snowflake.com/en/user-guide/security-access-control-overview): privileges belong to
 * roles, a role granted to another role passes its privileges up, PUBLIC is granted to every role
 * and user, ACCOUNTADMIN sits above SYSADMIN and may do everything.
 */
public final class AccessControl {
    public static final String ACCOUNTADMIN = "ACCOUNTADMIN";
    public static final String SYSADMIN = "SYSADMIN";
    public static final String PUBLIC = "PUBLIC";
    /** The built-in user of embedded sessions ({@code Floe.newSession()}); not a catalog user, it may use every role. */
    public static final String LOCAL_USER = "FLOE";

    private final CatalogState catalog;
    private final Map<String, RoleRights> rights = new ConcurrentHashMap<>();
    /** Whether each principal seen so far may act in its role: asked on every ingest call. */
    private final Map<Principal, Boolean> roleInUse = new ConcurrentHashMap<>();

    public AccessControl(CatalogState catalog) {
        this.catalog = catalog;
    }

    /** The catalog version these answers hold for. */
    public CatalogState catalog() {
        return catalog;
    }

    /** The privileges of a role, its own and inherited. */
    public RoleRights rights(String role) {
        return rights.computeIfAbsent(role, r -> new RoleRights(catalog, r, effectiveRoles(r)));
    }

    /** The role, every role granted to it directly or through other roles, and PUBLIC. */
    public Set<String> effectiveRoles(String role) {
        Set<String> roles = new HashSet<>();
        roles.add(role);
        roles.add(PUBLIC);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (GrantDef g : catalog.grants) {
                if (isRoleGrant(g) && g.granteeType().equals("ROLE") && roles.contains(g.grantee())) {
                    grew |= roles.add(g.objectName());
                }
            }
        }
        return roles;
    }

    /**
     * A user may act in PUBLIC and in every role granted to it, directly or through the hierarchy
     * below a granted role (https://docs.snowflake.com/en/sql-reference/sql/use-role). A DEFAULT_ROLE
     * alone grants nothing: Snowflake requires the role to be granted as well
     * (https://docs.snowflake.com/en/sql-reference/sql/create-user, "DEFAULT_ROLE").
     */
    public boolean mayUseRole(String user, String role) {
        if (catalog.role(role) == null) return false;
        if (role.equals(PUBLIC) || (user.equals(LOCAL_USER) && catalog.user(user) == null)) return true;
        for (GrantDef g : catalog.grants) {
            if (isRoleGrant(g) && g.granteeType().equals("USER") && g.grantee().equals(user)
                    && effectiveRoles(g.objectName()).contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Fails unless the principal's user may act in its role. */
    public void requireRole(Principal p) {
        if (!roleInUse.computeIfAbsent(p, q -> mayUseRole(q.user(), q.role()))) {
            throw AccessDenied.roleNotGranted(p.user(), p.role());
        }
    }

    /**
     * The table, when the principal may insert into it (the streaming ingest's check): its role is
     * granted to its user, it reaches the table's database and schema, and holds INSERT (or owns it).
     */
    public TableDef requireInsert(Principal p, ObjectName table) {
        return requireTable(p, table, Privileges.INSERT);
    }

    /** The table, when the principal holds {@code privilege} on it; a table it cannot see does not exist. */
    public TableDef requireTable(Principal p, ObjectName table, String privilege) {
        requireRole(p);
        RoleRights r = rights(p.role());
        TableDef def = catalog.table(table);
        if (def == null || !r.sees(def)) throw FloeException.notFound("Table", table.toString());
        r.requireOnTable(def, privilege);
        return def;
    }

    /** Fails unless the principal reaches the schema: some privilege on it and on its database. */
    public void requireUsage(Principal p, ObjectName schema) {
        requireRole(p);
        RoleRights r = rights(p.role());
        if (catalog.database(schema.database()) == null || !r.sees(catalog.database(schema.database()))) {
            throw FloeException.notFound("Database", schema.database());
        }
        if (catalog.schema(schema) == null || !r.sees(catalog.schema(schema))) {
            throw FloeException.notFound("Schema", schema.toString());
        }
    }

    /** Fails unless the principal holds USAGE on the warehouse. */
    public void requireWarehouseUsage(Principal p, String warehouse) {
        requireRole(p);
        RoleRights r = rights(p.role());
        WarehouseDef w = catalog.warehouse(warehouse);
        if (w == null || !r.sees(w)) throw FloeException.notFound("Object", warehouse);
        r.requireOnWarehouse(w, Privileges.USAGE);
    }

    static boolean isRoleGrant(GrantDef g) {
        return g.privilege().equals("ROLE") && g.objectType().equals("ROLE");
    }
}
