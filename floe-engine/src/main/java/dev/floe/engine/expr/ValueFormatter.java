package dev.floe.engine.expr;

import dev.floe.types.SqlType;
import dev.floe.types.time.TemporalFormatter;
import dev.floe.types.time.TimestampTz;
import dev.floe.types.variant.Variant;
import dev.floe.types.variant.VariantCasts;
import java.time.ZoneId;

/**
 * Renders values as Snowflake shows them with its default output formats: NUMBER with its scale
 * (23.50), FLOAT as the shortest text that reads back the same, BOOLEAN as TRUE/FALSE,
 * timestamps as {@code 2024-01-15 10:30:00.000} (with {@code +0000} for LTZ/TZ), VARIANT as JSON.
 */
public final class ValueFormatter {
    private ValueFormatter() {
    }

    /** The text of a non-NULL value; BOOLEANs render as TRUE/FALSE, VARIANT strings with quotes. */
    public static String format(Object value, SqlType type, ZoneId zone) {
        switch (type.kind()) {
            case NUMBER: return Decimals.format((Long) value, type.scale());
            case FLOAT: return formatDouble((Double) value);
            case VARCHAR: return (String) value;
            case BOOLEAN: return (Boolean) value ? "TRUE" : "FALSE";
            case DATE: return TemporalFormatter.formatDate((Long) value);
            case TIME: return TemporalFormatter.formatTime((Long) value);
            case TIMESTAMP_NTZ: return TemporalFormatter.formatTimestampNtz((Long) value);
            case TIMESTAMP_LTZ: return TemporalFormatter.formatTimestampLtz((Long) value, zone);
            case TIMESTAMP_TZ: {
                TimestampTz tz = (TimestampTz) value;
                return TemporalFormatter.formatTimestampTz(tz.epochNanos(), tz.offsetMinutes());
            }
            case VARIANT:
            case OBJECT:
            case ARRAY: return Variant.toJson((byte[]) value);
            default: return String.valueOf(value);
        }
    }

    /** FLOAT as Snowflake writes it as text (15 significant digits, no trailing zeros: 0.1, 2, 1e+20). */
    public static String formatDouble(double d) {
        return VariantCasts.doubleToString(d);
    }
}
