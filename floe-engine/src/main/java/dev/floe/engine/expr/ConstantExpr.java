package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import java.util.List;

/** A value fixed for the statement (a literal, or a folded constant expression). */
public final class ConstantExpr extends Expr {
    private final Object value;
    private ColumnVector filled;
    private int filledSize = -1;

    public ConstantExpr(Object value, SqlType type) {
        super(type);
        this.value = value;
    }

    public Object value() {
        return value;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int size = input.size();
        if (filled == null || filledSize < size) {
            ColumnVector v = ColumnVector.allocate(type().physical(), Math.max(size, 1));
            for (int i = 0; i < size; i++) {
                Values.set(v, i, value);
            }
            filled = v;
            filledSize = size;
        }
        return filled;
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
    public Expr copy() {
        return new ConstantExpr(value, type());
    }

    @Override
    public boolean isConstant() {
        return true;
    }

    @Override
    public String toString() {
        return value instanceof byte[] ? "<variant>" : String.valueOf(value);
    }
}
