package dev.floe.types.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantCastsTest {
    private static byte[] json(String text) {
        return Variant.parseJson(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "SQLNULL", value = {
        "\"HQ\"|HQ",
        "\"with \\\"quotes\\\"\"|with \"quotes\"",
        "2|2",
        "23.5|23.5",
        "5.000|5",
        "-0.05|-0.05",
        "123456789012345678901234567890|123456789012345678901234567890",
        "1.912e2|191.2",
        "1e20|1e+20",
        "1.5e-7|1.5e-07",
        "0.1e0|0.1",
        "0.30000000000000004e0|0.3",
        "123456789012345e0|123456789012345",
        "1234567890123456e0|1.23456789012346e+15",
        "0.0001e0|0.0001",
        "-0e0|-0",
        "NaN|NaN",
        "-Infinity|-inf",
        "true|true",
        "false|false",
        "{\"b\":[1,2],\"a\":null}|{\"a\":null,\"b\":[1,2]}",
        "null|SQLNULL",
    })
    void castToString(String value, String expected) {
        assertEquals(expected, Variant.asString(json(value)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2|2",
        "-9223372036854775808|-9223372036854775808",
        "23.5|24",
        "23.4999|23",
        "-2.5|-3",
        "-2.4|-2",
        "0.5|1",
        "0.0000000000000000000005|0",
        "1.2345678901234567890123456789|1",
        "9223372036854775807.4|9223372036854775807",
        "23.7e0|24",
        "-2.5e0|-3",
        "0.49999999999999994e0|0",
        "\"12\"|12",
        "\" 12 \"|12",
        "\"12.5\"|13",
        "\"-12.5\"|-13",
        "\"1e3\"|1000",
        "\"+7\"|7",
        "true|1",
        "false|0",
    })
    void castToLong(String value, long expected) {
        assertEquals(expected, Variant.asLong(json(value)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"abc\"|Failed to cast variant value \"abc\" to FIXED",
        "\"\"|Failed to cast variant value \"\" to FIXED",
        "\"NaN\"|Failed to cast variant value \"NaN\" to FIXED",
        "\"0x10\"|Failed to cast variant value \"0x10\" to FIXED",
        "\"1..2\"|Failed to cast variant value \"1..2\" to FIXED",
        "[1]|Failed to cast variant value [1] to FIXED",
        "{\"a\":1}|Failed to cast variant value {\"a\":1} to FIXED",
        "NaN|Failed to cast variant value NaN to FIXED",
        "Infinity|Failed to cast variant value Infinity to FIXED",
        "1e20|Numeric value '100000000000000000000' is out of range",
        "-9.3e18|Numeric value '-9300000000000000000' is out of range",
        "9223372036854775807.5|Numeric value '9223372036854775808' is out of range",
        "123456789012345678901234567890|Numeric value '123456789012345678901234567890' is out of range",
        "\" 1e400\"|Numeric value '1e400' is out of range",
        "\"123456789012345678901\"|Numeric value '123456789012345678901' is out of range",
    })
    void castToLongFailures(String value, String message) {
        assertEquals(message, assertThrows(VariantException.class, () -> Variant.asLong(json(value))).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2|2.0",
        "23.5|23.5",
        "0.1|0.1",
        "123456789012345678901234567890|1.2345678901234568E29",
        "1.912e2|191.2",
        "\"1.5\"|1.5",
        "\" -2e3 \"|-2000.0",
        "\"NaN\"|NaN",
        "\"inf\"|Infinity",
        "\"-Infinity\"|-Infinity",
        "true|1.0",
        "false|0.0",
    })
    void castToDouble(String value, double expected) {
        assertEquals(expected, Variant.asDouble(json(value)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"abc\"|Failed to cast variant value \"abc\" to REAL",
        "\"1.5f\"|Failed to cast variant value \"1.5f\" to REAL",
        "\"0x1p3\"|Failed to cast variant value \"0x1p3\" to REAL",
        "[]|Failed to cast variant value [] to REAL",
    })
    void castToDoubleFailures(String value, String message) {
        assertEquals(message, assertThrows(VariantException.class, () -> Variant.asDouble(json(value))).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "true|true", "false|false", "1|true", "0|false", "-3|true", "0.5|true", "0.0|false", "0e0|false",
        "2.5e0|true", "123456789012345678901234567890|true",
        "\"true\"|true", "\"T\"|true", "\"yes\"|true", "\"Y\"|true", "\"on\"|true", "\"1\"|true",
        "\"FALSE\"|false", "\"f\"|false", "\"No\"|false", "\"n\"|false", "\"off\"|false", "\" 0 \"|false",
    })
    void castToBoolean(String value, boolean expected) {
        assertEquals(expected, Variant.asBoolean(json(value)));
    }

    @Test
    void castToBooleanFailures() {
        assertEquals("Failed to cast variant value \"maybe\" to BOOLEAN",
            assertThrows(VariantException.class, () -> Variant.asBoolean(json("\"maybe\""))).getMessage());
        assertEquals("Failed to cast variant value {} to BOOLEAN",
            assertThrows(VariantException.class, () -> Variant.asBoolean(json("{}"))).getMessage());
    }

    @Test
    void primitiveCastsOfNullsAreCallerErrors() {
        byte[] jsonNull = Variant.ofNull();
        assertEquals("JSON null casts to SQL NULL; test for it before a primitive cast",
            assertThrows(IllegalArgumentException.class, () -> Variant.asLong(jsonNull)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Variant.asDouble(jsonNull));
        assertThrows(IllegalArgumentException.class, () -> Variant.asBoolean(jsonNull));
        assertEquals("SQL NULL casts to SQL NULL; test for it before a primitive cast",
            assertThrows(IllegalArgumentException.class, () -> Variant.asLong(null)).getMessage());
        assertNull(Variant.asString(null));
    }

    @Test
    void scalarFunctionsMatchTheVariantCasts() {
        assertEquals("42", VariantCasts.longToString(42));
        assertEquals(42.0, VariantCasts.longToDouble(42));
        assertTrue(VariantCasts.longToBoolean(-1));
        assertFalse(VariantCasts.longToBoolean(0));
        assertEquals("191.2", VariantCasts.doubleToString(191.2));
        assertEquals(24, VariantCasts.doubleToLong(23.5));
        assertFalse(VariantCasts.doubleToBoolean(-0.0));
        assertEquals(12, VariantCasts.stringToLong("12"));
        assertEquals(1.5, VariantCasts.stringToDouble("1.5"));
        assertTrue(VariantCasts.stringToBoolean("yes"));
        assertEquals("false", VariantCasts.booleanToString(false));
        assertEquals(1, VariantCasts.booleanToLong(true));
        assertEquals(0.0, VariantCasts.booleanToDouble(false));
    }

    @Test
    void constructorsOfScalars() {
        assertEquals("\"x\"", Variant.toJson(Variant.ofString("x")));
        assertNull(Variant.ofString(null));
        assertEquals("-5", Variant.toJson(Variant.ofLong(-5)));
        assertEquals("2.500000000000000e+00", Variant.toJson(Variant.ofDouble(2.5)));
        assertEquals("true", Variant.toJson(Variant.ofBoolean(true)));
        assertEquals(VariantType.DECIMAL, Variant.typeOf(Variant.ofDecimal(2350, 2)));
        assertEquals("23.5", Variant.toJson(Variant.ofDecimal(2350, 2)));
        assertEquals(VariantType.INTEGER, Variant.typeOf(Variant.ofDecimal(7, 0)));
        assertEquals("-0.000000000000000000000000000000000001", Variant.toJson(Variant.ofDecimal(-1, 36)));
        assertEquals(VariantType.DECIMAL, Variant.typeOf(Variant.ofDecimal(new java.math.BigDecimal("5.00"))));
        assertEquals(VariantType.INTEGER, Variant.typeOf(Variant.ofDecimal(new java.math.BigDecimal("99999999999999999999"))));
        assertNull(Variant.ofDecimal(null));
        assertEquals("scale 38 is outside 0..37",
            assertThrows(IllegalArgumentException.class, () -> Variant.ofDecimal(1, 38)).getMessage());
        assertEquals("more than 38 digits: 123456789012345678901234567890123456789",
            assertThrows(IllegalArgumentException.class,
                () -> Variant.ofDecimal(new java.math.BigDecimal("123456789012345678901234567890123456789"))).getMessage());
    }
}
