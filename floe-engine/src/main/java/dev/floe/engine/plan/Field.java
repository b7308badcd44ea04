package dev.floe.engine.plan;

import dev.floe.types.SqlType;

/**
 * One output column of a plan node: its name as the user sees it, its type, and the qualifier
 * (table name or alias) a query may use to reach it; {@code qualifier} is null for computed columns.
 * A {@code hidden} field is reachable only by its qualified name and is left out of {@code *}: the
 * right-hand copy of a {@code JOIN ... USING} column.
 */
public record Field(String qualifier, String name, SqlType type, boolean nullable, boolean hidden) {

    public Field(String qualifier, String name, SqlType type, boolean nullable) {
        this(qualifier, name, type, nullable, false);
    }

    public Field withQualifier(String newQualifier) {
        return new Field(newQualifier, name, type, nullable, hidden);
    }

    public Field asHidden() {
        return new Field(qualifier, name, type, nullable, true);
    }
}
