package dev.floe.engine.function;

import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.Values;
import dev.floe.types.SqlType;
import dev.floe.types.variant.VariantPath;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.VariantVector;
import java.util.List;

/**
 * {@code v:a.b[0]}: the value at a path inside a VARIANT, or NULL when the path is missing. The
 * path is compiled once; the scan may answer it from a shredded sub-column instead.
 */
public final class VariantPathExpr extends Expr {
    private final Expr base;
    private final VariantPath path;
    private VariantVector out;

    private VariantPathExpr(Expr base, VariantPath path) {
        super(SqlType.VARIANT);
        this.base = base;
        this.path = path;
    }

    public static VariantPathExpr of(Expr base, List<Object> elements) {
        if (base instanceof VariantPathExpr) {
            VariantPathExpr inner = (VariantPathExpr) base;
            List<Object> joined = new java.util.ArrayList<>(inner.path.elements());
            joined.addAll(elements);
            return new VariantPathExpr(inner.base, VariantPath.of(joined));
        }
        return new VariantPathExpr(base, VariantPath.of(elements));
    }

    public Expr base() {
        return base;
    }

    public VariantPath path() {
        return path;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        VariantVector in = (VariantVector) base.evaluate(input, ctx);
        out = (VariantVector) Values.reuse(out, SqlType.VARIANT.physical(), n);
        for (int i = 0; i < n; i++) {
            byte[] v = in.isNull(i) ? null : path.extract(in.values[i]);
            if (v == null) out.setNull(i);
            else out.values[i] = v;
        }
        return out;
    }

    @Override
    public List<Expr> children() {
        return List.of(base);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new VariantPathExpr(children.get(0), path);
    }

    @Override
    public String toString() {
        return base + ":" + path;
    }
}
