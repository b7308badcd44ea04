package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code CASE [operand] WHEN ... THEN ... [ELSE ...] END}. */
public record Case(
        SourcePosition position,
        Optional<Expression> operand,
        List<WhenClause> whenClauses,
        Optional<Expression> elseResult) implements Expression {

    public Case {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(operand, "operand");
        whenClauses = List.copyOf(whenClauses);
        Objects.requireNonNull(elseResult, "elseResult");
        if (whenClauses.isEmpty()) {
            throw new IllegalArgumentException("CASE needs at least one WHEN");
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCase(this, context);
    }

    @Override
    public String toString() {
        return "CASE" + Text.optional(" ", operand) + " " + Text.join(whenClauses, " ")
                + Text.optional(" ELSE ", elseResult) + " END";
    }
}
