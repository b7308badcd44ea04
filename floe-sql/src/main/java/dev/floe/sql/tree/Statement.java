package dev.floe.sql.tree;

/** A complete SQL statement. */
public sealed interface Statement extends Node
        permits QueryStatement, Explain, CreateDatabase, CreateSchema, Drop, Use, Show, Describe, CreateTable,
        AlterTable, Insert, Update, Delete, CreateWarehouse, AlterWarehouse, AlterSession, CreateRole, CreateUser,
        AlterUser, GrantRole, RevokeRole, GrantPrivileges, RevokePrivileges, CreatePipe {
    <R, C> R accept(AstVisitor<R, C> visitor, C context);
}
