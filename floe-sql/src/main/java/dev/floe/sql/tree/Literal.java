package dev.floe.sql.tree;

/** A constant written in the SQL text. */
public sealed interface Literal extends Expression
        permits NumericLiteral, StringLiteral, BooleanLiteral, NullLiteral, IntervalLiteral {
}
