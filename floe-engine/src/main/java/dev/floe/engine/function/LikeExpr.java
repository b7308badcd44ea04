package dev.floe.engine.function;

import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.Values;
import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.StringVector;
import java.util.List;
import java.util.regex.Pattern;

/**
 * LIKE and ILIKE. A constant pattern is compiled once; on a dictionary-encoded column each
 * dictionary entry is matched once per batch's dictionary, not once per row.
 */
public final class LikeExpr extends Expr {
    private final Expr operand;
    private final Expr pattern;
    private final Expr escape;
    private final boolean caseInsensitive;
    private final boolean negated;
    private final Pattern compiled;
    private String[] matchedDictionary;
    private boolean[] dictionaryMatches;
    private BooleanVector out;

    private LikeExpr(Expr operand, Expr pattern, Expr escape, boolean caseInsensitive, boolean negated) {
        super(SqlType.BOOLEAN);
        this.operand = operand;
        this.pattern = pattern;
        this.escape = escape;
        this.caseInsensitive = caseInsensitive;
        this.negated = negated;
        boolean constant = pattern instanceof ConstantExpr && (escape == null || escape instanceof ConstantExpr);
        Object p = constant ? ((ConstantExpr) pattern).value() : null;
        Object e = escape == null ? null : constant ? ((ConstantExpr) escape).value() : null;
        this.compiled = p == null ? null : LikePattern.compile((String) p, (String) e, caseInsensitive);
    }

    public static Expr of(Expr operand, Expr pattern, Expr escape, boolean caseInsensitive, boolean negated) {
        return new LikeExpr(operand, pattern, escape, caseInsensitive, negated);
    }

    @Override
    public ColumnVector evaluate(ColumnBatch input, EvalContext ctx) {
        int n = input.size();
        StringVector s = (StringVector) operand.evaluate(input, ctx);
        out = (BooleanVector) Values.reuse(out, SqlType.BOOLEAN.physical(), n);
        if (compiled != null && s.isDictionary()) {
            if (matchedDictionary != s.dictionary) {
                matchedDictionary = s.dictionary;
                dictionaryMatches = new boolean[s.dictionary.length];
                for (int d = 0; d < dictionaryMatches.length; d++) {
                    dictionaryMatches[d] = compiled.matcher(s.dictionary[d]).matches();
                }
            }
            for (int i = 0; i < n; i++) {
                if (s.isNull(i)) out.setNull(i);
                else out.values[i] = dictionaryMatches[s.codes[i]] != negated;
            }
            return out;
        }
        ColumnVector p = compiled == null ? pattern.evaluate(input, ctx) : null;
        ColumnVector e = compiled == null && escape != null ? escape.evaluate(input, ctx) : null;
        for (int i = 0; i < n; i++) {
            if (s.isNull(i)) {
                out.setNull(i);
                continue;
            }
            Pattern regex = compiled;
            if (regex == null) {
                String pv = (String) Values.get(p, i);
                if (pv == null) {
                    out.setNull(i);
                    continue;
                }
                regex = LikePattern.compile(pv, e == null ? null : (String) Values.get(e, i), caseInsensitive);
            }
            out.values[i] = regex.matcher(s.get(i)).matches() != negated;
        }
        return out;
    }

    @Override
    public List<Expr> children() {
        return escape == null ? List.of(operand, pattern) : List.of(operand, pattern, escape);
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new LikeExpr(children.get(0), children.get(1), children.size() > 2 ? children.get(2) : null,
                caseInsensitive, negated);
    }

    @Override
    public String toString() {
        return operand + (negated ? " NOT" : "") + (caseInsensitive ? " ILIKE " : " LIKE ") + pattern;
    }
}
