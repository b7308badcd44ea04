package dev.floe.sql.tree;

/** Something rows come from in a FROM clause. */
public sealed interface Relation extends Node permits TableRef, SubqueryRelation, Join, TableFunction {
    <R, C> R accept(AstVisitor<R, C> visitor, C context);
}
