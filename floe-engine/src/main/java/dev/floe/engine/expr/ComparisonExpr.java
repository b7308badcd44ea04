package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import java.util.List;

/**
 * {@code =, <>, <, <=, >, >=} between two operands the binder has already coerced to one type.
 * NULL on either side gives NULL. Long, double and string columns compare in tight loops.
 */
public final class ComparisonExpr extends Expr {
    public enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public boolean test(int cmp) {
            switch (this) {
                case EQ: return cmp == 0;
                case NE: return cmp != 0;
                case LT: return cmp < 0;
                case LE: return cmp <= 0;
                case GT: return cmp > 0;
                default: return cmp >= 0;
            }
        }

        /** The operator with its operands swapped: {@code a < b} is {@code b > a}. */
        public Op flip() {
            switch (this) {
                case LT: return GT;
                case LE: return GE;
                case GT: return LT;
                case GE: return LE;
                default: return this;
            }
        }
    }

    private final Op op;
    private final Expr left;
    private final Expr right;
    private BooleanVector out;

    public ComparisonExpr(Op op, Expr left, Expr right) {
        super(SqlType.BOOLEAN);
        this.op = op;
        this.left = left;
        this.right = right;
    }

    public Op op() {
        return op;
    }

    public Expr left() {
        return left;
    }

    public Expr right() {
        return right;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        ColumnVector l = left.evaluate(input, ctx);
        ColumnVector r = right.evaluate(input, ctx);
        out = (BooleanVector) Values.reuse(out, SqlType.BOOLEAN.physical(), n);
        boolean[] res = out.values;
        if (l instanceof LongVector && r instanceof LongVector && !l.mayHaveNulls() && !r.mayHaveNulls()
                && l.getClass() == LongVector.class) {
            long[] a = ((LongVector) l).values;
            long[] b = ((LongVector) r).values;
            if (right.isConstant()) {
                compareLongConstant(a, b[0], res, n);
            } else {
                for (int i = 0; i < n; i++) res[i] = op.test(Long.compare(a[i], b[i]));
            }
            return out;
        }
        if (l instanceof DoubleVector && r instanceof DoubleVector) {
            double[] a = ((DoubleVector) l).values;
            double[] b = ((DoubleVector) r).values;
            for (int i = 0; i < n; i++) {
                if (l.isNull(i) || r.isNull(i)) out.setNull(i);
                else res[i] = op.test(ValueComparator.compareDoubles(a[i], b[i]));
            }
            return out;
        }
        if (l instanceof StringVector && r instanceof StringVector) {
            StringVector a = (StringVector) l;
            StringVector b = (StringVector) r;
            for (int i = 0; i < n; i++) {
                if (l.isNull(i) || r.isNull(i)) out.setNull(i);
                else res[i] = op.test(a.get(i).compareTo(b.get(i)));
            }
            return out;
        }
        SqlType type = left.type();
        for (int i = 0; i < n; i++) {
            Object a = Values.get(l, i);
            Object b = Values.get(r, i);
            if (a == null || b == null) out.setNull(i);
            else res[i] = op.test(ValueComparator.compare(a, b, type));
        }
        return out;
    }

    private void compareLongConstant(long[] a, long c, boolean[] res, int n) {
        switch (op) {
            case EQ: for (int i = 0; i < n; i++) res[i] = a[i] == c; break;
            case NE: for (int i = 0; i < n; i++) res[i] = a[i] != c; break;
            case LT: for (int i = 0; i < n; i++) res[i] = a[i] < c; break;
            case LE: for (int i = 0; i < n; i++) res[i] = a[i] <= c; break;
            case GT: for (int i = 0; i < n; i++) res[i] = a[i] > c; break;
            default: for (int i = 0; i < n; i++) res[i] = a[i] >= c; break;
        }
    }

    @Override
    public List<Expr> children() {
        return List.of(left, right);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new ComparisonExpr(op, children.get(0), children.get(1));
    }

    @Override
    public String toString() {
        return "(" + left + " " + op.symbol + " " + right + ")";
    }
}
