package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code SELECT [DISTINCT] items [FROM ...] [WHERE ...] [GROUP BY ...] [HAVING ...] [QUALIFY ...]}.
 * GROUP BY expressions may be ordinals ({@link NumericLiteral}) or select-list aliases
 * ({@link ColumnRef}); the binder resolves both.
 */
public record QuerySpecification(
        SourcePosition position,
        boolean distinct,
        List<SelectItem> selectItems,
        Optional<Relation> from,
        Optional<Expression> where,
        List<Expression> groupBy,
        Optional<Expression> having,
        Optional<Expression> qualify) implements QueryBody {

    public QuerySpecification {
        Objects.requireNonNull(position, "position");
        selectItems = List.copyOf(selectItems);
        if (selectItems.isEmpty()) {
            throw new IllegalArgumentException("SELECT needs at least one item");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(where, "where");
        groupBy = List.copyOf(groupBy);
        Objects.requireNonNull(having, "having");
        Objects.requireNonNull(qualify, "qualify");
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitQuerySpecification(this, context);
    }

    @Override
    public String toString() {
        return "SELECT " + Text.flag(distinct, "DISTINCT ") + Text.list(selectItems)
                + Text.optional(" FROM ", from)
                + Text.optional(" WHERE ", where)
                + (groupBy.isEmpty() ? "" : " GROUP BY " + Text.list(groupBy))
                + Text.optional(" HAVING ", having)
                + Text.optional(" QUALIFY ", qualify);
    }
}
