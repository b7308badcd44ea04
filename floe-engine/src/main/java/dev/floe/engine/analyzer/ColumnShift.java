package dev.floe.engine.analyzer;

import dev.floe.engine.expr.ColumnExpr;
import dev.floe.engine.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walks and renumbers the column references of bound expressions. */
public final class ColumnShift {
    private ColumnShift() {
    }

    public static void visitColumns(Expr e, Consumer<ColumnExpr> visitor) {
        if (e instanceof ColumnExpr) {
            visitor.accept((ColumnExpr) e);
            return;
        }
        for (Expr child : e.children()) visitColumns(child, visitor);
    }

    /** The expression with every column index moved by {@code delta}. */
    public static Expr shift(Expr e, int delta) {
        return remap(e, index -> index + delta);
    }

    /** The expression with every column index replaced by {@code mapping.apply(index)}. */
    public static Expr remap(Expr e, java.util.function.IntUnaryOperator mapping) {
        if (e instanceof ColumnExpr) {
            ColumnExpr c = (ColumnExpr) e;
            return new ColumnExpr(mapping.applyAsInt(c.index()), c.type(), c.name());
        }
        List<Expr> children = e.children();
        if (children.isEmpty()) return e;
        List<Expr> mapped = new ArrayList<>(children.size());
        for (Expr child : children) mapped.add(remap(child, mapping));
        return e.withChildren(mapped);
    }
}
