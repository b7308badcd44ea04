package dev.floe.engine.catalog;

/** A role. ACCOUNTADMIN, SYSADMIN and PUBLIC always exist. */
public record RoleDef(String name, long createdMillis, String owner, String comment) {
}
