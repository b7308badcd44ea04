package dev.floe.types.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PARSE_JSON's refusals: Snowflake's sentences and 1-based positions. */
class JsonParseErrorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "cdefg|unknown keyword \"cdefg\", pos 6",
        "nul|unknown keyword \"nul\", pos 4",
        "e|unknown keyword \"e\", pos 2",
        "a:1|unknown keyword \"a\", pos 2",
        "-a|unknown keyword \"-a\", pos 3",
        "{\"a\":[1,{\"b\":x}]}|unknown keyword \"x\", pos 15",
        "}|misplaced }, pos 1",
        "]|misplaced ], pos 1",
        "{bad}|misplaced }, pos 5",
        "{\"a\"}|misplaced }, pos 5",
        "{\"a\":}|misplaced }, pos 6",
        "[1}|misplaced }, pos 3",
        "{\"a\":1]|misplaced ], pos 7",
        "{\"a\":1,\"b\"}|misplaced }, pos 11",
        "{\"a\":1,,}|misplaced comma, pos 8",
        "[1,,2]|misplaced comma, pos 4",
        "[:]|misplaced colon, pos 2",
        "{1:2}|object key expected, pos 2",
        "{[]:2}|object key expected, pos 2",
        "{\"a\":1,]|misplaced ], pos 8",
        "{,}|misplaced comma, pos 2",
        "{:1}|misplaced colon, pos 2",
        "{#:1}|invalid character outside of a string: '#', pos 2",
        "truex|unknown keyword \"truex\", pos 6",
        "+nan1|unknown keyword \"+nan1\", pos 6",
        "{|incomplete object value, pos 2",
        "[|incomplete array value, pos 2",
        "{\"a\":1|incomplete object value, pos 7",
        "{\"a\":|incomplete object value, pos 6",
        "{\"a\"|incomplete object value, pos 5",
        "[1,2|incomplete array value, pos 5",
        "[1,|incomplete array value, pos 4",
        "{\"a\":[1,2|incomplete array value, pos 10",
        "\"abc|unfinished string, pos 5",
        "\"abc\\|unfinished string, pos 6",
        "\"\\u12|unfinished string, pos 6",
        "\"\\q\"|invalid escape sequence '\\q', pos 3",
        "\"\\u12x4\"|invalid \\u escape sequence, pos 6",
        "[1 2]|missing comma, pos 4",
        "[1,2 3]|missing comma, pos 6",
        "{\"a\":1 \"b\":2}|missing comma, pos 8",
        "{\"a\" 1}|missing colon, pos 6",
        "{\"a\":1,\"a\":2}|duplicate object attribute \"a\", pos 10",
        "{\"abc\":1,\"abc\":2}|duplicate object attribute \"abc\", pos 14",
        "{\"a\":1,\"a\":2,\"a\":3}|duplicate object attribute \"a\", pos 10",
        "{ \"a\" : \"123\", \"b\" : \"456\", \"a\": \"789\"} |duplicate object attribute \"a\", pos 31",
        "{\"b\":1,\"a\":1,\"b\":2,\"a\":2}|duplicate object attribute \"b\", pos 16",
        "#|invalid character outside of a string: '#', pos 1",
        "@1|invalid character outside of a string: '@', pos 1",
        "{@:1}|invalid character outside of a string: '@', pos 2",
        "[@]|invalid character outside of a string: '@', pos 2",
        "{$a$:1}|invalid character outside of a string: '$', pos 2",
        "-|no number after a sign, pos 2",
        "--1|stray minus sign, pos 2",
        "1e|missing decimal exponent digits: '1e', pos 3",
        "1e+|missing decimal exponent digits: '1e+', pos 4",
        "1a|garbage in the numeric literal: 1a , pos 3",
        "1.2.3|garbage in the numeric literal: 1.2.3 , pos 6",
        "-.|garbage in the numeric literal: -. , pos 3",
        "{} {}|more than one document in the input",
        "[1] [2]|more than one document in the input",
        "\"a\" \"b\"|more than one document in the input",
        "1 {}|more than one document in the input",
        "1 2|garbage after valid input document",
        "{} 1|garbage after valid input document",
        "\"a\"x|garbage after valid input document",
        ",1|garbage after valid input document",
    })
    void refusesWithSnowflakesMessage(String json, String expected) {
        VariantException e = assertThrows(VariantException.class, () -> Variant.parseJson(json));
        assertEquals("Error parsing JSON: " + expected, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void refusesNestingBeyondAThousandLevels() {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        VariantException e = assertThrows(VariantException.class, () -> Variant.parseJson(deep));
        assertEquals("Error parsing JSON: document is nested more than 1000 levels deep, pos 1001", e.getMessage());
        assertEquals(1000 * 2, Variant.toJson(Variant.parseJson("[".repeat(1000) + "]".repeat(1000))).length());
    }
}
