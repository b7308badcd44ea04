package dev.floe.sql.tree;

/** What an ALTER SESSION does. */
public sealed interface AlterSessionAction extends Node permits SetProperties, UnsetProperties {
}
