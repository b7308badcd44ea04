package dev.floe.types.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VariantOrderTest {

    private static List<String> sorted(String... json) {
        List<byte[]> values = new ArrayList<>();
        for (String j : json) {
            values.add(Variant.parseJson(j));
        }
        values.sort(Variant::compare);
        List<String> out = new ArrayList<>();
        for (byte[] v : values) {
            out.add(Variant.toJson(v));
        }
        return out;
    }

    @Test
    void ordersByKindThenValue() {
        assertEquals(List.of("-Infinity", "-2", "-1.5", "0.000000000000000e+00", "1", "1.5", "2.5",
                "1.000000000000000e+20", "123456789012345678901234567890", "Infinity", "NaN",
                "\"\"", "\"B\"", "\"a\"", "\"ab\"", "\"é\"",
                "false", "true",
                "[]", "[1]", "[1,2]", "[2]",
                "{}", "{\"a\":1}", "{\"a\":1,\"b\":1}", "{\"a\":2}", "{\"b\":0}",
                "null"),
            sorted("null", "{\"b\":0}", "[2]", "true", "\"é\"", "NaN", "Infinity", "1.5", "[1,2]", "{\"a\":2}", "\"ab\"",
                "{}", "-2", "false", "2.5", "\"a\"", "{\"a\":1,\"b\":1}", "[]", "\"B\"", "0e0", "1e20", "-1.5",
                "\"\"", "123456789012345678901234567890", "[1]", "{\"a\":1}", "-Infinity", "1"));
    }

    @Test
    void numbersAreEqualAcrossKinds() {
        String[][] equalGroups = {
            {"1", "1.0", "1e0", "1.000"},
            {"0", "-0", "0.0", "0e0", "-0e0"},
            {"0.5", "5e-1", "0.50"},
            {"9223372036854775808", "9.223372036854775808e18", "9223372036854775808.000"},
            {"-123456789012345678901234567890", "-123456789012345678901234567890.0"},
            {"NaN", "nan"},
        };
        for (String[] group : equalGroups) {
            byte[] first = Variant.parseJson(group[0]);
            for (String other : group) {
                byte[] v = Variant.parseJson(other);
                assertTrue(Variant.equals(first, v), group[0] + " = " + other);
                assertEquals(Variant.hash(first), Variant.hash(v), group[0] + " hash " + other);
            }
        }
        assertFalse(Variant.equals(Variant.parseJson("0.1"), Variant.parseJson("0.1e0")),
            "the DOUBLE 0.1 is 0.1000000000000000055..., not the DECIMAL 0.1");
        assertFalse(Variant.equals(Variant.parseJson("9223372036854775807"), Variant.parseJson("9.223372036854775807e18")));
        assertTrue(Variant.compare(Variant.parseJson("9223372036854775807"), Variant.parseJson("9.223372036854775807e18")) < 0);
        assertTrue(Variant.compare(Variant.parseJson("1.05"), Variant.parseJson("1.1")) < 0);
        assertTrue(Variant.compare(Variant.parseJson("0.00000000000000000001"), Variant.parseJson("1000000000000000000")) < 0);
    }

    @Test
    void sqlNullSortsLast() {
        assertEquals(1, Variant.compare(null, Variant.ofNull()));
        assertEquals(-1, Variant.compare(Variant.ofNull(), null));
        assertEquals(0, Variant.compare(null, null));
        assertTrue(Variant.equals(null, null));
        assertFalse(Variant.equals(null, Variant.ofNull()));
        assertEquals(0, Variant.hash(null));
    }

    @Test
    void undefinedElementsSortAfterJsonNull() {
        byte[] withUndefined = Variant.arrayBuilder().add((byte[]) null).build();
        byte[] withNull = Variant.arrayBuilder().add(Variant.ofNull()).build();
        assertTrue(Variant.compare(withNull, withUndefined) < 0);
        byte[] trailingComma = Variant.parseJson("[1,]");
        byte[] constructed = Variant.arrayBuilder().add(1).add((byte[]) null).build();
        assertTrue(Variant.equals(trailingComma, constructed));
        assertEquals(Variant.hash(trailingComma), Variant.hash(constructed));
    }

    /** compare is a total order and hash agrees with it, over random values that often collide. */
    @Test
    void compareEqualsAndHashAreConsistent() {
        Random random = new Random(42);
        byte[][] values = new byte[400][];
        for (int i = 0; i < values.length; i++) {
            values[i] = Variant.parseJson(RandomJson.value(random, 2));
        }
        for (byte[] a : values) {
            assertEquals(0, Variant.compare(a, a.clone()));
            for (byte[] b : values) {
                int ab = Variant.compare(a, b);
                assertEquals(Integer.signum(ab), -Integer.signum(Variant.compare(b, a)));
                if (ab == 0) {
                    assertEquals(Variant.hash(a), Variant.hash(b), Variant.toJson(a) + " vs " + Variant.toJson(b));
                }
            }
        }
        byte[][] sorted = values.clone();
        Arrays.sort(sorted, Variant::compare);
        for (int i = 2; i < sorted.length; i++) { // transitivity along the sorted sequence
            assertTrue(Variant.compare(sorted[i - 2], sorted[i]) <= 0);
        }
    }
}
