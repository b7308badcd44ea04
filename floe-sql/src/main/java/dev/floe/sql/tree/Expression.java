package dev.floe.sql.tree;

/** A scalar expression. */
public sealed interface Expression extends Node
        permits Literal, ColumnRef, PositionalColumn, Parameter, Star, QualifiedStar, FunctionCall, DatePart,
        Cast, VariantPath, Unary, BinaryExpression, Comparison, Logical, IsNull, IsDistinctFrom, InList,
        InSubquery, Between, Like, Case, Exists, ScalarSubquery {
    <R, C> R accept(AstVisitor<R, C> visitor, C context);
}
