package dev.floe.sql.tree;

/**
 * The right-hand side of {@code NAME = value} in object properties and session parameters:
 * a string, number, boolean or NULL literal, a bare name ({@code XSMALL}, {@code SERVICE},
 * {@code db.schema}) as a {@link QualifiedName}, a parenthesized list of values, or a nested
 * group of properties ({@code FILE_FORMAT = (TYPE = JSON)}).
 */
public sealed interface PropertyValue extends Node
        permits StringLiteral, NumericLiteral, BooleanLiteral, NullLiteral, QualifiedName, PropertyList, PropertyGroup {
}
