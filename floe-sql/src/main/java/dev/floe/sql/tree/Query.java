package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete query: {@code [WITH ctes] body [ORDER BY ...] [LIMIT n] [OFFSET m]}.
 * {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY} is parsed into the same limit and offset.
 */
public record Query(
        SourcePosition position,
        List<WithQuery> with,
        QueryBody body,
        List<OrderItem> orderBy,
        Optional<Expression> limit,
        Optional<Expression> offset) implements Node {

    public Query {
        Objects.requireNonNull(position, "position");
        with = List.copyOf(with);
        Objects.requireNonNull(body, "body");
        orderBy = List.copyOf(orderBy);
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(offset, "offset");
    }

    /** A query that is just its body: no WITH, ORDER BY, LIMIT or OFFSET. */
    public static Query of(QueryBody body) {
        return new Query(body.position(), List.of(), body, List.of(), Optional.empty(), Optional.empty());
    }

    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitQuery(this, context);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!with.isEmpty()) {
            text.append("WITH ").append(Text.list(with)).append(' ');
        }
        text.append(body);
        if (!orderBy.isEmpty()) {
            text.append(" ORDER BY ").append(Text.list(orderBy));
        }
        return text.append(Text.optional(" LIMIT ", limit)).append(Text.optional(" OFFSET ", offset)).toString();
    }
}
