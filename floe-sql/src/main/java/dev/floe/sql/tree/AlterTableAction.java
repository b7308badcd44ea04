package dev.floe.sql.tree;

/** What an ALTER TABLE does. */
public sealed interface AlterTableAction extends Node
        permits AddColumns, DropColumns, RenameColumn, RenameTo, SetClusterBy, SetProperties, UnsetProperties {
}
