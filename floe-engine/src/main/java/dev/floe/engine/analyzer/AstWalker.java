package dev.floe.engine.analyzer;

import dev.floe.sql.tree.Between;
import dev.floe.sql.tree.BinaryExpression;
import dev.floe.sql.tree.Case;
import dev.floe.sql.tree.Cast;
import dev.floe.sql.tree.Comparison;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.InList;
import dev.floe.sql.tree.InSubquery;
import dev.floe.sql.tree.IsDistinctFrom;
import dev.floe.sql.tree.IsNull;
import dev.floe.sql.tree.Like;
import dev.floe.sql.tree.Logical;
import dev.floe.sql.tree.NamedArgument;
import dev.floe.sql.tree.PathElement;
import dev.floe.sql.tree.Unary;
import dev.floe.sql.tree.VariantPath;
import dev.floe.sql.tree.WhenClause;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Looks through syntax-tree expressions (not into subqueries, which are their own scope). */
final class AstWalker {
    private AstWalker() {
    }

    static boolean any(Expression e, Predicate<Expression> test) {
        if (test.test(e)) return true;
        for (Expression child : children(e)) {
            if (any(child, test)) return true;
        }
        return false;
    }

    static List<Expression> children(Expression e) {
        List<Expression> c = new ArrayList<>();
        if (e instanceof FunctionCall) {
            FunctionCall f = (FunctionCall) e;
            c.addAll(f.arguments());
            for (NamedArgument n : f.namedArguments()) c.add(n.value());
            f.window().ifPresent(w -> {
                c.addAll(w.partitionBy());
                for (dev.floe.sql.tree.OrderItem o : w.orderBy()) c.add(o.expression());
            });
        } else if (e instanceof Cast) {
            c.add(((Cast) e).operand());
        } else if (e instanceof VariantPath) {
            VariantPath p = (VariantPath) e;
            c.add(p.base());
            for (PathElement el : p.elements()) if (el instanceof PathElement.Key) c.add(((PathElement.Key) el).key());
        } else if (e instanceof Unary) {
            c.add(((Unary) e).operand());
        } else if (e instanceof BinaryExpression) {
            c.add(((BinaryExpression) e).left());
            c.add(((BinaryExpression) e).right());
        } else if (e instanceof Comparison) {
            c.add(((Comparison) e).left());
            c.add(((Comparison) e).right());
        } else if (e instanceof Logical) {
            c.add(((Logical) e).left());
            c.add(((Logical) e).right());
        } else if (e instanceof IsNull) {
            c.add(((IsNull) e).operand());
        } else if (e instanceof IsDistinctFrom) {
            c.add(((IsDistinctFrom) e).left());
            c.add(((IsDistinctFrom) e).right());
        } else if (e instanceof InList) {
            c.add(((InList) e).operand());
            c.addAll(((InList) e).values());
        } else if (e instanceof InSubquery) {
            c.add(((InSubquery) e).operand());
        } else if (e instanceof Between) {
            Between b = (Between) e;
            c.add(b.operand());
            c.add(b.low());
            c.add(b.high());
        } else if (e instanceof Like) {
            Like l = (Like) e;
            c.add(l.operand());
            c.add(l.pattern());
            l.escape().ifPresent(c::add);
        } else if (e instanceof Case) {
            Case k = (Case) e;
            k.operand().ifPresent(c::add);
            for (WhenClause w : k.whenClauses()) {
                c.add(w.condition());
                c.add(w.result());
            }
            k.elseResult().ifPresent(c::add);
        }
        return c;
    }
}
