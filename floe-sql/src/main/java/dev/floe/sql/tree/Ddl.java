package dev.floe.sql.tree;

/** Rendering of the parts DDL statements share. */
final class Ddl {
    private Ddl() {
    }

    static String create(boolean orReplace, String kind, boolean ifNotExists, Object name) {
        return "CREATE " + Text.flag(orReplace, "OR REPLACE ") + kind + " " + Text.flag(ifNotExists, "IF NOT EXISTS ") + name;
    }

    static String properties(Properties properties) {
        return properties.isEmpty() ? "" : " " + properties;
    }
}
