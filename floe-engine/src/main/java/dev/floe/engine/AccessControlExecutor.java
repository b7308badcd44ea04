package dev.floe.engine;

import dev.floe.engine.catalog.CatalogState;
import dev.floe.engine.catalog.GrantDef;
import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.PasswordHash;
import dev.floe.engine.catalog.RoleDef;
import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.security.GrantLifecycle;
import dev.floe.engine.security.Privileges;
import dev.floe.engine.security.RoleRights;
import dev.floe.sql.tree.AlterUser;
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
import dev.floe.sql.tree.Property;
import dev.floe.sql.tree.RenameTo;
import dev.floe.sql.tree.RevokePrivileges;
import dev.floe.sql.tree.RevokeRole;
import dev.floe.sql.tree.SetProperties;
import dev.floe.sql.tree.UnsetProperties;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Roles, users and grants, recorded in the catalog after checking the session role may change
 * them (see {@link RoleRights}). Passwords are kept only as salted hashes; RSA public keys are
 * checked to be valid X.509 RSA keys. A grant ON ALL TABLES becomes one grant per existing table.
 */
final class AccessControlExecutor {
    private static final List<String> BUILT_IN_ROLES = List.of("ACCOUNTADMIN", "SYSADMIN", "PUBLIC");

    private final StatementContext ctx;
    private final long now = System.currentTimeMillis();

    AccessControlExecutor(StatementContext ctx) {
        this.ctx = ctx;
    }

    StatementResult createRole(CreateRole s) {
        String name = s.name().canonical();
        ctx.rights().requireOnAccount(Privileges.CREATE_ROLE);
        RoleDef existing = ctx.catalog().role(name);
        if (existing != null) {
            if (s.ifNotExists()) return status(name + " already exists, statement succeeded.");
            if (!s.orReplace() || BUILT_IN_ROLES.contains(name)) throw FloeException.alreadyExists("Role", name);
            ctx.rights().requireOwnershipOrManageGrants(existing);
        }
        String comment = s.properties().get("COMMENT").map(PropertyValues::text).orElse(null);
        update(b -> {
            if (existing != null) b.roles.remove(existing);
            b.roles.add(new RoleDef(name, now, ctx.session().role(), comment));
        });
        return status("Role " + name + " successfully created.");
    }

    StatementResult createUser(CreateUser s) {
        String name = s.name().canonical();
        ctx.rights().requireOnAccount(Privileges.CREATE_USER);
        UserDef existing = ctx.catalog().user(name);
        if (existing != null) {
            if (s.ifNotExists()) return status(name + " already exists, statement succeeded.");
            if (!s.orReplace()) throw FloeException.alreadyExists("User", name);
            ctx.rights().requireOwnership(existing);
        }
        Map<String, String> props = userProperties(s.properties().entries(), new HashMap<>());
        update(b -> {
            if (existing != null) b.users.remove(existing);
            b.users.add(new UserDef(name, props, now, ctx.session().role()));
        });
        return status("User " + name + " successfully created.");
    }

    StatementResult alterUser(AlterUser s) {
        String name = s.name().canonical();
        UserDef user = ctx.catalog().user(name);
        if (user == null) {
            if (s.ifExists()) return status("Statement executed successfully.");
            throw FloeException.notFound("User", name);
        }
        ctx.rights().requireOwnership(user);
        UserDef next;
        if (s.action() instanceof SetProperties) {
            next = new UserDef(name, userProperties(((SetProperties) s.action()).properties().entries(),
                    new HashMap<>(user.properties())), user.createdMillis(), user.owner());
        } else if (s.action() instanceof UnsetProperties) {
            Map<String, String> props = new HashMap<>(user.properties());
            for (Identifier id : ((UnsetProperties) s.action()).names()) props.remove(id.canonical());
            next = new UserDef(name, props, user.createdMillis(), user.owner());
        } else {
            String target = StatementExecutor.single(((RenameTo) s.action()).newName().parts());
            if (ctx.catalog().user(target) != null) throw FloeException.alreadyExists("User", target);
            next = new UserDef(target, user.properties(), user.createdMillis(), user.owner());
        }
        update(b -> b.users.set(b.users.indexOf(user), next));
        return status("Statement executed successfully.");
    }

    private static Map<String, String> userProperties(List<Property> entries, Map<String, String> into) {
        for (Property p : entries) {
            String key = p.name().canonical();
            String value = PropertyValues.text(p.value());
            if (value == null) {
                into.remove(key);
                continue;
            }
            if (key.equals("PASSWORD")) {
                value = PasswordHash.hash(value);
            } else if (key.equals("RSA_PUBLIC_KEY") || key.equals("RSA_PUBLIC_KEY_2")) {
                value = checkRsaPublicKey(key, value);
            } else if (key.equals("DEFAULT_ROLE") || key.equals("DEFAULT_WAREHOUSE") || key.equals("LOGIN_NAME")) {
                value = value.toUpperCase(Locale.ROOT);
            }
            into.put(key, value);
        }
        return into;
    }

    /** The key's base64 DER without PEM armour or whitespace, after checking it is an RSA public key. */
    static String checkRsaPublicKey(String property, String text) {
        String base64 = text.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
            throw new FloeException(ErrorCode.INVALID_ARGUMENT, "Invalid " + property + ": not a base64-encoded RSA public key ("
                    + e.getMessage() + ")");
        }
        return base64;
    }

    StatementResult grantRole(GrantRole s) {
        String role = requireGrantableRole(s.role().canonical());
        String grantee = grantee(s.granteeKind(), s.grantee());
        if (s.granteeKind() == ObjectKind.ROLE && reaches(grantee, role)) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Granting role '" + role + "' to role '" + grantee
                    + "' would create a cycle.");
        }
        addGrant(new GrantDef("ROLE", "ROLE", role, s.granteeKind().name(), grantee, ctx.session().role(), now));
        return status("Statement executed successfully.");
    }

    StatementResult revokeRole(RevokeRole s) {
        String role = requireGrantableRole(s.role().canonical());
        String grantee = grantee(s.granteeKind(), s.grantee());
        removeGrants(g -> g.privilege().equals("ROLE") && g.objectName().equals(role)
                && g.granteeType().equals(s.granteeKind().name()) && g.grantee().equals(grantee));
        return status("Statement executed successfully.");
    }

    StatementResult grant(GrantPrivileges s) {
        String role = requireRole(s.role().canonical());
        String[] target = target(s.target());
        for (Privilege p : s.privileges()) {
            for (String[] on : expandAllTables(target)) {
                addGrant(new GrantDef(privilege(p), on[0], on[1], "ROLE", role, ctx.session().role(), now));
            }
        }
        return status("Statement executed successfully.");
    }

    StatementResult revoke(RevokePrivileges s) {
        String role = requireRole(s.role().canonical());
        String[] target = target(s.target());
        for (Privilege p : s.privileges()) {
            String privilege = privilege(p);
            for (String[] on : expandAllTables(target)) {
                removeGrants(g -> g.granteeType().equals("ROLE") && g.grantee().equals(role) && g.objectType().equals(on[0])
                        && g.objectName().equals(on[1]) && (privilege.equals("ALL") || g.privilege().equals(privilege)));
            }
        }
        return status("Statement executed successfully.");
    }

    StatementResult drop(Drop s) {
        String name = StatementExecutor.single(s.name().parts());
        boolean role = s.kind() == ObjectKind.ROLE;
        boolean exists = role ? ctx.catalog().role(name) != null : ctx.catalog().user(name) != null;
        if (!exists) {
            if (s.ifExists()) return status("Drop statement executed successfully (" + name + " already dropped).");
            throw FloeException.notFound(role ? "Role" : "User", name);
        }
        if (role) {
            ctx.rights().requireOwnershipOrManageGrants(ctx.catalog().role(name));
        } else {
            ctx.rights().requireOwnership(ctx.catalog().user(name));
        }
        if (role && BUILT_IN_ROLES.contains(name)) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "Cannot drop the system role " + name + ".");
        }
        update(b -> {
            if (role) {
                b.roles.removeIf(r -> r.name().equals(name));
                b.grants.removeIf(g -> (g.privilege().equals("ROLE") && g.objectName().equals(name))
                        || (g.granteeType().equals("ROLE") && g.grantee().equals(name)));
            } else {
                b.users.removeIf(u -> u.name().equals(name));
                b.grants.removeIf(g -> g.granteeType().equals("USER") && g.grantee().equals(name));
            }
        });
        return status(name + " successfully dropped.");
    }

    /** {objectType, objectName} of a grant target, checking that the object exists. */
    private String[] target(GrantTarget target) {
        if (target instanceof GrantOnSchemaObjects) {
            GrantOnSchemaObjects all = (GrantOnSchemaObjects) target;
            ObjectName container = all.containerKind() == ObjectKind.DATABASE
                    ? ObjectName.database(StatementExecutor.single(all.container().parts()))
                    : ctx.qualifySchema(all.container());
            requireExists(all.containerKind(), container);
            // Grants on ALL or FUTURE objects of a container need MANAGE GRANTS
            // (https://docs.snowflake.com/en/sql-reference/sql/grant-privilege, "Access control requirements").
            ctx.rights().requireOnAccount(Privileges.MANAGE_GRANTS);
            return new String[] {(all.future() ? "FUTURE_" : "ALL_") + all.objectKind().name() + "S_IN_" + all.containerKind().name(),
                    container.toString()};
        }
        GrantOnObject on = (GrantOnObject) target;
        if (on.kind() == ObjectKind.ACCOUNT) {
            ctx.rights().requireOnAccount(Privileges.MANAGE_GRANTS);
            return new String[] {"ACCOUNT", "FLOE"};
        }
        dev.floe.sql.tree.QualifiedName name = on.name().orElseThrow(() ->
                FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "GRANT ON " + on.kind() + " needs an object name"));
        ObjectName object;
        switch (on.kind()) {
            case DATABASE: object = ObjectName.database(StatementExecutor.single(name.parts())); break;
            case SCHEMA: object = ctx.qualifySchema(name); break;
            case WAREHOUSE: {
                String w = StatementExecutor.single(name.parts());
                if (ctx.catalog().warehouse(w) == null) throw FloeException.notFound("Object", w);
                ctx.rights().requireGrantable("WAREHOUSE", w, ctx.catalog().warehouse(w).owner(), "warehouse", w);
                return new String[] {"WAREHOUSE", w};
            }
            default: object = ctx.qualify(name);
        }
        String owner = requireExists(on.kind(), object);
        String shortName = object.object() != null ? object.object() : object.schema() != null ? object.schema() : object.database();
        ctx.rights().requireGrantable(on.kind().name(), object.toString(), owner, on.kind().name().toLowerCase(Locale.ROOT), shortName);
        return new String[] {on.kind().name(), object.toString()};
    }

    /** Fails when the role does not see the object; returns the object's owner role (null for kinds without one). */
    private String requireExists(ObjectKind kind, ObjectName name) {
        CatalogState c = ctx.catalog();
        boolean exists;
        String owner = null;
        switch (kind) {
            case DATABASE: exists = c.database(name.database()) != null; if (exists) owner = c.database(name.database()).owner(); break;
            case SCHEMA: exists = c.schema(name) != null; if (exists) owner = c.schema(name).owner(); break;
            case TABLE: exists = c.table(name) != null; if (exists) owner = c.table(name).owner(); break;
            default: exists = true;
        }
        if (!exists) {
            String k = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
            throw FloeException.notFound(kind == ObjectKind.TABLE ? "Table" : k, name.toString());
        }
        return owner;
    }

    /** A grant target as the targets it stands for: ALL TABLES IN a container is every table in it now. */
    private List<String[]> expandAllTables(String[] target) {
        boolean inSchema = target[0].equals("ALL_TABLES_IN_SCHEMA");
        if (!inSchema && !target[0].equals("ALL_TABLES_IN_DATABASE")) return List.<String[]>of(target);
        List<String[]> out = new java.util.ArrayList<>();
        for (ObjectName t : GrantLifecycle.tablesIn(ctx.fullCatalog(), target[1], inSchema)) out.add(new String[] {"TABLE", t.toString()});
        return out;
    }

    private static String privilege(Privilege p) {
        String name = p.name().toUpperCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        return name.equals("ALL PRIVILEGES") ? "ALL" : name;
    }

    private String requireRole(String role) {
        if (ctx.catalog().role(role) == null) throw FloeException.notFound("Role", role);
        return role;
    }

    /** A role the session's role may grant or revoke: it owns it or holds MANAGE GRANTS. */
    private String requireGrantableRole(String role) {
        requireRole(role);
        ctx.rights().requireOwnershipOrManageGrants(ctx.catalog().role(role));
        return role;
    }

    private String grantee(ObjectKind kind, Identifier grantee) {
        String name = grantee.canonical();
        if (kind == ObjectKind.USER) {
            if (ctx.catalog().user(name) == null) throw FloeException.notFound("User", name);
        } else {
            requireRole(name);
        }
        return name;
    }

    /** True when {@code from} already has {@code to} in its role hierarchy (or is it). */
    private boolean reaches(String from, String to) {
        if (from.equals(to)) return true;
        for (GrantDef g : ctx.catalog().grants) {
            if (g.privilege().equals("ROLE") && g.granteeType().equals("ROLE") && g.objectName().equals(from)) {
                if (reaches(g.grantee(), to)) return true;
            }
        }
        return false;
    }

    private void addGrant(GrantDef grant) {
        update(b -> {
            for (GrantDef g : b.grants) {
                if (g.privilege().equals(grant.privilege()) && g.objectType().equals(grant.objectType())
                        && g.objectName().equals(grant.objectName()) && g.granteeType().equals(grant.granteeType())
                        && g.grantee().equals(grant.grantee())) {
                    return;
                }
            }
            b.grants.add(grant);
        });
    }

    private void removeGrants(java.util.function.Predicate<GrantDef> which) {
        update(b -> b.grants.removeIf(which));
    }

    private void update(java.util.function.Consumer<CatalogState.Builder> mutation) {
        ctx.floe().catalog().update(mutation);
    }

    private StatementResult status(String message) {
        return StatementResult.status("GRANT", message, ctx.timeZone());
    }
}
