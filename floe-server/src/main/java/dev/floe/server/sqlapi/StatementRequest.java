package dev.floe.server.sqlapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.floe.server.http.HttpError;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/v2/statements}, as Snowflake's SQL API defines it:
 * {@code statement} (required), {@code timeout} (seconds), {@code database}, {@code schema},
 * {@code warehouse}, {@code role}, {@code bindings} ({@code {"1": {"type": "FIXED", "value": "5"}}})
 * and {@code parameters} (session parameters; {@code MULTI_STATEMENT_COUNT} says how many statements
 * the text holds, 0 for any number, default 1).
 */
public record StatementRequest(String statement, Long timeoutSeconds, String database, String schema, String warehouse,
                               String role, Map<String, Binding> bindings, Map<String, String> parameters) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An unquoted identifier, or a quoted one whose inner quotes are doubled. */
    static final String IDENTIFIER_REGEX = "(?:[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\")";
    private static final Pattern IDENTIFIER = Pattern.compile(IDENTIFIER_REGEX);
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A bind value: Snowflake's type name (FIXED, TEXT, ...) and the value as text, null for NULL. */
    public record Binding(String type, String value) {
    }

    public static StatementRequest parse(String body, int maxStatementChars) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw badRequest("the request body must be a JSON object");
        }
        JsonNode statement = root.get("statement");
        if (statement == null || !statement.isTextual() || statement.asText().isBlank()) {
            throw badRequest("the request body must have a non-empty string field 'statement'");
        }
        String text = statement.asText();
        if (text.length() > maxStatementChars) {
            throw badRequest("the statement is " + text.length() + " characters long, more than the limit of "
                    + maxStatementChars + " (limits.statement.chars)");
        }
        return new StatementRequest(text, timeout(root.get("timeout")), identifier(root, "database"), identifier(root, "schema"),
                identifier(root, "warehouse"), identifier(root, "role"), bindings(root.get("bindings")),
                parameters(root.get("parameters")));
    }

    /** The statement count the client announced: 1 unless {@code MULTI_STATEMENT_COUNT} says otherwise, 0 for any. */
    public int expectedStatementCount() {
        String count = parameters.get("MULTI_STATEMENT_COUNT");
        if (count == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(count.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw badRequest("parameter MULTI_STATEMENT_COUNT must be a non-negative integer, got '" + count + "'");
    }

    private static Long timeout(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
            throw badRequest("'timeout' must be a non-negative number of seconds, got " + node);
        }
        return node.asLong();
    }

    private static String identifier(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return null;
        }
        String name = node.asText();
        if (!node.isTextual() || !IDENTIFIER.matcher(name).matches()) {
            throw badRequest("'" + field + "' must be an identifier, got " + node);
        }
        return name;
    }

    private static Map<String, Binding> bindings(JsonNode node) {
        Map<String, Binding> bindings = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return bindings;
        }
        if (!node.isObject()) {
            throw badRequest("'bindings' must be an object like {\"1\": {\"type\": \"FIXED\", \"value\": \"5\"}}");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode binding = field.getValue();
            JsonNode type = binding.get("type");
            if (!binding.isObject() || type == null || !type.isTextual()) {
                throw badRequest("binding '" + field.getKey() + "' must be an object with a string 'type' and a 'value'");
            }
            JsonNode value = binding.get("value");
            bindings.put(field.getKey(), new Binding(type.asText().toUpperCase(Locale.ROOT),
                    value == null || value.isNull() ? null : value.asText()));
        }
        return bindings;
    }

    private static Map<String, String> parameters(JsonNode node) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return parameters;
        }
        if (!node.isObject()) {
            throw badRequest("'parameters' must be an object of session parameters");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!PARAMETER_NAME.matcher(field.getKey()).matches() || !field.getValue().isValueNode()) {
                throw badRequest("parameter '" + field.getKey() + "' must be a name with a string, number or boolean value");
            }
            parameters.put(field.getKey().toUpperCase(Locale.ROOT), field.getValue().asText());
        }
        return parameters;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, "391900", message);
    }
}
