package dev.floe.sql.tree;

/** What a query computes before its ORDER BY and LIMIT. */
public sealed interface QueryBody extends Node permits QuerySpecification, SetOperation, ParenthesizedQuery, Values {
    <R, C> R accept(AstVisitor<R, C> visitor, C context);
}
