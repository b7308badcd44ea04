/**
 * The syntax tree: one immutable record per node, grouped by the sealed interfaces
 * {@link dev.floe.sql.tree.Statement}, {@link dev.floe.sql.tree.Expression},
 * {@link dev.floe.sql.tree.Relation} and {@link dev.floe.sql.tree.QueryBody}, walked with
 * {@code instanceof} patterns or an {@link dev.floe.sql.tree.AstVisitor}.
 *
 * <p>Every node records where its text starts ({@link dev.floe.sql.tree.SourcePosition}); positions
 * do not take part in equality, so equal text parsed in two places gives equal nodes. Optional
 * parts are {@link java.util.Optional}, lists are never null and never mutable. {@code toString()}
 * renders compact SQL with each operator parenthesized.
 *
 * <p>Choices worth knowing: a bare date-part word ({@code DATEADD(minute, ...)}) is a
 * {@link dev.floe.sql.tree.DatePart} while a quoted one stays a string literal; {@code -5} is a
 * unary minus over the literal 5; {@code MINUS} is EXCEPT; {@code a RLIKE b} is the call
 * {@code RLIKE(a, b)}; {@code DATE '...'} is a CAST of the string; object options
 * ({@code WAREHOUSE_SIZE = XSMALL}) are {@link dev.floe.sql.tree.Properties}, with bare words as
 * {@link dev.floe.sql.tree.QualifiedName}s.
 */
package dev.floe.sql.tree;
