package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code SHOW kind [LIKE 'pattern'] [IN|ON|TO|OF scope]}. */
public record Show(SourcePosition position, Kind kind, Optional<String> likePattern, Optional<ShowScope> scope)
        implements Statement {

    public enum Kind {
        DATABASES("DATABASES"),
        SCHEMAS("SCHEMAS"),
        TABLES("TABLES"),
        INTERACTIVE_TABLES("INTERACTIVE TABLES"),
        COLUMNS("COLUMNS"),
        WAREHOUSES("WAREHOUSES"),
        ROLES("ROLES"),
        USERS("USERS"),
        GRANTS("GRANTS"),
        CHANNELS("CHANNELS"),
        PIPES("PIPES"),
        PARAMETERS("PARAMETERS");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public Show {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(likePattern, "likePattern");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitShow(this, context);
    }

    @Override
    public String toString() {
        return "SHOW " + kind.sql + (likePattern.isPresent() ? " LIKE " + Text.quote(likePattern.get()) : "")
                + Text.optional(" ", scope);
    }
}
