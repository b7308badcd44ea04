package dev.floe.sql.tree;

import java.util.Objects;

/** {@code EXPLAIN [USING TABULAR|JSON|TEXT] query}. */
public record Explain(SourcePosition position, Format format, Query query) implements Statement {

    public enum Format { TABULAR, JSON, TEXT }

    public Explain {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(query, "query");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitExplain(this, context);
    }

    @Override
    public String toString() {
        return "EXPLAIN USING " + format + " " + query;
    }
}
