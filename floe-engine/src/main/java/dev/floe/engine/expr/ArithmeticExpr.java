package dev.floe.engine.expr;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.types.PhysicalType;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code + - * / %} on NUMBER (exact, on unscaled values, with Snowflake's result scales) or
 * FLOAT. Both operands arrive with the types the binder chose; the result type is given.
 */
public final class ArithmeticExpr extends Expr {
    public enum Op { ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO }

    private final Op op;
    private final Expr left;
    private final Expr right;
    private ColumnVector out;

    public ArithmeticExpr(Op op, Expr left, Expr right, SqlType type) {
        super(type);
        this.op = op;
        this.left = left;
        this.right = right;
    }

    /** Snowflake's result type of NUMBER arithmetic (docs: "Scale and precision in arithmetic operations"). */
    public static SqlType numberResultType(Op op, SqlType a, SqlType b) {
        int s1 = a.scale();
        int s2 = b.scale();
        int l1 = a.precision() - s1;
        int l2 = b.precision() - s2;
        int scale;
        int leading;
        switch (op) {
            case ADD:
            case SUBTRACT:
                scale = Math.max(s1, s2);
                leading = Math.max(l1, l2) + 1;
                break;
            case MULTIPLY:
                scale = Math.min(s1 + s2, Math.max(Math.max(s1, s2), 12));
                leading = l1 + l2;
                break;
            case DIVIDE:
                scale = Math.max(s1, Math.min(s1 + 6, 12));
                leading = l1 + s2;
                break;
            default:
                scale = Math.max(s1, s2);
                leading = Math.min(l1, l2);
        }
        return SqlType.number(Math.min(38, Math.max(1, leading + scale)), Math.min(scale, 37));
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        ColumnVector l = left.evaluate(input, ctx);
        ColumnVector r = right.evaluate(input, ctx);
        out = Values.reuse(out, type().physical(), n);
        if (type().physical() == PhysicalType.DOUBLE) {
            evaluateDouble(l, r, n);
        } else {
            evaluateNumber((LongVector) l, (LongVector) r, n);
        }
        return out;
    }

    private void evaluateDouble(ColumnVector l, ColumnVector r, int n) {
        double[] a = ((DoubleVector) l).values;
        double[] b = ((DoubleVector) r).values;
        double[] res = ((DoubleVector) out).values;
        for (int i = 0; i < n; i++) {
            if (l.isNull(i) || r.isNull(i)) {
                out.setNull(i);
                continue;
            }
            switch (op) {
                case ADD: res[i] = a[i] + b[i]; break;
                case SUBTRACT: res[i] = a[i] - b[i]; break;
                case MULTIPLY: res[i] = a[i] * b[i]; break;
                case DIVIDE:
                    if (b[i] == 0) throw divisionByZero();
                    res[i] = a[i] / b[i];
                    break;
                default:
                    if (b[i] == 0) throw divisionByZero();
                    res[i] = a[i] % b[i];
            }
        }
    }

    private void evaluateNumber(LongVector l, LongVector r, int n) {
        long[] a = l.values;
        long[] b = r.values;
        long[] res = ((LongVector) out).values;
        int sa = left.type().scale();
        int sb = right.type().scale();
        int s = type().scale();
        int precision = type().precision();
        boolean nulls = l.mayHaveNulls() || r.mayHaveNulls();
        if ((op == Op.ADD || op == Op.SUBTRACT) && sa == s && sb == s) {
            boolean add = op == Op.ADD;
            for (int i = 0; i < n; i++) {
                if (nulls && (l.isNull(i) || r.isNull(i))) {
                    out.setNull(i);
                    continue;
                }
                res[i] = add ? Decimals.addExact(a[i], b[i]) : Decimals.subtractExact(a[i], b[i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            if (nulls && (l.isNull(i) || r.isNull(i))) {
                out.setNull(i);
                continue;
            }
            res[i] = Decimals.checkPrecision(compute(a[i], sa, b[i], sb, s), precision);
        }
    }

    private long compute(long a, int sa, long b, int sb, int s) {
        switch (op) {
            case ADD: return Decimals.addExact(Decimals.rescale(a, sa, s), Decimals.rescale(b, sb, s));
            case SUBTRACT: return Decimals.subtractExact(Decimals.rescale(a, sa, s), Decimals.rescale(b, sb, s));
            case MULTIPLY: {
                if (sa + sb == s) return Decimals.multiplyExact(a, b);
                BigDecimal p = Decimals.toBigDecimal(a, sa).multiply(Decimals.toBigDecimal(b, sb));
                return Decimals.fromBigDecimal(p, s);
            }
            case DIVIDE: {
                if (b == 0) throw divisionByZero();
                BigDecimal q = Decimals.toBigDecimal(a, sa).divide(Decimals.toBigDecimal(b, sb), s, RoundingMode.HALF_UP);
                return Decimals.fromBigDecimal(q, s);
            }
            default: {
                if (b == 0) throw divisionByZero();
                BigDecimal m = Decimals.toBigDecimal(a, sa).remainder(Decimals.toBigDecimal(b, sb));
                return Decimals.fromBigDecimal(m, s);
            }
        }
    }

    private static FloeException divisionByZero() {
        return new FloeException(ErrorCode.DIVISION_BY_ZERO, "Division by zero");
    }

    @Override
    public List<Expr> children() {
        return List.of(left, right);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new ArithmeticExpr(op, children.get(0), children.get(1), type());
    }

    @Override
    public String toString() {
        return "(" + left + " " + op + " " + right + ")";
    }
}
