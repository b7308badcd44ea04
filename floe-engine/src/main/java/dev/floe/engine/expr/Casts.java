package dev.floe.engine.expr;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import dev.floe.types.time.DateTimeParser;
import dev.floe.types.time.TemporalCasts;
import dev.floe.types.time.TimestampTz;
import dev.floe.types.variant.Variant;
import dev.floe.types.variant.VariantException;
import dev.floe.types.variant.VariantType;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Converts single values between SQL types with Snowflake's rules (see {@link Values} for the
 * objects). Failures throw {@link FloeException} with Snowflake's wording; TRY_CAST catches them.
 */
public final class Casts {
    private static final ThreadLocal<DateTimeParser> PARSER = ThreadLocal.withInitial(DateTimeParser::new);

    private Casts() {
    }

    /** True when a value of {@code from} may be cast to {@code to} at all (decided at bind time). */
    public static boolean castable(SqlType from, SqlType to) {
        TypeKind f = from.kind();
        TypeKind t = to.kind();
        if (f == TypeKind.NULL || f == t || f.isSemiStructured() || t == TypeKind.VARCHAR || t.isSemiStructured()
                || f == TypeKind.VARCHAR) {
            return true;
        }
        switch (t) {
            case NUMBER:
            case FLOAT: return f.isNumeric() || f == TypeKind.BOOLEAN;
            case BOOLEAN: return f.isNumeric();
            case DATE: return f.isTimestamp();
            case TIME: return f.isTimestamp();
            case TIMESTAMP_NTZ:
            case TIMESTAMP_LTZ:
            case TIMESTAMP_TZ: return f.isTimestamp() || f == TypeKind.DATE || f == TypeKind.NUMBER;
            default: return false;
        }
    }

    public static Object cast(Object value, SqlType from, SqlType to, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (from.kind().isSemiStructured() && !to.kind().isSemiStructured()) {
            byte[] v = (byte[]) value;
            if (Variant.isJsonNull(v)) {
                return null;
            }
            return fromVariant(v, to, zone);
        }
        switch (to.kind()) {
            case NUMBER: return toNumber(value, from, to);
            case FLOAT: return toFloat(value, from);
            case VARCHAR: return toVarchar(value, from, to, zone);
            case BOOLEAN: return toBoolean(value, from);
            case DATE: return toDate(value, from, zone);
            case TIME: return toTime(value, from, zone);
            case TIMESTAMP_NTZ:
            case TIMESTAMP_LTZ:
            case TIMESTAMP_TZ: return toTimestamp(value, from, to.kind(), zone);
            case VARIANT:
            case OBJECT:
            case ARRAY: return toVariant(value, from, to, zone);
            default: throw unsupported(from, to);
        }
    }

    private static Object toNumber(Object value, SqlType from, SqlType to) {
        int scale = to.scale();
        long result;
        switch (from.kind()) {
            case NUMBER: result = Decimals.rescale((Long) value, from.scale(), scale); break;
            case FLOAT: result = Decimals.fromDouble((Double) value, scale); break;
            case VARCHAR: result = Decimals.parse((String) value, scale); break;
            case BOOLEAN: result = Decimals.rescale((Boolean) value ? 1 : 0, 0, scale); break;
            default: throw unsupported(from, to);
        }
        return Decimals.checkPrecision(result, to.precision());
    }

    private static Object toFloat(Object value, SqlType from) {
        switch (from.kind()) {
            case FLOAT: return value;
            case NUMBER: return Decimals.toDouble((Long) value, from.scale());
            case BOOLEAN: return (Boolean) value ? 1.0 : 0.0;
            case VARCHAR: return parseDouble((String) value);
            default: throw unsupported(from, SqlType.FLOAT);
        }
    }

    static double parseDouble(String text) {
        String t = text.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "nan": return Double.NaN;
            case "inf":
            case "infinity": return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity": return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new FloeException(ErrorCode.NUMERIC_VALUE_INVALID, "Numeric value '" + text + "' is not recognized");
                }
        }
    }

    private static Object toVarchar(Object value, SqlType from, SqlType to, ZoneId zone) {
        String s;
        if (from.kind().isSemiStructured()) {
            byte[] v = (byte[]) value;
            s = Variant.typeOf(v) == VariantType.STRING ? Variant.asString(v) : Variant.toJson(v);
        } else if (from.kind() == TypeKind.BOOLEAN) {
            s = (Boolean) value ? "true" : "false";
        } else {
            s = ValueFormatter.format(value, from, zone);
        }
        if (s.length() > to.precision()) {
            throw new FloeException(ErrorCode.INVALID_ARGUMENT, "String '" + abbreviate(s)
                    + "' is too long and would be truncated");
        }
        return s;
    }

    private static Object toBoolean(Object value, SqlType from) {
        switch (from.kind()) {
            case BOOLEAN: return value;
            case NUMBER: return (Long) value != 0;
            case FLOAT: return (Double) value != 0.0;
            case VARCHAR: return parseBoolean((String) value);
            default: throw unsupported(from, SqlType.BOOLEAN);
        }
    }

    static boolean parseBoolean(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "t": case "yes": case "y": case "on": case "1": return true;
            case "false": case "f": case "no": case "n": case "off": case "0": return false;
            default: throw new FloeException(ErrorCode.INVALID_ARGUMENT, "Boolean value '" + text + "' is not recognized");
        }
    }

    private static Object toDate(Object value, SqlType from, ZoneId zone) {
        switch (from.kind()) {
            case DATE: return value;
            case VARCHAR: return parse(() -> PARSER.get().parseDate((String) value));
            case TIMESTAMP_NTZ: return TemporalCasts.ntzToDate((Long) value);
            case TIMESTAMP_LTZ: return TemporalCasts.ltzToDate((Long) value, zone);
            case TIMESTAMP_TZ: {
                TimestampTz tz = (TimestampTz) value;
                return TemporalCasts.tzToDate(tz.epochNanos(), tz.offsetMinutes());
            }
            default: throw unsupported(from, SqlType.DATE);
        }
    }

    private static Object toTime(Object value, SqlType from, ZoneId zone) {
        switch (from.kind()) {
            case TIME: return value;
            case VARCHAR: return parse(() -> PARSER.get().parseTime((String) value));
            case TIMESTAMP_NTZ: return TemporalCasts.ntzToTime((Long) value);
            case TIMESTAMP_LTZ: return TemporalCasts.ltzToTime((Long) value, zone);
            case TIMESTAMP_TZ: {
                TimestampTz tz = (TimestampTz) value;
                return TemporalCasts.tzToTime(tz.epochNanos(), tz.offsetMinutes());
            }
            default: throw unsupported(from, SqlType.TIME);
        }
    }

    private static Object toTimestamp(Object value, SqlType from, TypeKind to, ZoneId zone) {
        switch (from.kind()) {
            case VARCHAR: return parseTimestamp((String) value, to, zone);
            case NUMBER: {
                // A number is seconds since the epoch (its scale gives the fraction).
                long nanos = TemporalCasts.epochNanos((Long) value, from.scale());
                return fromNtz(nanos, to, zone);
            }
            case DATE: {
                long days = (Long) value;
                if (to == TypeKind.TIMESTAMP_NTZ) return TemporalCasts.dateToNtz(days);
                if (to == TypeKind.TIMESTAMP_LTZ) return TemporalCasts.dateToLtz(days, zone);
                return TemporalCasts.dateToTz(days, zone);
            }
            case TIMESTAMP_NTZ: return fromNtz((Long) value, to, zone);
            case TIMESTAMP_LTZ: {
                long instant = (Long) value;
                if (to == TypeKind.TIMESTAMP_LTZ) return instant;
                if (to == TypeKind.TIMESTAMP_NTZ) return TemporalCasts.ltzToNtz(instant, zone);
                return TemporalCasts.ltzToTz(instant, zone);
            }
            case TIMESTAMP_TZ: {
                TimestampTz tz = (TimestampTz) value;
                if (to == TypeKind.TIMESTAMP_TZ) return tz;
                if (to == TypeKind.TIMESTAMP_LTZ) return tz.epochNanos();
                return TemporalCasts.tzToNtz(tz.epochNanos(), tz.offsetMinutes());
            }
            default: throw unsupported(from, SqlType.of(to));
        }
    }

    private static Object fromNtz(long wallNanos, TypeKind to, ZoneId zone) {
        if (to == TypeKind.TIMESTAMP_NTZ) return wallNanos;
        if (to == TypeKind.TIMESTAMP_LTZ) return TemporalCasts.ntzToLtz(wallNanos, zone);
        return TemporalCasts.ntzToTz(wallNanos, zone);
    }

    static Object parseTimestamp(String text, TypeKind to, ZoneId zone) {
        DateTimeParser parser = PARSER.get();
        switch (to) {
            case TIMESTAMP_NTZ: return parse(() -> parser.parseTimestampNtz(text));
            case TIMESTAMP_LTZ: return parse(() -> parser.parseTimestampLtz(text, zone));
            default: {
                long instant = parse(() -> parser.parseTimestampTz(text, zone));
                return new TimestampTz(instant, parser.offsetMinutes());
            }
        }
    }

    private static Object toVariant(Object value, SqlType from, SqlType to, ZoneId zone) {
        byte[] v;
        switch (from.kind()) {
            case VARIANT:
            case OBJECT:
            case ARRAY: v = (byte[]) value; break;
            case NUMBER: v = from.scale() == 0 ? Variant.ofLong((Long) value) : Variant.ofDecimal((Long) value, from.scale()); break;
            case FLOAT: v = Variant.ofDouble((Double) value); break;
            case BOOLEAN: v = Variant.ofBoolean((Boolean) value); break;
            case VARCHAR:
                if (to.kind() != TypeKind.VARIANT) {
                    // VARCHAR to OBJECT/ARRAY parses the text as JSON, as Snowflake's cast does.
                    v = parseJson((String) value);
                } else {
                    v = Variant.ofString((String) value);
                }
                break;
            default: v = Variant.ofString(ValueFormatter.format(value, from, zone));
        }
        if (to.kind() == TypeKind.OBJECT && Variant.typeOf(v) != VariantType.OBJECT
                || to.kind() == TypeKind.ARRAY && Variant.typeOf(v) != VariantType.ARRAY) {
            throw new FloeException(ErrorCode.TYPE_MISMATCH, "Failed to cast variant value "
                    + abbreviate(Variant.toJson(v)) + " to " + to.kind());
        }
        return v;
    }

    public static byte[] parseJson(String text) {
        try {
            return Variant.parseJson(text);
        } catch (VariantException e) {
            throw new FloeException(ErrorCode.JSON_INVALID, e.getMessage(), e);
        }
    }

    private static Object fromVariant(byte[] v, SqlType to, ZoneId zone) {
        try {
            switch (to.kind()) {
                case NUMBER: {
                    VariantType t = Variant.typeOf(v);
                    if (t == VariantType.STRING) return toNumber(Variant.asString(v), SqlType.VARCHAR, to);
                    if (t == VariantType.DOUBLE) return toNumber(Variant.asDouble(v), SqlType.FLOAT, to);
                    if (t == VariantType.BOOLEAN) return toNumber(Variant.asBoolean(v), SqlType.BOOLEAN, to);
                    if (t == VariantType.INTEGER) return toNumber(Variant.asLong(v), SqlType.NUMBER, to);
                    return toNumber(Variant.asString(v), SqlType.VARCHAR, to);
                }
                case FLOAT: return Variant.asDouble(v);
                case BOOLEAN: return Variant.asBoolean(v);
                case VARCHAR: return toVarchar(v, SqlType.VARIANT, to, zone);
                default: {
                    VariantType t = Variant.typeOf(v);
                    if (t == VariantType.STRING) return cast(Variant.asString(v), SqlType.VARCHAR, to, zone);
                    if (t == VariantType.INTEGER) return cast(Variant.asLong(v), SqlType.NUMBER, to, zone);
                    throw new FloeException(ErrorCode.TYPE_MISMATCH, "Failed to cast variant value "
                            + abbreviate(Variant.toJson(v)) + " to " + to.kind());
                }
            }
        } catch (VariantException e) {
            throw new FloeException(ErrorCode.NUMERIC_VALUE_INVALID, e.getMessage(), e);
        }
    }

    private interface LongParse {
        long parse();
    }

    private static long parse(LongParse p) {
        try {
            return p.parse();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new FloeException(ErrorCode.TIMESTAMP_INVALID, e.getMessage(), e);
        }
    }

    private static FloeException unsupported(SqlType from, SqlType to) {
        return FloeException.compilation(ErrorCode.TYPE_MISMATCH,
                "Cannot cast a value of type " + from.kind() + " to " + to.kind());
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
