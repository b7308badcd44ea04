package dev.floe.sql.tree;

import java.util.Objects;

/** {@code CAST(e AS t)}, {@code TRY_CAST(e AS t)} or {@code e::t}. */
public record Cast(SourcePosition position, Expression operand, TypeName type, Style style) implements Expression {

    public enum Style { CAST, TRY_CAST, DOUBLE_COLON }

    public Cast {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(style, "style");
    }

    /** TRY_CAST yields NULL where CAST fails. */
    public boolean isTry() {
        return style == Style.TRY_CAST;
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCast(this, context);
    }

    @Override
    public String toString() {
        return style == Style.DOUBLE_COLON
                ? "(" + operand + "::" + type + ")"
                : style + "(" + operand + " AS " + type + ")";
    }
}
