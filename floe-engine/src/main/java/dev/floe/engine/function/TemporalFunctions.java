package dev.floe.engine.function;

import static dev.floe.engine.function.Functions.arity;
import static dev.floe.engine.function.Functions.call;
import static dev.floe.engine.function.Functions.constant;
import static dev.floe.engine.function.Functions.invalidType;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.analyzer.BindContext;
import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.Casts;
import dev.floe.engine.expr.ConstantExpr;
import dev.floe.engine.expr.Decimals;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import dev.floe.types.time.DateArithmetic;
import dev.floe.types.time.DateExtract;
import dev.floe.types.time.DatePart;
import dev.floe.types.time.DateTruncation;
import dev.floe.types.time.IntervalLiteral;
import dev.floe.types.time.TemporalCasts;
import dev.floe.types.time.TemporalFormat;
import dev.floe.types.time.TimestampTz;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Date and time functions: CURRENT_TIMESTAMP, DATEADD, DATEDIFF, DATE_TRUNC, TIME_SLICE, DATE_PART, TO_TIMESTAMP, ... */
final class TemporalFunctions {
    private TemporalFunctions() {
    }

    static Expr bind(String name, List<Expr> args, BindContext ctx) {
        switch (name) {
            case "CURRENT_TIMESTAMP":
            case "LOCALTIMESTAMP":
            case "GETDATE":
                arity(name, args, 0, 1);
                return new ConstantExpr(ctx.statementStartEpochNanos(), SqlType.TIMESTAMP_LTZ);
            case "SYSDATE":
                arity(name, args, 0, 0);
                return new ConstantExpr(ctx.statementStartEpochNanos(), SqlType.TIMESTAMP_NTZ);
            case "CURRENT_DATE":
                arity(name, args, 0, 0);
                return new ConstantExpr(TemporalCasts.ltzToDate(ctx.statementStartEpochNanos(), ctx.timeZone()), SqlType.DATE);
            case "CURRENT_TIME":
            case "LOCALTIME":
                arity(name, args, 0, 1);
                return new ConstantExpr(TemporalCasts.ltzToTime(ctx.statementStartEpochNanos(), ctx.timeZone()), SqlType.TIME);
            case "DATEADD":
            case "TIMEADD":
            case "TIMESTAMPADD":
                arity(name, args, 3, 3);
                return dateAdd(name, part(name, args.get(0)), args.get(1), args.get(2), ctx);
            case "DATEDIFF":
            case "TIMEDIFF":
            case "TIMESTAMPDIFF":
                arity(name, args, 3, 3);
                return dateDiff(name, part(name, args.get(0)), args.get(1), args.get(2), ctx);
            case "DATE_TRUNC":
                arity(name, args, 2, 2);
                return dateTrunc(name, part(name, args.get(0)), args.get(1), ctx);
            case "TIME_SLICE":
                arity(name, args, 3, 4);
                return timeSlice(name, args, ctx);
            case "DATE_PART":
            case "EXTRACT":
                arity(name, args, 2, 2);
                return extract(name, part(name, args.get(0)), args.get(1), ctx);
            case "YEAR": case "QUARTER": case "MONTH": case "DAY": case "DAYOFMONTH": case "DAYOFWEEK":
            case "DAYOFWEEKISO": case "DAYOFYEAR": case "WEEK": case "WEEKOFYEAR": case "WEEKISO":
            case "HOUR": case "MINUTE": case "SECOND": case "YEAROFWEEK": case "YEAROFWEEKISO":
                arity(name, args, 1, 1);
                return extract(name, DatePart.parse(name), args.get(0), ctx);
            case "TO_TIMESTAMP":
            case "TO_TIMESTAMP_NTZ":
                return toTimestamp(name, args, SqlType.TIMESTAMP_NTZ, ctx);
            case "TO_TIMESTAMP_LTZ":
                return toTimestamp(name, args, SqlType.TIMESTAMP_LTZ, ctx);
            case "TO_TIMESTAMP_TZ":
                return toTimestamp(name, args, SqlType.TIMESTAMP_TZ, ctx);
            case "TO_DATE":
            case "DATE":
                arity(name, args, 1, 2);
                return args.size() == 2 ? parseWithFormat(name, args, SqlType.DATE) : toTemporal(name, args.get(0), SqlType.DATE);
            case "TO_TIME":
            case "TIME":
                arity(name, args, 1, 2);
                return args.size() == 2 ? parseWithFormat(name, args, SqlType.TIME) : toTemporal(name, args.get(0), SqlType.TIME);
            case "LAST_DAY":
                arity(name, args, 1, 2);
                return lastDay(name, args);
            case "CONVERT_TIMEZONE":
                return convertTimezone(name, args, ctx);
            default:
                return null;
        }
    }

    static DatePart part(String function, Expr arg) {
        Object unit = constant(function, arg, "date or time part");
        if (unit == null) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "the date or time part of " + function + " must not be NULL");
        }
        try {
            return DatePart.parse(unit.toString());
        } catch (IllegalArgumentException e) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        }
    }

    /** Strings become TIMESTAMP_NTZ (Snowflake's TIMESTAMP_TYPE_MAPPING default); temporals stay. */
    private static Expr temporalArg(String name, int position, Expr arg) {
        TypeKind k = arg.type().kind();
        if (k.isTemporal()) return arg;
        if (k == TypeKind.VARCHAR || k.isSemiStructured() || k == TypeKind.NULL) {
            return new CastExpr(arg, SqlType.TIMESTAMP_NTZ, false);
        }
        throw invalidType(name, position, arg.type());
    }

    private static Expr integerArg(String name, int position, Expr arg) {
        TypeKind k = arg.type().kind();
        if (k == TypeKind.NUMBER && arg.type().scale() == 0) return arg;
        if (k.isNumeric() || k == TypeKind.VARCHAR || k == TypeKind.NULL || k.isSemiStructured()) {
            return new CastExpr(arg, SqlType.NUMBER, false);
        }
        throw invalidType(name, position, arg.type());
    }

    private static Expr dateAdd(String name, DatePart part, Expr n, Expr value, BindContext ctx) {
        Expr t = temporalArg(name, 3, value);
        Expr amount = integerArg(name, 2, n);
        TypeKind kind = t.type().kind();
        SqlType result = SqlType.of(DateArithmetic.dateAddResultKind(part, kind));
        if (kind == TypeKind.TIMESTAMP_TZ) {
            return call(name + "(" + part + ")", result, List.of(amount, t), (a, c) -> {
                TimestampTz tz = (TimestampTz) a[1];
                return new TimestampTz(DateArithmetic.dateAdd(part, (Long) a[0], tz.epochNanos(), tz.offsetMinutes()), tz.offsetMinutes());
            });
        }
        return call(name + "(" + part + ")", result, List.of(amount, t),
                (a, c) -> DateArithmetic.dateAdd(part, (Long) a[0], (Long) a[1], kind, c.timeZone()));
    }

    private static Expr dateDiff(String name, DatePart part, Expr from, Expr to, BindContext ctx) {
        Expr a = temporalArg(name, 2, from);
        Expr b = temporalArg(name, 3, to);
        TypeKind ka = a.type().kind();
        TypeKind kb = b.type().kind();
        if (ka != kb) {
            // Compare in the richer type: DATE < NTZ < LTZ < TZ.
            SqlType common = ka.ordinal() > kb.ordinal() ? a.type() : b.type();
            if (ka == TypeKind.TIME || kb == TypeKind.TIME) {
                throw FloeException.compilation(ErrorCode.TYPE_MISMATCH, name + " cannot compare " + ka + " and " + kb);
            }
            a = new CastExpr(a, common, false);
            b = new CastExpr(b, common, false);
        }
        TypeKind kind = a.type().kind();
        SqlType result = SqlType.number(18, 0);
        if (kind == TypeKind.TIMESTAMP_TZ) {
            return call(name + "(" + part + ")", result, List.of(a, b), (v, c) -> {
                TimestampTz x = (TimestampTz) v[0];
                TimestampTz y = (TimestampTz) v[1];
                return DateArithmetic.dateDiff(part, x.epochNanos(), x.offsetMinutes(), y.epochNanos(), y.offsetMinutes());
            });
        }
        return call(name + "(" + part + ")", result, List.of(a, b),
                (v, c) -> DateArithmetic.dateDiff(part, (Long) v[0], (Long) v[1], kind, c.timeZone()));
    }

    private static Expr dateTrunc(String name, DatePart part, Expr value, BindContext ctx) {
        Expr t = temporalArg(name, 2, value);
        TypeKind kind = t.type().kind();
        if (kind == TypeKind.TIMESTAMP_TZ) {
            return call(name + "(" + part + ")", t.type(), List.of(t), (v, c) -> {
                TimestampTz tz = (TimestampTz) v[0];
                return new TimestampTz(DateTruncation.dateTrunc(part, tz.epochNanos(), tz.offsetMinutes()), tz.offsetMinutes());
            });
        }
        return call(name + "(" + part + ")", t.type(), List.of(t), (v, c) -> DateTruncation.dateTrunc(part, (Long) v[0], kind, c.timeZone()));
    }

    private static Expr timeSlice(String name, List<Expr> args, BindContext ctx) {
        Expr t = temporalArg(name, 1, args.get(0));
        Object length = constant(name, args.get(1), "slice length");
        DatePart part = part(name, args.get(2));
        boolean end = false;
        if (args.size() == 4) {
            String which = String.valueOf(constant(name, args.get(3), "START or END")).toUpperCase(Locale.ROOT);
            if (!which.equals("START") && !which.equals("END")) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "TIME_SLICE's fourth argument must be 'START' or 'END', got '" + which + "'");
            }
            end = which.equals("END");
        }
        if (!(length instanceof Long) || args.get(1).type().scale() != 0) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "TIME_SLICE's slice length must be an integer constant");
        }
        int slice = (int) (long) (Long) length;
        boolean sliceEnd = end;
        TypeKind kind = t.type().kind();
        return call(name + "(" + slice + "," + part + "," + sliceEnd + ")", t.type(), List.of(t), (v, c) -> DateTruncation.timeSlice((Long) v[0], slice, part, sliceEnd, kind));
    }

    private static Expr extract(String name, DatePart part, Expr value, BindContext ctx) {
        Expr t = temporalArg(name, 2, value);
        TypeKind kind = t.type().kind();
        SqlType result = SqlType.number(18, 0);
        if (kind == TypeKind.TIMESTAMP_TZ) {
            return call(name + "(" + part + ")", result, List.of(t), (v, c) -> {
                TimestampTz tz = (TimestampTz) v[0];
                return DateExtract.extract(part, tz.epochNanos(), tz.offsetMinutes());
            });
        }
        return call(name + "(" + part + ")", result, List.of(t), (v, c) -> DateExtract.extract(part, (Long) v[0], kind, c.timeZone()));
    }

    private static Expr toTimestamp(String name, List<Expr> args, SqlType target, BindContext ctx) {
        arity(name, args, 1, 2);
        Expr value = args.get(0);
        if (args.size() == 2) {
            if (value.type().kind() != TypeKind.NUMBER) {
                return parseWithFormat(name, args, target);
            }
            Object scale = constant(name, args.get(1), "scale");
            int s = (int) (long) (Long) scale;
            if (s < 0 || s > 9) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + "'s scale must be between 0 and 9, got " + s);
            }
            int inputScale = value.type().scale();
            TypeKind kind = target.kind();
            return call(name + "(" + s + ")", target, List.of(value), (v, c) -> {
                long unscaledSeconds = Decimals.rescale((Long) v[0], inputScale, 0);
                long nanos = TemporalCasts.epochNanos(unscaledSeconds, s);
                return Casts.cast(nanos, SqlType.TIMESTAMP_NTZ, SqlType.of(kind), c.timeZone());
            });
        }
        return toTemporal(name, value, target);
    }

    /** TO_DATE / TO_TIME / TO_TIMESTAMP*(string, format). */
    private static Expr parseWithFormat(String name, List<Expr> args, SqlType target) {
        TemporalFormat format = format(name, args.get(1));
        Expr text = StringFunctions.string(args.get(0));
        TypeKind kind = target.kind();
        return call(name + "(" + format.format() + ")", target, List.of(text), (v, c) -> {
            String s = (String) v[0];
            switch (kind) {
                case DATE: return format.parseDate(s);
                case TIME: return format.parseTime(s);
                case TIMESTAMP_NTZ: return format.parseTimestampNtz(s);
                case TIMESTAMP_LTZ: return format.parseTimestampLtz(s, c.timeZone());
                default: return format.parseTimestampTz(s, c.timeZone());
            }
        });
    }

    /** TO_CHAR / TO_VARCHAR(temporal, format); null when the value is not temporal (the caller handles it). */
    static Expr formatTemporal(String name, Expr value, Expr formatArg) {
        TypeKind kind = value.type().kind();
        if (!kind.isTemporal()) {
            return null;
        }
        TemporalFormat format = format(name, formatArg);
        return call(name + "(" + format.format() + ")", SqlType.VARCHAR, List.of(value), (v, c) -> {
            switch (kind) {
                case DATE: return format.formatDate((Long) v[0]);
                case TIME: return format.formatTime((Long) v[0]);
                case TIMESTAMP_NTZ: return format.formatTimestampNtz((Long) v[0]);
                case TIMESTAMP_LTZ: return format.formatTimestampLtz((Long) v[0], c.timeZone());
                default: {
                    TimestampTz tz = (TimestampTz) v[0];
                    return format.formatTimestampTz(tz.epochNanos(), tz.offsetMinutes());
                }
            }
        });
    }

    private static TemporalFormat format(String name, Expr arg) {
        Object f = constant(name, arg, "format");
        if (!(f instanceof String)) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + "'s format must be a string constant");
        }
        try {
            return TemporalFormat.compile((String) f);
        } catch (IllegalArgumentException e) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        }
    }

    /** LAST_DAY(date [, part]): the last day of the month (or year, quarter, week) holding the date. */
    private static Expr lastDay(String name, List<Expr> args) {
        DatePart part = args.size() == 2 ? part(name, args.get(1)) : DatePart.MONTH;
        Expr date = new CastExpr(temporalArg(name, 1, args.get(0)), SqlType.DATE, false);
        try {
            DateTruncation.lastDay(part, 0); // rejects parts LAST_DAY does not take, at bind time
        } catch (IllegalArgumentException e) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        }
        return call(name + "(" + part + ")", SqlType.DATE, List.of(date), (v, c) -> DateTruncation.lastDay(part, (Long) v[0]));
    }

    private static Expr toTemporal(String name, Expr value, SqlType target) {
        if (!Casts.castable(value.type(), target)) {
            throw invalidType(name, 1, value.type());
        }
        return new CastExpr(value, target, false);
    }

    private static Expr convertTimezone(String name, List<Expr> args, BindContext ctx) {
        arity(name, args, 2, 3);
        if (args.size() == 2) {
            // CONVERT_TIMEZONE(target_tz, ts) -> TIMESTAMP_TZ at the target zone.
            Expr t = new CastExpr(temporalArg(name, 2, args.get(1)), SqlType.TIMESTAMP_LTZ, false);
            return call(name, SqlType.TIMESTAMP_TZ, List.of(args.get(0), t), (v, c) -> {
                ZoneId zone = zone((String) v[0]);
                return TemporalCasts.ltzToTz((Long) v[1], zone);
            });
        }
        // CONVERT_TIMEZONE(source_tz, target_tz, ntz) -> TIMESTAMP_NTZ.
        Expr t = new CastExpr(temporalArg(name, 3, args.get(2)), SqlType.TIMESTAMP_NTZ, false);
        return call(name, SqlType.TIMESTAMP_NTZ, List.of(args.get(0), args.get(1), t), (v, c) -> {
            long instant = TemporalCasts.ntzToLtz((Long) v[2], zone((String) v[0]));
            return TemporalCasts.ltzToNtz(instant, zone((String) v[1]));
        });
    }

    static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (java.time.DateTimeException e) {
            throw new FloeException(ErrorCode.INVALID_ARGUMENT, "Unknown timezone: '" + name + "'");
        }
    }

    static Expr addInterval(Expr temporal, String text, boolean subtract, BindContext ctx) {
        IntervalLiteral interval;
        try {
            interval = IntervalLiteral.parse(text);
        } catch (IllegalArgumentException e) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        }
        Expr t = temporalArg("INTERVAL", 1, temporal);
        TypeKind kind = t.type().kind();
        if (kind == TypeKind.TIMESTAMP_TZ) {
            return call("INTERVAL(" + interval + "," + subtract + ")", t.type(), List.of(t), (v, c) -> {
                TimestampTz tz = (TimestampTz) v[0];
                return new TimestampTz(interval.addTo(tz.epochNanos(), tz.offsetMinutes(), subtract), tz.offsetMinutes());
            });
        }
        SqlType result = SqlType.of(interval.resultKind(kind));
        return call("INTERVAL(" + interval + "," + subtract + ")", result, List.of(t), (v, c) -> interval.addTo((Long) v[0], kind, c.timeZone(), subtract));
    }

    static Expr addDays(Expr temporal, Expr days, boolean subtract, BindContext ctx) {
        Expr n = integerArg("DATEADD", 2, days);
        if (subtract) {
            n = call("NEGATE", n.type(), List.of(n), (v, c) -> Math.negateExact((Long) v[0]));
        }
        return dateAdd("DATEADD", DatePart.DAY, n, temporal, ctx);
    }
}
