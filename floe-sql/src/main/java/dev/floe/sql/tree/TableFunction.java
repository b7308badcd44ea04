package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code TABLE(fn(args)) [AS alias]}, e.g. {@code TABLE(INFORMATION_SCHEMA.PIPE_USAGE_HISTORY(...))}. */
public record TableFunction(SourcePosition position, FunctionCall call, Optional<Identifier> alias) implements Relation {
    public TableFunction {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(alias, "alias");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitTableFunction(this, context);
    }

    @Override
    public String toString() {
        return "TABLE(" + call + ")" + Text.optional(" AS ", alias);
    }
}
