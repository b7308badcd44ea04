package dev.floe.engine.function;

import java.util.regex.Pattern;

/** Compiles a LIKE pattern ({@code %} any run, {@code _} one character, an escape character) to a regex. */
final class LikePattern {
    private LikePattern() {
    }

    static Pattern compile(String like, String escape, boolean caseInsensitive) {
        char esc = escape == null || escape.isEmpty() ? '\\' : escape.charAt(0);
        StringBuilder regex = new StringBuilder(like.length() + 8);
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == esc && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(regex.toString(), flags);
    }
}
