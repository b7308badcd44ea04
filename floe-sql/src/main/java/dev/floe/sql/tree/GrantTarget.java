package dev.floe.sql.tree;

/** What privileges are granted on. */
public sealed interface GrantTarget extends Node permits GrantOnObject, GrantOnSchemaObjects {
}
