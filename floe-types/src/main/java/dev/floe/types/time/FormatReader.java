package dev.floe.types.time;

/**
 * Reads one string against the pieces of a {@link TemporalFormat}. An instance holds the fields of
 * a single parse, which keeps the format itself immutable and shareable between threads.
 *
 * <p>Reading rules (see {@link TemporalFormat} for where they come from):
 * <ul>
 *   <li>the input is trimmed; a space in the format matches one whitespace character or none;
 *       other literal text must match exactly;</li>
 *   <li>a numeric element reads up to its width (2 digits, 4 for a year) when the next element is
 *       numeric too ('YYYYMMDD'); otherwise it also takes fewer digits ('2024-1-5'), and a year
 *       up to 9 digits;</li>
 *   <li>month and weekday names match in any case, full or abbreviated, under MON and MMMM alike;
 *       a weekday is read and ignored;</li>
 *   <li>FF reads any number of digits and keeps the first nine; a '.FF' may be missing
 *       entirely;</li>
 *   <li>PM adds twelve to an hour below twelve; AM makes a 12 under HH12 midnight;</li>
 *   <li>TZH, TZHTZM and TZH:TZM each read {@code Z}, {@code +hh}, {@code +hhmm} or {@code +hh:mm};</li>
 *   <li>fields not in the format are 1970-01-01 00:00:00; an element given twice keeps the last
 *       value.</li>
 * </ul>
 */
final class FormatReader {
    private static final int NO_HOUR = -1;
    private static final int NO_MERIDIEM = 0;
    private static final int AM = 1;
    private static final int PM = 2;
    private static final int YEAR_DIGITS = 4;
    private static final int MAX_YEAR_DIGITS = 9;
    private static final int FIELD_DIGITS = 2;

    private final CharSequence text;
    private final int end;
    private int pos;

    private long year = 1970;
    private int month = 1;
    private int day = 1;
    private int hour24 = NO_HOUR;
    private int hour12 = NO_HOUR;
    private int meridiem = NO_MERIDIEM;
    private int minute;
    private int second;
    private long fractionNanos;
    private boolean hasOffset;
    private int offsetMinutes;

    FormatReader(CharSequence text) {
        int start = 0;
        int stop = text.length();
        while (start < stop && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        this.text = text;
        this.pos = start;
        this.end = stop;
    }

    /** True if the whole input matches the pieces and names a real date and time. */
    boolean read(FormatPiece[] pieces, int twoDigitCenturyStart) {
        for (int i = 0; i < pieces.length; i++) {
            boolean beforeDigits = i + 1 < pieces.length && pieces[i + 1].element().startsWithDigit()
                    && !pieces[i + 1].dotted();
            if (!readPiece(pieces[i], beforeDigits, twoDigitCenturyStart)) {
                return false;
            }
        }
        return pos == end && day <= CivilCalendar.lengthOfMonth(year, month);
    }

    long days() {
        return CivilCalendar.daysFromCivil(year, month, day);
    }

    long nanosOfDay() {
        int hour = hour24 != NO_HOUR ? hour24 : hour12 != NO_HOUR ? hour12 : 0;
        if (meridiem == PM && hour < 12) {
            hour += 12;
        } else if (meridiem == AM && hour24 == NO_HOUR && hour == 12) {
            hour = 0;
        }
        return hour * CivilCalendar.NANOS_PER_HOUR + minute * CivilCalendar.NANOS_PER_MINUTE
                + second * CivilCalendar.NANOS_PER_SECOND + fractionNanos;
    }

    boolean hasOffset() {
        return hasOffset;
    }

    int offsetMinutes() {
        return offsetMinutes;
    }

    private boolean readPiece(FormatPiece piece, boolean beforeDigits, int twoDigitCenturyStart) {
        switch (piece.element()) {
            case LITERAL:
                return readLiteral(piece.literal());
            case YEAR:
                return readYear(beforeDigits, false);
            case ISO_YEAR:
                return readYear(beforeDigits, true);
            case YEAR_OF_CENTURY:
                long yearOfCentury = number(FIELD_DIGITS);
                if (yearOfCentury < 0) {
                    return false;
                }
                long century = Math.floorDiv(twoDigitCenturyStart, 100) * 100;
                year = century + yearOfCentury < twoDigitCenturyStart ? century + 100 + yearOfCentury : century + yearOfCentury;
                return true;
            case MONTH:
                month = field(1, 12);
                return month >= 0;
            case MONTH_ABBREVIATION:
            case MONTH_NAME:
                int named = CalendarNames.monthAt(text, pos, end);
                if (named == 0) {
                    return false;
                }
                pos += CalendarNames.matchedLength(CalendarNames.month(named), text, pos, end);
                month = named;
                return true;
            case DAY:
                day = field(1, 31);
                return day >= 0;
            case WEEKDAY:
                int weekday = CalendarNames.weekdayAt(text, pos, end);
                if (weekday == 0) {
                    return false;
                }
                pos += CalendarNames.matchedLength(CalendarNames.weekday(weekday), text, pos, end);
                return true;
            case HOUR_24:
                hour24 = field(0, 23);
                return hour24 >= 0;
            case HOUR_12:
                hour12 = field(1, 12);
                return hour12 >= 0;
            case MERIDIEM:
                return readMeridiem();
            case MINUTE:
                minute = field(0, 59);
                return minute >= 0;
            case SECOND:
                second = field(0, 59);
                return second >= 0;
            case FRACTION:
                return readFraction(piece.dotted());
            default:
                return readOffset();
        }
    }

    private boolean readLiteral(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char expected = literal.charAt(i);
            if (Character.isWhitespace(expected)) {
                if (pos < end && Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
            } else if (pos < end && text.charAt(pos) == expected) {
                pos++;
            } else {
                return false;
            }
        }
        return true;
    }

    private boolean readYear(boolean beforeDigits, boolean signed) {
        boolean negative = signed && expect('-');
        long value = number(beforeDigits ? YEAR_DIGITS : MAX_YEAR_DIGITS);
        if (value < 0) {
            return false;
        }
        year = negative ? -value : value;
        return true;
    }

    private boolean readMeridiem() {
        if (end - pos < 2 || Character.toUpperCase(text.charAt(pos + 1)) != 'M') {
            return false;
        }
        char first = Character.toUpperCase(text.charAt(pos));
        if (first != 'A' && first != 'P') {
            return false;
        }
        meridiem = first == 'A' ? AM : PM;
        pos += 2;
        return true;
    }

    private boolean readFraction(boolean dotted) {
        if (dotted && !expect('.')) {
            fractionNanos = 0;
            return true;
        }
        long value = 0;
        int digits = 0;
        while (pos < end && isDigit(text.charAt(pos))) {
            if (digits < 9) {
                value = value * 10 + (text.charAt(pos) - '0');
                digits++;
            }
            pos++;
        }
        for (; digits < 9; digits++) {
            value *= 10;
        }
        fractionNanos = value;
        return true;
    }

    private boolean readOffset() {
        if (pos < end && (text.charAt(pos) == 'Z' || text.charAt(pos) == 'z')) {
            pos++;
            hasOffset = true;
            offsetMinutes = 0;
            return true;
        }
        boolean negative = expect('-');
        if (!negative && !expect('+')) {
            return false;
        }
        int start = pos;
        long hours = number(FIELD_DIGITS);
        if (pos - start != FIELD_DIGITS || hours > 23) {
            return false;
        }
        long minutes = 0;
        int beforeMinutes = pos;
        expect(':');
        start = pos;
        long written = number(FIELD_DIGITS);
        if (pos - start == FIELD_DIGITS) {
            minutes = written;
        } else {
            pos = beforeMinutes;
        }
        if (minutes > 59) {
            return false;
        }
        int total = (int) (hours * 60 + minutes);
        offsetMinutes = negative ? -total : total;
        hasOffset = true;
        return true;
    }

    /** A two-digit field within min..max, or -1. */
    private int field(int min, int max) {
        long value = number(FIELD_DIGITS);
        return value >= min && value <= max ? (int) value : -1;
    }

    /** Up to {@code maxDigits} digits as a number, or -1 if there is no digit. */
    private long number(int maxDigits) {
        int start = pos;
        long value = 0;
        while (pos - start < maxDigits && pos < end && isDigit(text.charAt(pos))) {
            value = value * 10 + (text.charAt(pos) - '0');
            pos++;
        }
        return pos > start ? value : -1;
    }

    private boolean expect(char c) {
        if (pos < end && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
