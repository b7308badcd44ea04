package dev.floe.server.sqlapi;

import dev.floe.server.sqlapi.StatementRequest.Binding;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts bind values into the SQL text as typed literals before it is parsed: {@code ?} placeholders
 * take the bindings "1", "2", ... in order of appearance, {@code :n} takes binding "n". Placeholders
 * inside strings, quoted identifiers, {@code $$} strings and comments are left alone. FIXED, REAL
 * and BOOLEAN values are checked; TEXT becomes a string literal; DATE, TIME and TIMESTAMP_* values
 * are cast from their text (any format the cast accepts, e.g. ISO 8601).
 */
final class BindingSubstitution {
    private static final Pattern FIXED = Pattern.compile("[+-]?\\d+(\\.\\d*)?|[+-]?\\.\\d+");
    private static final Pattern REAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(inf|Infinity)|NaN",
            Pattern.CASE_INSENSITIVE);

    private BindingSubstitution() {
    }

    static String apply(String sql, Map<String, Binding> bindings) {
        StringBuilder out = new StringBuilder(sql.length() + 16 * bindings.size());
        int next = 1;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'') {
                end = skipQuoted(sql, i, '\'');
            } else if (c == '"') {
                end = skipQuoted(sql, i, '"');
            } else if (c == '$' && sql.startsWith("$$", i)) {
                int close = sql.indexOf("$$", i + 2);
                end = close < 0 ? n : close + 2;
            } else if (c == '-' && sql.startsWith("--", i) || c == '/' && sql.startsWith("//", i)) {
                int close = sql.indexOf('\n', i);
                end = close < 0 ? n : close + 1;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
            } else if (c == '?') {
                out.append(literal(Integer.toString(next), bindings));
                next++;
                i++;
                continue;
            } else if (c == ':' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)) && (i == 0 || sql.charAt(i - 1) != ':')) {
                int digitsEnd = i + 1;
                while (digitsEnd < n && Character.isDigit(sql.charAt(digitsEnd))) {
                    digitsEnd++;
                }
                out.append(literal(sql.substring(i + 1, digitsEnd), bindings));
                i = digitsEnd;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote == '\'') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static String literal(String key, Map<String, Binding> bindings) {
        Binding binding = bindings.get(key);
        if (binding == null) {
            throw StatementRequest.badRequest("no binding for bind variable " + key + " (bindings: " + bindings.keySet() + ")");
        }
        String value = binding.value();
        if (value == null) {
            return "NULL";
        }
        switch (binding.type()) {
            case "FIXED": return checked(key, binding, FIXED.matcher(value.trim()).matches(), value.trim());
            case "REAL": return checked(key, binding, REAL.matcher(value.trim()).matches(), quote(value.trim()) + "::FLOAT");
            case "BOOLEAN": {
                String v = value.trim();
                boolean valid = v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
                return checked(key, binding, valid, v.toUpperCase(java.util.Locale.ROOT));
            }
            case "TEXT": return quote(value);
            case "DATE":
            case "TIME":
            case "TIMESTAMP_NTZ":
            case "TIMESTAMP_LTZ":
            case "TIMESTAMP_TZ": return quote(value) + "::" + binding.type();
            default:
                throw StatementRequest.badRequest("binding " + key + " has unsupported type " + binding.type()
                        + "; supported: FIXED, REAL, TEXT, BOOLEAN, DATE, TIME, TIMESTAMP_NTZ, TIMESTAMP_LTZ, TIMESTAMP_TZ");
        }
    }

    private static String checked(String key, Binding binding, boolean valid, String literal) {
        if (!valid) {
            throw StatementRequest.badRequest("binding " + key + " of type " + binding.type() + " has an invalid value '"
                    + binding.value() + "'");
        }
        return literal;
    }

    /** A Snowflake string literal: quotes doubled and backslashes escaped, since a backslash escapes in Snowflake strings. */
    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
