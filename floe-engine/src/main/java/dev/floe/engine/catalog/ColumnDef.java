package dev.floe.engine.catalog;

/** A table column as the catalog records it; {@code type} is the type's display name, e.g. NUMBER(38,0). */
public record ColumnDef(String name, String type, boolean nullable, String defaultExpression, String comment) {
}
