package dev.floe.engine.catalog;

/** A database or a schema (a schema's name has a schema part). */
public record DatabaseDef(ObjectName name, long createdMillis, String owner, String comment) {
}
