package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code OVER (PARTITION BY ... ORDER BY ... frame)}. */
public record WindowSpec(
        SourcePosition position,
        List<Expression> partitionBy,
        List<OrderItem> orderBy,
        Optional<WindowFrame> frame) implements Node {

    public WindowSpec {
        Objects.requireNonNull(position, "position");
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
        Objects.requireNonNull(frame, "frame");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("(");
        if (!partitionBy.isEmpty()) {
            text.append("PARTITION BY ").append(Text.list(partitionBy));
        }
        if (!orderBy.isEmpty()) {
            text.append(text.length() > 1 ? " " : "").append("ORDER BY ").append(Text.list(orderBy));
        }
        if (frame.isPresent()) {
            text.append(text.length() > 1 ? " " : "").append(frame.get());
        }
        return text.append(')').toString();
    }
}
