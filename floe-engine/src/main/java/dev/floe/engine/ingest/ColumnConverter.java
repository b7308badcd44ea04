package dev.floe.engine.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.floe.types.SqlType;
import dev.floe.types.time.DateTimeParser;
import dev.floe.types.variant.VariantWriter;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.TimestampTzVector;
import dev.floe.types.vector.VariantVector;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Converts one top-level JSON value (never JSON null: the decoder handles that) into a column of
 * one SQL type, writing straight into the column's vector. One converter per column per decoder;
 * converters keep scratch state, so they are not shared between threads.
 */
abstract class ColumnConverter {
    /** Streamed ISO-8601 strings without a zone read as UTC wall clocks, the server's default TIMEZONE. */
    private static final ZoneId INGEST_ZONE = ZoneOffset.UTC;

    final SqlType type;

    ColumnConverter(SqlType type) {
        this.type = type;
    }

    abstract void convert(JsonParser p, JsonToken token, ColumnVector vector, int row) throws IOException, RowRejected;

    static ColumnConverter of(SqlType type) {
        switch (type.kind()) {
            case VARCHAR: return new VarcharConverter(type);
            case NUMBER: return new NumberConverter(type);
            case FLOAT: return new FloatConverter(type);
            case BOOLEAN: return new BooleanConverter(type);
            case DATE:
            case TIME:
            case TIMESTAMP_NTZ:
            case TIMESTAMP_LTZ:
            case TIMESTAMP_TZ:
                return new TemporalConverter(type);
            case VARIANT:
            case OBJECT:
            case ARRAY:
                return new VariantConverter(type);
            default:
                throw new IllegalArgumentException("streaming ingest cannot write columns of type " + type);
        }
    }

    final RowRejected cannotConvert(JsonParser p, JsonToken token) throws IOException {
        return new RowRejected("cannot convert " + describe(p, token) + " to " + type.displayName());
    }

    /** The value as an error message shows it: strings quoted and cut at 50 characters. */
    static String describe(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: return "a JSON object";
            case START_ARRAY: return "a JSON array";
            case VALUE_STRING: {
                String text = p.getText();
                return "the string \"" + (text.length() > 50 ? text.substring(0, 50) + "..." : text) + "\"";
            }
            default: return p.getText();
        }
    }

    static boolean isNumber(JsonToken token) {
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    private static final class VarcharConverter extends ColumnConverter {
        VarcharConverter(SqlType type) {
            super(type);
        }

        @Override
        void convert(JsonParser p, JsonToken token, ColumnVector vector, int row) throws IOException, RowRejected {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) throw cannotConvert(p, token);
            String text = p.getText();
            if (text.length() > type.precision() && text.codePointCount(0, text.length()) > type.precision()) {
                throw new RowRejected("a string of " + text.codePointCount(0, text.length()) + " characters is too long for "
                        + type.displayName());
            }
            ((StringVector) vector).set(row, text);
        }
    }

    private static final class NumberConverter extends ColumnConverter {
        private final long bound;
        private final CharSlice slice = new CharSlice();

        NumberConverter(SqlType type) {
            super(type);
            this.bound = type.precision() >= 19 ? Long.MAX_VALUE : pow10(type.precision());
        }

        @Override
        void convert(JsonParser p, JsonToken token, ColumnVector vector, int row) throws IOException, RowRejected {
            if (!isNumber(token) && token != JsonToken.VALUE_STRING) throw cannotConvert(p, token);
            long value;
            if (token == JsonToken.VALUE_NUMBER_INT && type.scale() == 0 && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                value = p.getLongValue();
                if (value >= bound || value <= -bound) throw outOfRange(p);
            } else {
                slice.set(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                try {
                    value = DecimalText.toUnscaled(token == JsonToken.VALUE_STRING ? slice.toString().trim() : slice,
                            type.precision(), type.scale());
                } catch (NumberFormatException e) {
                    throw cannotConvert(p, token);
                } catch (ArithmeticException e) {
                    throw outOfRange(p);
                }
            }
            ((LongVector) vector).values[row] = value;
        }

        private RowRejected outOfRange(JsonParser p) throws IOException {
            return new RowRejected("value " + p.getText() + " is out of range for " + type.displayName());
        }

        private static long pow10(int n) {
            long v = 1;
            for (int i = 0; i < n; i++) v *= 10;
            return v;
        }
    }

    private static final class FloatConverter extends ColumnConverter {
        FloatConverter(SqlType type) {
            super(type);
        }

        @Override
        void convert(JsonParser p, JsonToken token, ColumnVector vector, int row) throws IOException, RowRejected {
            double value;
            if (isNumber(token)) {
                value = p.getDoubleValue();
            } else if (token == JsonToken.VALUE_STRING) {
                value = parseFloat(p, token);
            } else {
                throw cannotConvert(p, token);
            }
            ((DoubleVector) vector).values[row] = value;
        }

        /** Snowflake's FLOAT input: decimal text, or 'NaN', 'inf', '-inf' in any case. */
        private double parseFloat(JsonParser p, JsonToken token) throws IOException, RowRejected {
            String text = p.getText().trim();
            if (text.equalsIgnoreCase("nan")) return Double.NaN;
            if (text.equalsIgnoreCase("inf") || text.equalsIgnoreCase("infinity")) return Double.POSITIVE_INFINITY;
            if (text.equalsIgnoreCase("-inf") || text.equalsIgnoreCase("-infinity")) return Double.NEGATIVE_INFINITY;
            try {
                if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1)) && text.charAt(text.length() - 1) != '.') {
                    throw new NumberFormatException(text);
                }
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw cannotConvert(p, token);
            }
        }
    }

    private static final class BooleanConverter extends ColumnConverter {
        BooleanConverter(SqlType type) {
            super(type);
        }

        @Override
        void convert(JsonParser p, JsonToken token, ColumnVector vector, int row) throws IOException, RowRejected {
            boolean value;
            switch (token) {
                case VALUE_TRUE: value = true; break;
                case VALUE_FALSE: value = false; break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    value = p.getDoubleValue() != 0;
                    break;
                case VALUE_STRING:
                    value = parseBoolean(p, token);
                    break;
                default:
                    throw cannotConvert(p, token);
            }
            ((BooleanVector) vector).values[row] = value;
        }

        /** The strings Snowflake converts to BOOLEAN. */
        private boolean parseBoolean(JsonParser p, JsonToken token) throws IOException, RowRejected {
            switch (p.getText().trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true": case "t": case "yes": case "y": case "on": case "1":
                    return true;
                case "false": case "f": case "no": case "n": case "off": case "0":
                    return false;
                default:
                    throw cannotConvert(p, token);
            }
        }
    }

    /** DATE, TIME and the timestamps: ISO-8601 (and Snowflake's other AUTO formats) or epoch integers. */
    private static final class TemporalConverter extends ColumnConverter {
        private final DateTimeParser parser = new DateTimeParser();
        private final CharSlice slice = new CharSlice();

        TemporalConverter(SqlType type) {
            super(type);
        }

        @Override
        void convert(JsonParser p, JsonToken token, ColumnVector vector, int row) throws IOException, RowRejected {
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) throw cannotConvert(p, token);
            CharSequence text = slice.set(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            try {
                switch (type.kind()) {
                    case DATE:
                        ((LongVector) vector).values[row] = parser.parseDate(text);
                        break;
                    case TIME:
                        ((LongVector) vector).values[row] = parser.parseTime(text);
                        break;
                    case TIMESTAMP_NTZ:
                        ((LongVector) vector).values[row] = parser.parseTimestampNtz(text);
                        break;
                    case TIMESTAMP_LTZ:
                        ((LongVector) vector).values[row] = parser.parseTimestampLtz(text, INGEST_ZONE);
                        break;
                    default:
                        TimestampTzVector tz = (TimestampTzVector) vector;
                        tz.values[row] = parser.parseTimestampTz(text, INGEST_ZONE);
                        tz.offsetMinutes[row] = parser.offsetMinutes();
                        break;
                }
            } catch (IllegalArgumentException e) {
                throw new RowRejected(e.getMessage());
            }
        }
    }

    private static final class VariantConverter extends ColumnConverter {
        private final VariantWriter writer = new VariantWriter();

        VariantConverter(SqlType type) {
            super(type);
        }

        @Override
        void convert(JsonParser p, JsonToken token, ColumnVector vector, int row) throws IOException, RowRejected {
            if (type.kind() == dev.floe.types.TypeKind.OBJECT && token != JsonToken.START_OBJECT
                    || type.kind() == dev.floe.types.TypeKind.ARRAY && token != JsonToken.START_ARRAY) {
                throw cannotConvert(p, token);
            }
            writer.reset();
            JsonToVariant.write(p, token, writer);
            ((VariantVector) vector).set(row, writer.toByteArray());
        }
    }
}
