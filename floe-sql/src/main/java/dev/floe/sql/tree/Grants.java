package dev.floe.sql.tree;

/** Checks grant statements share. */
final class Grants {
    private Grants() {
    }

    /** Roles are granted to users or to other roles. */
    static void requireGranteeKind(ObjectKind kind) {
        if (kind != ObjectKind.USER && kind != ObjectKind.ROLE) {
            throw new IllegalArgumentException("a role is granted to a USER or a ROLE, not " + kind);
        }
    }
}
