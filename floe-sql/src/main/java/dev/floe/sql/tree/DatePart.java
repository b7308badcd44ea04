package dev.floe.sql.tree;

import java.util.Locale;
import java.util.Objects;

/**
 * A date or time unit written as a bare word where Snowflake expects one: the first argument of
 * DATEADD, DATEDIFF, TIMEADD, TIMEDIFF, TIMESTAMPADD, TIMESTAMPDIFF, DATE_TRUNC and DATE_PART,
 * the third of TIME_SLICE, and the part of {@code EXTRACT(part FROM e)}. A unit written as a
 * string ({@code 'minute'}) stays a {@link StringLiteral}; the binder accepts both. The unit
 * is upper-cased as written ({@code MINUTE}, {@code MINS}, ...); the binder resolves synonyms.
 */
public record DatePart(SourcePosition position, String unit) implements Expression {
    public DatePart {
        Objects.requireNonNull(position, "position");
        unit = unit.toUpperCase(Locale.ROOT);
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitDatePart(this, context);
    }

    @Override
    public String toString() {
        return unit;
    }
}
