package dev.floe.engine.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One immutable version of the whole catalog. Mutations build a new state; readers hold on to the
 * state they started with, so a statement sees one consistent catalog from start to end.
 */
public final class CatalogState {
    public static final int FORMAT_VERSION = 1;

    public final int formatVersion;
    public final long version;
    public final long nextTableId;
    public final List<DatabaseDef> databases;
    public final List<DatabaseDef> schemas;
    public final List<TableDef> tables;
    public final List<WarehouseDef> warehouses;
    public final List<RoleDef> roles;
    public final List<UserDef> users;
    public final List<GrantDef> grants;

    @JsonIgnore private final Map<ObjectName, DatabaseDef> databaseIndex;
    @JsonIgnore private final Map<ObjectName, DatabaseDef> schemaIndex;
    @JsonIgnore private final Map<ObjectName, TableDef> tableIndex;
    @JsonIgnore private final Map<String, WarehouseDef> warehouseIndex;
    @JsonIgnore private final Map<String, RoleDef> roleIndex;
    @JsonIgnore private final Map<String, UserDef> userIndex;

    @com.fasterxml.jackson.annotation.JsonCreator
    public CatalogState(
            @com.fasterxml.jackson.annotation.JsonProperty("formatVersion") int formatVersion,
            @com.fasterxml.jackson.annotation.JsonProperty("version") long version,
            @com.fasterxml.jackson.annotation.JsonProperty("nextTableId") long nextTableId,
            @com.fasterxml.jackson.annotation.JsonProperty("databases") List<DatabaseDef> databases,
            @com.fasterxml.jackson.annotation.JsonProperty("schemas") List<DatabaseDef> schemas,
            @com.fasterxml.jackson.annotation.JsonProperty("tables") List<TableDef> tables,
            @com.fasterxml.jackson.annotation.JsonProperty("warehouses") List<WarehouseDef> warehouses,
            @com.fasterxml.jackson.annotation.JsonProperty("roles") List<RoleDef> roles,
            @com.fasterxml.jackson.annotation.JsonProperty("users") List<UserDef> users,
            @com.fasterxml.jackson.annotation.JsonProperty("grants") List<GrantDef> grants) {
        this.formatVersion = formatVersion;
        this.version = version;
        this.nextTableId = nextTableId;
        this.databases = copy(databases);
        this.schemas = copy(schemas);
        this.tables = copy(tables);
        this.warehouses = copy(warehouses);
        this.roles = copy(roles);
        this.users = copy(users);
        this.grants = copy(grants);
        this.databaseIndex = index(this.databases, DatabaseDef::name);
        this.schemaIndex = index(this.schemas, DatabaseDef::name);
        this.tableIndex = index(this.tables, TableDef::name);
        this.warehouseIndex = index(this.warehouses, WarehouseDef::name);
        this.roleIndex = index(this.roles, RoleDef::name);
        this.userIndex = index(this.users, UserDef::name);
    }

    public static CatalogState empty(long nowMillis) {
        List<RoleDef> builtIn = List.of(
                new RoleDef("ACCOUNTADMIN", nowMillis, null, "Account administrator can manage all aspects of the account."),
                new RoleDef("SYSADMIN", nowMillis, null, "System administrator can create and manage databases and warehouses."),
                new RoleDef("PUBLIC", nowMillis, null, "Public role is automatically available to every user in the account."));
        List<GrantDef> hierarchy = List.of(
                new GrantDef("ROLE", "ROLE", "SYSADMIN", "ROLE", "ACCOUNTADMIN", null, nowMillis));
        return new CatalogState(FORMAT_VERSION, 0, 1, List.of(), List.of(), List.of(), List.of(), builtIn, List.of(), hierarchy);
    }

    public DatabaseDef database(String name) {
        return databaseIndex.get(ObjectName.database(name));
    }

    public DatabaseDef schema(ObjectName name) {
        return schemaIndex.get(name);
    }

    public TableDef table(ObjectName name) {
        return tableIndex.get(name);
    }

    public WarehouseDef warehouse(String name) {
        return warehouseIndex.get(name);
    }

    public RoleDef role(String name) {
        return roleIndex.get(name);
    }

    public UserDef user(String name) {
        return userIndex.get(name);
    }

    /** A builder seeded with this state's contents, for a mutation. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <K extends Comparable<K>, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        Map<K, V> map = new TreeMap<>();
        for (V v : values) {
            map.put(key.apply(v), v);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Mutable lists to edit, then {@link #build} the next version. */
    public static final class Builder {
        private final CatalogState base;
        public long nextTableId;
        public final List<DatabaseDef> databases;
        public final List<DatabaseDef> schemas;
        public final List<TableDef> tables;
        public final List<WarehouseDef> warehouses;
        public final List<RoleDef> roles;
        public final List<UserDef> users;
        public final List<GrantDef> grants;

        private Builder(CatalogState base) {
            this.base = base;
            this.nextTableId = base.nextTableId;
            this.databases = new ArrayList<>(base.databases);
            this.schemas = new ArrayList<>(base.schemas);
            this.tables = new ArrayList<>(base.tables);
            this.warehouses = new ArrayList<>(base.warehouses);
            this.roles = new ArrayList<>(base.roles);
            this.users = new ArrayList<>(base.users);
            this.grants = new ArrayList<>(base.grants);
        }

        public CatalogState build() {
            return new CatalogState(FORMAT_VERSION, base.version + 1, nextTableId, databases, schemas, tables,
                    warehouses, roles, users, grants);
        }
    }
}
