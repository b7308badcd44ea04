package dev.floe.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.floe.engine.ResultColumn;
import dev.floe.engine.StatementResult;
import dev.floe.types.TypeKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * One JSON array per result, on one line: an object per row mapping column names to values.
 * NUMBER and finite FLOAT values are JSON numbers, BOOLEAN true/false, VARIANT, OBJECT and ARRAY
 * the JSON they hold, NULL null, everything else (timestamps, dates, strings) the text Snowflake
 * shows.
 */
final class JsonPrinter implements ResultPrinter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final PrintWriter out;

    JsonPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void print(StatementResult result, long elapsedNanos) {
        List<ResultColumn> columns = result.columns();
        try (JsonGenerator json = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartArray();
            for (int r = 0; r < result.rows().size(); r++) {
                json.writeStartObject();
                for (int c = 0; c < columns.size(); c++) {
                    json.writeFieldName(columns.get(c).name());
                    value(json, columns.get(c).type().kind(), result.text(r, c));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON output: " + e.getMessage(), e);
        }
        out.print('\n');
        out.flush();
    }

    private static void value(JsonGenerator json, TypeKind kind, String text) throws IOException {
        if (text == null) {
            json.writeNull();
            return;
        }
        switch (kind) {
            case NUMBER:
                json.writeNumber(new BigDecimal(text));
                break;
            case FLOAT:
                if (isFinite(text)) json.writeNumber(new BigDecimal(text));
                else json.writeString(text);
                break;
            case BOOLEAN:
                json.writeBoolean("TRUE".equals(text));
                break;
            case VARIANT:
            case OBJECT:
            case ARRAY:
                json.writeTree(parse(text));
                break;
            default:
                json.writeString(text);
        }
    }

    /** FLOAT renders as digits with an optional exponent, or as inf, -inf or NaN. */
    private static boolean isFinite(String text) {
        char last = text.charAt(text.length() - 1);
        return last >= '0' && last <= '9';
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the engine rendered a VARIANT as invalid JSON: " + json, e);
        }
    }
}
