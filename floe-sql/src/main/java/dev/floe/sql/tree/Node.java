package dev.floe.sql.tree;

/**
 * A piece of the syntax tree. Nodes are immutable records; their {@code toString()} renders
 * compact SQL with every operator parenthesized, so a tree's shape can be read (and asserted)
 * as text.
 */
public interface Node {
    SourcePosition position();
}
