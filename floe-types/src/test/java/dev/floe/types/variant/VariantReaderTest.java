package dev.floe.types.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VariantReaderTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsScalarsInPlace() {
        byte[] v = Variant.parseJson("{\"s\":\"HQ\",\"i\":-300,\"d\":23.5,\"f\":1e3,\"b\":true,\"n\":null}");
        int s = VariantReader.findField(v, 0, utf8("s"));
        assertEquals(VariantType.STRING, VariantReader.typeAt(v, s));
        assertEquals("HQ", VariantReader.stringAt(v, s));
        assertEquals(2, VariantReader.stringLengthAt(v, s));
        assertTrue(VariantReader.stringEquals(v, s, utf8("HQ")));
        assertFalse(VariantReader.stringEquals(v, s, utf8("HQ2")));
        assertEquals(0, VariantReader.compareString(v, s, utf8("HQ")));
        assertTrue(VariantReader.compareString(v, s, utf8("HR")) < 0);
        assertEquals(VariantReader.utf8Hash(utf8("HQ")), VariantReader.stringHash(v, s));
        int i = VariantReader.findField(v, 0, utf8("i"));
        assertTrue(VariantReader.isLongAt(v, i));
        assertEquals(-300, VariantReader.longAt(v, i));
        int d = VariantReader.findField(v, 0, utf8("d"));
        assertEquals(VariantType.DECIMAL, VariantReader.typeAt(v, d));
        assertEquals(235, VariantReader.decimalUnscaledAt(v, d));
        assertEquals(1, VariantReader.decimalScaleAt(v, d));
        assertEquals(23.5, VariantReader.doubleAt(v, d));
        assertEquals(new BigDecimal("23.5"), VariantReader.bigDecimalAt(v, d));
        assertEquals(1000.0, VariantReader.doubleAt(v, VariantReader.findField(v, 0, utf8("f"))));
        assertTrue(VariantReader.booleanAt(v, VariantReader.findField(v, 0, utf8("b"))));
        assertTrue(VariantReader.isNullAt(v, VariantReader.findField(v, 0, utf8("n"))));
        assertEquals(-1, VariantReader.findField(v, 0, utf8("x")));
        assertEquals(-1, VariantReader.findField(v, s, utf8("s")));
        assertEquals(v.length, VariantReader.sizeAt(v, 0));
    }

    @Test
    void scalarReadersRefuseOtherKinds() {
        byte[] v = Variant.parseJson("\"text\"");
        assertEquals("expected INTEGER at offset 0 but found tag 0xa",
            assertThrows(IllegalArgumentException.class, () -> VariantReader.longAt(v, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> VariantReader.booleanAt(v, 0));
        assertThrows(IllegalArgumentException.class, () -> VariantReader.doubleAt(v, 0));
        assertThrows(IllegalArgumentException.class, () -> VariantReader.decimalUnscaledAt(v, 0));
        assertThrows(IllegalArgumentException.class, () -> VariantReader.bigDecimalAt(v, 0));
        assertThrows(IllegalArgumentException.class, () -> VariantReader.stringAt(Variant.ofLong(1), 0));
        assertEquals("not a variant value: tag 0x7f at offset 0",
            assertThrows(IllegalArgumentException.class, () -> VariantReader.typeAt(new byte[] {0x7f}, 0)).getMessage());
    }

    /** The worked example of docs/variant-format.md, byte for byte. */
    @Test
    void encodesTheDocumentedExample() {
        byte[] expected = {
            0x0C, 1, 3,
            0, 8, 13, 17,
            0, 4, 6, 9,
            'b', 'u', 'i', 'l', 'd', 'i', 'n', 'g', 'f', 'l', 'o', 'o', 'r', 'z', 'o', 'n', 'e',
            0x0A, 2, 'H', 'Q', 0x03, 2, 0x0A, 1, 'A',
        };
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected,
            Variant.parseJson("{\"zone\": \"A\", \"building\": \"HQ\", \"floor\": 2}"));
    }

    @Test
    void integersTakeTheNarrowestWidth() {
        assertEquals(2, Variant.ofLong(-128).length);
        assertEquals(3, Variant.ofLong(128).length);
        assertEquals(5, Variant.ofLong(-40_000).length);
        assertEquals(9, Variant.ofLong(1L << 40).length);
        for (long x : new long[] {0, 127, -128, 32767, -32768, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(x, VariantReader.longAt(Variant.ofLong(x), 0));
        }
    }

    @Test
    void stringsLongerThan255BytesUseTheWideHeader() {
        String s = "é".repeat(200);
        byte[] v = Variant.ofString(s);
        assertEquals(VariantFormat.STRING, VariantReader.tagAt(v, 0));
        assertEquals(405, VariantReader.sizeAt(v, 0));
        assertEquals(s, VariantReader.stringAt(v, 0));
        assertEquals(VariantFormat.SHORT_STRING, VariantReader.tagAt(Variant.ofString("x".repeat(255)), 0));
    }

    @Test
    void containerWidthsGrowWithTheirSize() {
        ObjectBuilder wide = Variant.objectBuilder();
        for (int i = 0; i < 300; i++) {
            wide.put("key" + i, "value" + i);
        }
        byte[] v = wide.build();
        assertEquals(2, v[1]);
        assertEquals("value299", VariantReader.stringAt(v, VariantReader.findField(v, 0, utf8("key299"))));
        ArrayBuilder huge = Variant.arrayBuilder();
        for (int i = 0; i < 20_000; i++) {
            huge.add("element" + i);
        }
        byte[] a = huge.build();
        assertEquals(4, a[1]);
        assertEquals(20_000, VariantReader.arraySizeAt(a, 0));
        assertEquals("element19999", VariantReader.stringAt(a, VariantReader.elementAt(a, 0, 19_999)));
        assertEquals(a.length, VariantReader.sizeAt(a, 0));
    }

    @Test
    void iteratesObjectFieldsInKeyOrder() {
        byte[] v = Variant.parseJson("{\"b\":2,\"a\":1,\"c\":3}");
        assertEquals(3, VariantReader.fieldCount(v, 0));
        assertEquals("a", VariantReader.keyAt(v, 0, 0));
        assertEquals("c", VariantReader.keyAt(v, 0, 2));
        assertEquals(2, VariantReader.longAt(v, VariantReader.fieldValueAt(v, 0, 1)));
        assertEquals(-1, VariantReader.fieldCount(Variant.parseJson("[]"), 0));
    }
}
