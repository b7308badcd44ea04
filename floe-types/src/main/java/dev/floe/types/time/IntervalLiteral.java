package dev.floe.types.time;

import dev.floe.types.TypeKind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A Snowflake interval constant, {@code INTERVAL '1 day, 2 hours'}: comma-separated terms, each an
 * integer and an optional date or time part (any DATEADD part or abbreviation; without one the
 * amount is seconds). Adding it applies the terms in the order written, through
 * {@link DateArithmetic#dateAdd}; subtracting applies each negated, in the same order.
 *
 * <p>Syntax per https://docs.snowflake.com/en/sql-reference/data-types-datetime#interval-constants.
 * Immutable.
 */
public final class IntervalLiteral {
    /** One term: amount units of part. */
    public record Term(DatePart part, long amount) {
    }

    private final List<Term> terms;

    private IntervalLiteral(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static IntervalLiteral parse(String text) {
        List<Term> terms = new ArrayList<>();
        for (String piece : text.split(",", -1)) {
            terms.add(parseTerm(piece.trim(), text));
        }
        return new IntervalLiteral(terms);
    }

    private static Term parseTerm(String term, String text) {
        int i = 0;
        if (i < term.length() && (term.charAt(i) == '-' || term.charAt(i) == '+')) {
            i++;
        }
        int digitsStart = i;
        while (i < term.length() && term.charAt(i) >= '0' && term.charAt(i) <= '9') {
            i++;
        }
        if (i == digitsStart) {
            throw invalid(text, "each term needs an integer amount");
        }
        long amount;
        try {
            amount = Long.parseLong(term.substring(0, i));
        } catch (NumberFormatException e) {
            throw invalid(text, "amount " + term.substring(0, i) + " is too large");
        }
        String unit = term.substring(i).trim();
        if (unit.isEmpty()) {
            return new Term(DatePart.SECOND, amount);
        }
        DatePart part = unitPart(unit);
        if (part == null) {
            throw invalid(text, "unknown unit '" + unit + "'");
        }
        if (!part.isArithmetic()) {
            throw invalid(text, part + " cannot be used in an interval");
        }
        return new Term(part, amount);
    }

    /**
     * A date part name, or a plural of one: the documentation's interval example writes
     * {@code 5 weeks}, which is not among WEEK's date-part abbreviations.
     */
    private static DatePart unitPart(String unit) {
        try {
            return DatePart.parse(unit);
        } catch (IllegalArgumentException e) {
            if (unit.length() < 2 || Character.toLowerCase(unit.charAt(unit.length() - 1)) != 's') {
                return null;
            }
        }
        try {
            return DatePart.parse(unit.substring(0, unit.length() - 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("Invalid interval literal '" + text + "': " + why);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The type of {@code value ± interval}: a DATE becomes a TIMESTAMP_NTZ if any term is an hour or smaller. */
    public TypeKind resultKind(TypeKind kind) {
        TypeKind result = kind;
        for (Term term : terms) {
            result = DateArithmetic.dateAddResultKind(term.part(), result);
        }
        return result;
    }

    /** {@code value + interval} (or {@code - interval}) for DATE, TIME, TIMESTAMP_NTZ and TIMESTAMP_LTZ. */
    public long addTo(long value, TypeKind kind, ZoneId session, boolean subtract) {
        long result = value;
        TypeKind resultKind = kind;
        for (Term term : terms) {
            result = DateArithmetic.dateAdd(term.part(), signed(term, subtract), result, resultKind, session);
            resultKind = DateArithmetic.dateAddResultKind(term.part(), resultKind);
        }
        return result;
    }

    /** {@code value ± interval} for a TIMESTAMP_TZ: the new epoch nanoseconds; the offset stays. */
    public long addTo(long epochNanos, int offsetMinutes, boolean subtract) {
        long result = epochNanos;
        for (Term term : terms) {
            result = DateArithmetic.dateAdd(term.part(), signed(term, subtract), result, offsetMinutes);
        }
        return result;
    }

    private static long signed(Term term, boolean subtract) {
        return subtract ? Math.negateExact(term.amount()) : term.amount();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalLiteral && ((IntervalLiteral) o).terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "IntervalLiteral" + terms;
    }
}
