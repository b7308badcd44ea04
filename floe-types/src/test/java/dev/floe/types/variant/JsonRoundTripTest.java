package dev.floe.types.variant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRoundTripTest {

    /** Input JSON, then the compact text Snowflake renders for it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"building\": \"HQ\", \"floor\": 2, \"zone\": \"A\"}|{\"building\":\"HQ\",\"floor\":2,\"zone\":\"A\"}",
        "{\"zone\":\"A\",\"floor\":2,\"building\":\"HQ\"}|{\"building\":\"HQ\",\"floor\":2,\"zone\":\"A\"}",
        "{ \"x\" : \"abc\", \"y\" : false, \"z\": 10} |{\"x\":\"abc\",\"y\":false,\"z\":10}",
        "[-1, 12, 289, 2188, false,]|[-1,12,289,2188,false,undefined]",
        "{}|{}",
        "[]|[]",
        "[{}, [], [[]], {\"a\": {}}]|[{},[],[[]],{\"a\":{}}]",
        "null|null",
        "NULL|null",
        "True|true",
        "FALSE|false",
        "-17|-17",
        "0|0",
        "-0|0",
        "007|7",
        "+5|5",
        "123.12|123.12",
        "23.5|23.5",
        "5.000|5",
        "-0.05|-0.05",
        ".5|0.5",
        "5.|5",
        "1.912e2|1.912000000000000e+02",
        "1E-7|1.000000000000000e-07",
        "-2.5e+300|-2.500000000000000e+300",
        "0e0|0.000000000000000e+00",
        "NaN|NaN",
        "-Infinity|-Infinity",
        "+inf|Infinity",
        "-NaN|NaN",
        "[nan, INF]|[NaN,Infinity]",
        "9223372036854775807|9223372036854775807",
        "-9223372036854775808|-9223372036854775808",
        "9223372036854775808|9223372036854775808",
        "12345678901234567890123456789012345678|12345678901234567890123456789012345678",
        "123456789012345678901234567890123456789|1.234567890123457e+38",
        "1.2345678901234567890123456789|1.2345678901234567890123456789",
        "0.1234567890123456789012345678901234567890|1.234567890123457e-01",
        "1.50000000000000000000000000000000000000000|1.5",
        "\"Om ara pa ca na dhih\"  |\"Om ara pa ca na dhih\"",
        "\"\"|\"\"",
        "\"quote \\\" backslash \\\\ slash \\/ tab \\t nl \\n cr \\r bs \\b ff \\f\"|\"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bs \\b ff \\f\"",
        "\"\\u0001\\u001f\"|\"\\u0001\\u001f\"",
        "\"caf\\u00e9 \\u4e2d\\u6587 \\ud83d\\ude00\"|\"café 中文 😀\"",
        "\"café 中文 😀\"|\"café 中文 😀\"",
        "{\"Name\": 1, \"name\": 2, \"NAME\": 3}|{\"NAME\":3,\"Name\":1,\"name\":2}",
        "{\"é\": 1, \"z\": 2, \"a\": 3}|{\"a\":3,\"z\":2,\"é\":1}",
        "{unquoted: 1, _x2: [true, null]}|{\"_x2\":[true,null],\"unquoted\":1}",
        "{\"a\": 1,}|{\"a\":1}",
        "{\"a\":{\"b\":{\"c\":{\"d\":[1,[2,[3,{\"e\":\"deep\"}]]]}}}}|{\"a\":{\"b\":{\"c\":{\"d\":[1,[2,[3,{\"e\":\"deep\"}]]]}}}}",
    })
    void rendersAsSnowflakeDoes(String json, String expected) {
        assertEquals(expected, Variant.toJson(Variant.parseJson(json)));
    }

    /** Canonical renderings parse back to the same bytes: one encoding per value, and stable text. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"building\":\"HQ\",\"floor\":2,\"zone\":\"A\"}", "{}", "[]", "[{},[],[[]],{\"a\":{}}]", "null", "true",
        "false", "-17", "0", "123.12", "-0.05", "1.912000000000000e+02", "NaN", "-Infinity", "9223372036854775807",
        "-9223372036854775808", "9223372036854775808", "-12345678901234567890123456789012345678",
        "1.2345678901234567890123456789", "\"caf\u00e9 \u4e2d\u6587 \ud83d\ude00\"", "\"\\u0001\\n\\\"\"",
        "{\"NAME\":3,\"Name\":1,\"name\":2}", "[1,[2,[3,{\"e\":[true,false,null]}]]]",
    })
    void canonicalTextParsesBackToTheSameBytes(String canonical) {
        byte[] v = Variant.parseJson(canonical);
        assertEquals(canonical, Variant.toJson(v));
        assertArrayEquals(v, Variant.parseJson(Variant.toJson(v)));
    }

    @Test
    void emptyAndBlankTextIsSqlNull() {
        assertNull(Variant.parseJson(""));
        assertNull(Variant.parseJson(" \n\t "));
        assertNull(Variant.parseJson(null));
        assertNull(Variant.toJson(null));
    }

    @Test
    void longStringsAndLargeContainersRoundTrip() {
        String big = "x".repeat(70_000) + "é";
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 3000; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":[").append(i).append(",\"v").append(i).append("\"]");
        }
        json.append(",\"big\":\"").append(big).append("\"}");
        byte[] v = Variant.parseJson(json.toString());
        assertEquals("x".repeat(70_000) + "é", Variant.asString(Variant.getField(v, "big")));
        assertEquals("[2999,\"v2999\"]", Variant.toJson(Variant.getField(v, "k2999")));
        assertEquals(3001, VariantReader.fieldCount(v, 0));
        assertArrayEquals(v, Variant.parseJson(Variant.toJson(v)));
    }

    @Test
    void duplicateKeysKeepTheLastValueWhenAllowed() {
        byte[] v = Variant.parseJson("{ \"a\" : \"123\", \"b\" : \"456\", \"a\": \"789\"} ", true);
        assertEquals("{\"a\":\"789\",\"b\":\"456\"}", Variant.toJson(v));
        assertEquals("{\"a\":{\"a\":3}}", Variant.toJson(Variant.parseJson("{\"a\":{\"a\":1,\"a\":3}}", true)));
    }

    @Test
    void nestedAndSiblingObjectsMayReuseAName() {
        assertEquals("{\"a\":{\"a\":1}}", Variant.toJson(Variant.parseJson("{\"a\":{\"a\":1}}")));
        assertEquals("[{\"a\":1},{\"a\":1}]", Variant.toJson(Variant.parseJson("[{\"a\":1},{\"a\":1}]")));
    }

    @Test
    void unpairedSurrogateEscapesBecomeQuestionMarks() {
        assertEquals("\"a?b\"", Variant.toJson(Variant.parseJson("\"a\\ud800b\"")));
        assertEquals("\"?\"", Variant.toJson(Variant.parseJson("\"\\udc00\"")));
    }
}
