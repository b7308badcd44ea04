package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/** The input column at an index, as is. */
public final class ColumnExpr extends Expr {
    private final int index;
    private final String name;

    public ColumnExpr(int index, SqlType type, String name) {
        super(type);
        this.index = index;
        this.name = name;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        return input.column(index);
    }

    @Override
    public List<Expr> children() {
        return List.of();
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return this;
    }

    @Override
    public boolean isConstant() {
        return false;
    }

    @Override
    public String toString() {
        return name + "#" + index;
    }
}
