package dev.floe.sql.tree;

/** What an ALTER WAREHOUSE does. */
public sealed interface AlterWarehouseAction extends Node
        permits AddTables, DropTables, SuspendWarehouse, ResumeWarehouse, SetProperties, UnsetProperties, RenameTo {
}
