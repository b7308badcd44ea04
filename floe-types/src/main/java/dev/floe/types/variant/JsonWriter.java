package dev.floe.types.variant;

import static dev.floe.types.variant.VariantFormat.*;

import java.nio.charset.StandardCharsets;

/**
 * Renders a value as compact JSON, the way Snowflake renders VARIANT as text: object keys in sorted
 * order, no spaces, DECIMAL as written without trailing zeros, DOUBLE as {@code 1.912000000000000e+02},
 * undefined array elements as {@code undefined}.
 */
final class JsonWriter {
    private JsonWriter() {
    }

    static String toJson(byte[] buf, int offset) {
        StringBuilder sb = new StringBuilder(64);
        append(sb, buf, offset);
        return sb.toString();
    }

    static void append(StringBuilder sb, byte[] buf, int offset) {
        int tag = buf[offset] & 0xFF;
        switch (tag) {
            case NULL: sb.append("null"); break;
            case FALSE: sb.append("false"); break;
            case TRUE: sb.append("true"); break;
            case UNDEFINED: sb.append("undefined"); break;
            case INT8: case INT16: case INT32: case INT64: sb.append(VariantReader.longAt(buf, offset)); break;
            case DECIMAL:
                NumberText.appendDecimal(sb, VariantReader.decimalUnscaledAt(buf, offset),
                    VariantReader.decimalScaleAt(buf, offset));
                break;
            case BIG_NUMBER: sb.append(VariantReader.bigDecimalAt(buf, offset).toPlainString()); break;
            case DOUBLE: NumberText.appendJsonDouble(sb, VariantReader.doubleAt(buf, offset)); break;
            case SHORT_STRING: case STRING:
                appendQuoted(sb, buf, VariantReader.stringStartAt(buf, offset), VariantReader.stringLengthAt(buf, offset));
                break;
            case OBJECT: {
                int count = VariantReader.fieldCount(buf, offset);
                sb.append('{');
                for (int i = 0; i < count; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    appendQuoted(sb, buf, VariantReader.keyStart(buf, offset, i), VariantReader.keyLength(buf, offset, i));
                    sb.append(':');
                    append(sb, buf, VariantReader.fieldValueAt(buf, offset, i));
                }
                sb.append('}');
                break;
            }
            case ARRAY: {
                int count = VariantReader.arraySizeAt(buf, offset);
                sb.append('[');
                for (int i = 0; i < count; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    append(sb, buf, VariantReader.rawElementAt(buf, offset, i));
                }
                sb.append(']');
                break;
            }
            default: throw VariantReader.badTag(tag, offset);
        }
    }

    private static void appendQuoted(StringBuilder sb, byte[] buf, int start, int length) {
        appendQuoted(sb, new String(buf, start, length, StandardCharsets.UTF_8));
    }

    static void appendQuoted(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20) {
                        sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
