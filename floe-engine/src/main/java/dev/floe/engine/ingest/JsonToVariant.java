package dev.floe.engine.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.floe.types.variant.VariantWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes the JSON value at a parser's current token into a {@link VariantWriter}, with the number
 * typing of PARSE_JSON: integers stay INTEGER, decimals stay exact DECIMAL (up to 38 digits and
 * scale 37), exponents become DOUBLE; a repeated key in an object rejects the row.
 */
final class JsonToVariant {
    private static final int MAX_PRECISION = 38;
    private static final int MAX_SCALE = 37;

    private JsonToVariant() {
    }

    static void write(JsonParser p, JsonToken token, VariantWriter out) throws IOException, RowRejected {
        switch (token) {
            case START_OBJECT: {
                int start = out.position();
                int mark = out.stackMark();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    out.writeKey(p.currentName());
                    write(p, p.nextToken(), out);
                }
                if (out.finishObject(start, mark, false) >= 0) {
                    throw new RowRejected("duplicate key \"" + out.duplicateKey() + "\" in an object");
                }
                return;
            }
            case START_ARRAY: {
                int start = out.position();
                int mark = out.stackMark();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    out.markElement();
                    write(p, t, out);
                }
                out.finishArray(start, mark);
                return;
            }
            case VALUE_STRING:
                out.writeString(p.getText());
                return;
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    writeExactOrDouble(p.getDecimalValue(), true, out);
                } else {
                    out.writeLong(p.getLongValue());
                }
                return;
            case VALUE_NUMBER_FLOAT:
                writeFloat(p, out);
                return;
            case VALUE_TRUE:
                out.writeBoolean(true);
                return;
            case VALUE_FALSE:
                out.writeBoolean(false);
                return;
            case VALUE_NULL:
                out.writeNull();
                return;
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private static void writeFloat(JsonParser p, VariantWriter out) throws IOException {
        char[] chars = p.getTextCharacters();
        int from = p.getTextOffset();
        int to = from + p.getTextLength();
        for (int i = from; i < to; i++) {
            if (chars[i] == 'e' || chars[i] == 'E') {
                out.writeDouble(p.getDoubleValue());
                return;
            }
        }
        writeExactOrDouble(p.getDecimalValue(), false, out);
    }

    private static void writeExactOrDouble(BigDecimal value, boolean integer, VariantWriter out) {
        BigDecimal stripped = value.scale() > 0 ? value.stripTrailingZeros() : value;
        if (stripped.precision() <= MAX_PRECISION && stripped.scale() <= MAX_SCALE) {
            out.writeExact(stripped, integer);
        } else {
            out.writeDouble(value.doubleValue());
        }
    }
}
