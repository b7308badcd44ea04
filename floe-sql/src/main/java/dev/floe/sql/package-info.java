/**
 * Floe's SQL front end: {@link dev.floe.sql.SqlParser} turns Snowflake-dialect SQL text into the
 * immutable tree of {@link dev.floe.sql.tree}. It knows nothing of catalogs or storage.
 *
 * <p>Conventions: lines are 1-based and columns ("positions") 0-based, as in Snowflake's
 * {@code syntax error line L at position P unexpected 'T'.}; unquoted identifiers keep their text
 * and resolve upper-cased ({@link dev.floe.sql.tree.Identifier#canonical()}); words Snowflake
 * reserves cannot be unquoted identifiers, every other keyword can ({@code timestamp},
 * {@code value}, {@code type}, ...).
 */
package dev.floe.sql;
