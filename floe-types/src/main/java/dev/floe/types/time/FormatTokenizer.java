package dev.floe.types.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Snowflake date/time format into {@link FormatPiece}s.
 *
 * <p>At each position the longest element spelled there wins, ignoring case ('yyyy-mm-dd' is
 * 'YYYY-MM-DD'). Everything else is literal text, as the documentation says ("anything ... other
 * than the above elements is parsed/formatted without being interpreted"), letters included:
 * 'YYYY-MM-DDTHH24:MI:SS.FF3Z' writes a bare T and Z. Text in double quotes is literal and a
 * doubled quote is one quote character. A '.' right before FF belongs to the fraction (see
 * {@link FormatPiece#dotted()}), as in Snowflake's own client library (snowflake-jdbc
 * SnowflakeDateTimeFormat).
 */
final class FormatTokenizer {
    private record Spelling(String text, FormatElement element) {
    }

    /** Longest spelling first, so HH24 wins over HH and MMMM over MM. FF is matched separately. */
    private static final Spelling[] SPELLINGS = {
        new Spelling("TZH:TZM", FormatElement.OFFSET_HOURS_COLON_MINUTES),
        new Spelling("TZHTZM", FormatElement.OFFSET_HOURS_MINUTES),
        new Spelling("HH24", FormatElement.HOUR_24),
        new Spelling("HH12", FormatElement.HOUR_12),
        new Spelling("MMMM", FormatElement.MONTH_NAME),
        new Spelling("YYYY", FormatElement.YEAR),
        new Spelling("UUUU", FormatElement.ISO_YEAR),
        new Spelling("TZH", FormatElement.OFFSET_HOURS),
        new Spelling("MON", FormatElement.MONTH_ABBREVIATION),
        new Spelling("DD", FormatElement.DAY),
        new Spelling("DY", FormatElement.WEEKDAY),
        // HH is the 24-hour clock in Snowflake's client library (SnowflakeDateTimeFormat maps it to
        // Java's "HH"), not Oracle's 12-hour HH.
        new Spelling("HH", FormatElement.HOUR_24),
        new Spelling("MM", FormatElement.MONTH),
        new Spelling("MI", FormatElement.MINUTE),
        new Spelling("SS", FormatElement.SECOND),
        new Spelling("YY", FormatElement.YEAR_OF_CENTURY),
        new Spelling("AM", FormatElement.MERIDIEM),
        new Spelling("PM", FormatElement.MERIDIEM),
    };
    private static final int DEFAULT_FRACTION_DIGITS = 9;

    private FormatTokenizer() {
    }

    static FormatPiece[] tokenize(String format) {
        List<FormatPiece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '"') {
                int close = format.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("Date/time format '" + format
                            + "' has an unterminated double-quoted literal starting at position " + (i + 1));
                }
                literal.append(close == i + 1 ? "\"" : format.substring(i + 1, close));
                i = close + 1;
                continue;
            }
            boolean dotted = c == '.' && startsWithIgnoreCase(format, i + 1, "FF");
            int fractionAt = dotted ? i + 1 : i;
            if (startsWithIgnoreCase(format, fractionAt, "FF")) {
                flush(literal, pieces);
                int next = fractionAt + 2;
                int digits = DEFAULT_FRACTION_DIGITS;
                if (next < format.length() && Character.isDigit(format.charAt(next))) {
                    digits = format.charAt(next) - '0';
                    next++;
                }
                pieces.add(FormatPiece.fraction(digits, dotted));
                i = next;
                continue;
            }
            Spelling spelling = spellingAt(format, i);
            if (spelling == null) {
                literal.append(c);
                i++;
                continue;
            }
            flush(literal, pieces);
            pieces.add(FormatPiece.of(spelling.element()));
            i += spelling.text().length();
        }
        flush(literal, pieces);
        return pieces.toArray(new FormatPiece[0]);
    }

    private static Spelling spellingAt(String format, int pos) {
        for (Spelling spelling : SPELLINGS) {
            if (startsWithIgnoreCase(format, pos, spelling.text())) {
                return spelling;
            }
        }
        return null;
    }

    private static boolean startsWithIgnoreCase(String format, int pos, String spelling) {
        return format.regionMatches(true, pos, spelling, 0, spelling.length());
    }

    private static void flush(StringBuilder literal, List<FormatPiece> pieces) {
        if (literal.length() > 0) {
            pieces.add(FormatPiece.literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
