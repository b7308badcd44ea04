package dev.floe.engine.catalog;

/**
 * One grant: a privilege on an object (or a role, when {@code privilege} is ROLE) to a role or
 * a user. {@code objectType} is DATABASE, SCHEMA, TABLE, WAREHOUSE, PIPE, ROLE, ALL_TABLES_IN_SCHEMA
 * or FUTURE_TABLES_IN_SCHEMA.
 */
public record GrantDef(String privilege, String objectType, String objectName, String granteeType,
                       String grantee, String grantedBy, long createdMillis) {
}
