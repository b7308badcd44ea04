package dev.floe.sql.tree;

/** The kinds of objects statements name: DROP TABLE, USE WAREHOUSE, GRANT ... ON SCHEMA, SHOW ... IN ACCOUNT. */
public enum ObjectKind {
    ACCOUNT("ACCOUNTS"),
    SESSION("SESSIONS"),
    DATABASE("DATABASES"),
    SCHEMA("SCHEMAS"),
    TABLE("TABLES"),
    WAREHOUSE("WAREHOUSES"),
    ROLE("ROLES"),
    USER("USERS"),
    PIPE("PIPES");

    private final String plural;

    ObjectKind(String plural) {
        this.plural = plural;
    }

    /** The keyword for many of them: {@code ALL TABLES IN SCHEMA}. */
    public String plural() {
        return plural;
    }
}
