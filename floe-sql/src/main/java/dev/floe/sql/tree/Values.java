package dev.floe.sql.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code VALUES (a, b), (c, d)}: the rows of INSERT ... VALUES, all of the same width. */
public record Values(SourcePosition position, List<List<Expression>> rows) implements QueryBody {
    public Values {
        Objects.requireNonNull(position, "position");
        List<List<Expression>> copied = new ArrayList<>(rows.size());
        for (List<Expression> row : rows) {
            if (row.size() != rows.get(0).size()) {
                throw new IllegalArgumentException("VALUES rows must all have " + rows.get(0).size() + " values");
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            throw new IllegalArgumentException("VALUES needs at least one row of at least one value");
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitValues(this, context);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            text.append(i == 0 ? "(" : ", (").append(Text.list(rows.get(i))).append(')');
        }
        return text.toString();
    }
}
