package dev.floe.engine.function;

import static dev.floe.engine.function.Functions.arity;
import static dev.floe.engine.function.Functions.call;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.analyzer.BindContext;
import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** String functions. Arguments of other types are converted to VARCHAR first, as Snowflake does. */
final class StringFunctions {
    private static final SqlType LENGTH = SqlType.number(18, 0);

    private StringFunctions() {
    }

    static Expr bind(String name, List<Expr> args, BindContext ctx) {
        switch (name) {
            case "UPPER":
                arity(name, args, 1, 1);
                return call(name, SqlType.VARCHAR, strings(args), (v, c) -> ((String) v[0]).toUpperCase(Locale.ROOT));
            case "LOWER":
                arity(name, args, 1, 1);
                return call(name, SqlType.VARCHAR, strings(args), (v, c) -> ((String) v[0]).toLowerCase(Locale.ROOT));
            case "LENGTH":
            case "LEN":
            case "CHAR_LENGTH":
            case "CHARACTER_LENGTH":
                arity(name, args, 1, 1);
                return call(name, LENGTH, strings(args), (v, c) -> (long) ((String) v[0]).codePointCount(0, ((String) v[0]).length()));
            case "CONCAT":
                arity(name, args, 1, Integer.MAX_VALUE);
                return call(name, SqlType.VARCHAR, strings(args), (v, c) -> {
                    StringBuilder sb = new StringBuilder();
                    for (Object s : v) sb.append((String) s);
                    return sb.toString();
                });
            case "CONCAT_WS":
                arity(name, args, 2, Integer.MAX_VALUE);
                return call(name, SqlType.VARCHAR, strings(args), (v, c) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i < v.length; i++) {
                        if (i > 1) sb.append((String) v[0]);
                        sb.append((String) v[i]);
                    }
                    return sb.toString();
                });
            case "SUBSTR":
            case "SUBSTRING":
                arity(name, args, 2, 3);
                return call(name, SqlType.VARCHAR, stringThenNumbers(args), (v, c) -> substring((String) v[0], (Long) v[1],
                        v.length > 2 ? (Long) v[2] : Long.MAX_VALUE));
            case "LEFT":
                arity(name, args, 2, 2);
                return call(name, SqlType.VARCHAR, stringThenNumbers(args), (v, c) -> substring((String) v[0], 1, (Long) v[1]));
            case "RIGHT":
                arity(name, args, 2, 2);
                return call(name, SqlType.VARCHAR, stringThenNumbers(args), (v, c) -> {
                    String s = (String) v[0];
                    long n = Math.max(0, Math.min((Long) v[1], s.length()));
                    return s.substring((int) (s.length() - n));
                });
            case "TRIM":
            case "LTRIM":
            case "RTRIM":
                arity(name, args, 1, 2);
                return call(name, SqlType.VARCHAR, strings(args), (v, c) -> trim((String) v[0],
                        v.length > 1 ? (String) v[1] : " ", !name.equals("RTRIM"), !name.equals("LTRIM")));
            case "REPLACE":
                arity(name, args, 2, 3);
                return call(name, SqlType.VARCHAR, strings(args), (v, c) -> {
                    String from = (String) v[1];
                    String to = v.length > 2 ? (String) v[2] : "";
                    return from.isEmpty() ? v[0] : ((String) v[0]).replace(from, to);
                });
            case "SPLIT_PART":
                arity(name, args, 3, 3);
                return call(name, SqlType.VARCHAR, List.of(string(args.get(0)), string(args.get(1)), number(args.get(2))),
                        (v, c) -> splitPart((String) v[0], (String) v[1], (Long) v[2]));
            case "STARTSWITH":
                arity(name, args, 2, 2);
                return call(name, SqlType.BOOLEAN, strings(args), (v, c) -> ((String) v[0]).startsWith((String) v[1]));
            case "ENDSWITH":
                arity(name, args, 2, 2);
                return call(name, SqlType.BOOLEAN, strings(args), (v, c) -> ((String) v[0]).endsWith((String) v[1]));
            case "CONTAINS":
                arity(name, args, 2, 2);
                return call(name, SqlType.BOOLEAN, strings(args), (v, c) -> ((String) v[0]).contains((String) v[1]));
            case "POSITION":
            case "CHARINDEX":
                arity(name, args, 2, 3);
                return call(name, LENGTH, stringsThenNumber(args, 2), (v, c) -> {
                    long from = v.length > 2 ? Math.max(1, (Long) v[2]) : 1;
                    String haystack = (String) v[1];
                    if (from > haystack.length() + 1) return 0L;
                    return (long) (haystack.indexOf((String) v[0], (int) from - 1) + 1);
                });
            case "LPAD":
            case "RPAD":
                arity(name, args, 2, 3);
                return call(name, SqlType.VARCHAR, padArgs(args), (v, c) -> pad((String) v[0], (Long) v[1],
                        v.length > 2 ? (String) v[2] : " ", name.equals("LPAD")));
            case "REVERSE":
                arity(name, args, 1, 1);
                return call(name, SqlType.VARCHAR, strings(args), (v, c) -> new StringBuilder((String) v[0]).reverse().toString());
            case "REPEAT":
                arity(name, args, 2, 2);
                return call(name, SqlType.VARCHAR, stringThenNumbers(args), (v, c) -> ((String) v[0]).repeat((int) Math.max(0, (Long) v[1])));
            case "INITCAP":
                arity(name, args, 1, 1);
                return call(name, SqlType.VARCHAR, strings(args), (v, c) -> initcap((String) v[0]));
            case "TO_VARCHAR":
            case "TO_CHAR":
                arity(name, args, 1, 2);
                if (args.size() == 2) {
                    Expr formatted = TemporalFunctions.formatTemporal(name, args.get(0), args.get(1));
                    if (formatted == null) {
                        throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, name + " with a format supports dates, times and timestamps only");
                    }
                    return formatted;
                }
                return string(args.get(0));
            case "ASCII":
                arity(name, args, 1, 1);
                return call(name, LENGTH, strings(args), (v, c) -> ((String) v[0]).isEmpty() ? 0L : (long) ((String) v[0]).codePointAt(0));
            default:
                return null;
        }
    }

    static Expr string(Expr e) {
        TypeKind k = e.type().kind();
        return k == TypeKind.VARCHAR ? e : new CastExpr(e, SqlType.VARCHAR, false);
    }

    private static Expr number(Expr e) {
        TypeKind k = e.type().kind();
        return k == TypeKind.NUMBER && e.type().scale() == 0 ? e : new CastExpr(e, SqlType.NUMBER, false);
    }

    private static List<Expr> strings(List<Expr> args) {
        List<Expr> out = new ArrayList<>();
        for (Expr a : args) out.add(string(a));
        return out;
    }

    private static List<Expr> stringThenNumbers(List<Expr> args) {
        List<Expr> out = new ArrayList<>();
        out.add(string(args.get(0)));
        for (int i = 1; i < args.size(); i++) out.add(number(args.get(i)));
        return out;
    }

    private static List<Expr> stringsThenNumber(List<Expr> args, int strings) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) out.add(i < strings ? string(args.get(i)) : number(args.get(i)));
        return out;
    }

    private static List<Expr> padArgs(List<Expr> args) {
        List<Expr> out = new ArrayList<>(List.of(string(args.get(0)), number(args.get(1))));
        if (args.size() > 2) out.add(string(args.get(2)));
        return out;
    }

    /** SUBSTR with Snowflake's 1-based start; a start of 0 acts as 1, a negative start counts from the end. */
    static String substring(String s, long start, long length) {
        if (length <= 0) return "";
        long begin = start > 0 ? start - 1 : start == 0 ? 0 : Math.max(0, s.length() + start);
        if (begin >= s.length()) return "";
        long end = Math.min(s.length(), begin + Math.min(length, s.length()));
        return s.substring((int) begin, (int) end);
    }

    private static String trim(String s, String chars, boolean left, boolean right) {
        int b = 0;
        int e = s.length();
        while (left && b < e && chars.indexOf(s.charAt(b)) >= 0) b++;
        while (right && e > b && chars.indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(b, e);
    }

    private static String splitPart(String s, String delimiter, long part) {
        String[] parts = delimiter.isEmpty() ? new String[] {s} : s.split(java.util.regex.Pattern.quote(delimiter), -1);
        long index = part > 0 ? part - 1 : part == 0 ? 0 : parts.length + part;
        return index < 0 || index >= parts.length ? "" : parts[(int) index];
    }

    private static String pad(String s, long length, String fill, boolean left) {
        if (length <= s.length()) return s.substring(0, (int) Math.max(0, length));
        if (fill.isEmpty()) return s;
        StringBuilder padding = new StringBuilder();
        while (padding.length() < length - s.length()) padding.append(fill);
        padding.setLength((int) (length - s.length()));
        return left ? padding + s : s + padding;
    }

    private static String initcap(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetterOrDigit(ch);
        }
        return sb.toString();
    }
}
