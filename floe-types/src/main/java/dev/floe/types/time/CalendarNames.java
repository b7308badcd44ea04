package dev.floe.types.time;

/**
 * English month and weekday names as Snowflake writes them (title case: {@code Jan}, {@code January},
 * {@code Mon}) and reads them (any case, full name or three-letter abbreviation).
 */
final class CalendarNames {
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
    };
    /** ISO order: index 0 is Monday. */
    private static final String[] WEEKDAYS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };
    private static final int ABBREVIATION_LENGTH = 3;

    private CalendarNames() {
    }

    /** Month 1..12. */
    static String month(int month) {
        return MONTHS[month - 1];
    }

    /** ISO day of week, 1 = Monday .. 7 = Sunday. */
    static String weekday(int isoDayOfWeek) {
        return WEEKDAYS[isoDayOfWeek - 1];
    }

    static void appendAbbreviation(StringBuilder out, String name) {
        out.append(name, 0, ABBREVIATION_LENGTH);
    }

    /** The month (1..12) whose three-letter abbreviation starts at {@code pos}, ignoring case; 0 if none. */
    static int monthAt(CharSequence s, int pos, int end) {
        return abbreviationAt(MONTHS, s, pos, end);
    }

    /** The ISO day of week whose three-letter abbreviation starts at {@code pos}, ignoring case; 0 if none. */
    static int weekdayAt(CharSequence s, int pos, int end) {
        return abbreviationAt(WEEKDAYS, s, pos, end);
    }

    /**
     * How many characters a name found by {@link #monthAt} or {@link #weekdayAt} takes: the full
     * name's length when the whole name is written there, else the abbreviation's.
     */
    static int matchedLength(String name, CharSequence s, int pos, int end) {
        return regionMatches(name, name.length(), s, pos, end) ? name.length() : ABBREVIATION_LENGTH;
    }

    private static int abbreviationAt(String[] names, CharSequence s, int pos, int end) {
        for (int i = 0; i < names.length; i++) {
            if (regionMatches(names[i], ABBREVIATION_LENGTH, s, pos, end)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean regionMatches(String name, int length, CharSequence s, int pos, int end) {
        if (end - pos < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Character.toUpperCase(s.charAt(pos + i)) != Character.toUpperCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
