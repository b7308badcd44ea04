package dev.floe.sql.tree;

/** What an ALTER USER does. */
public sealed interface AlterUserAction extends Node permits SetProperties, UnsetProperties, RenameTo {
}
