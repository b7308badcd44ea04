package dev.floe.types.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NavigationTest {
    private static final byte[] DOC = Variant.parseJson("{\"location\": {\"building\": \"HQ\", \"floor\": 2, \"zone\": \"A\"},"
        + " \"tags\": [\"a\", {\"x\": [10, 20]}, null], \"Quoted Key\": {\"it's\": 1}, \"a.b\": 5, \"n\": null, \"Case\": 1, \"case\": 2}");

    @Test
    void typeofNamesEveryKind() {
        assertEquals("NULL_VALUE", Variant.typeOf(Variant.parseJson("null")).typeofName());
        assertEquals("BOOLEAN", Variant.typeOf(Variant.parseJson("true")).typeofName());
        assertEquals("INTEGER", Variant.typeOf(Variant.parseJson("-17")).typeofName());
        assertEquals("INTEGER", Variant.typeOf(Variant.parseJson("123456789012345678901234567890")).typeofName());
        assertEquals("DECIMAL", Variant.typeOf(Variant.parseJson("123.12")).typeofName());
        assertEquals("DECIMAL", Variant.typeOf(Variant.parseJson("5.000")).typeofName());
        assertEquals("DECIMAL", Variant.typeOf(Variant.parseJson("1.2345678901234567890123456789")).typeofName());
        assertEquals("DOUBLE", Variant.typeOf(Variant.parseJson("1.912e2")).typeofName());
        assertEquals("VARCHAR", Variant.typeOf(Variant.parseJson("\"x\"")).typeofName());
        assertEquals("OBJECT", Variant.typeOf(DOC).typeofName());
        assertEquals("ARRAY", Variant.typeOf(Variant.parseJson("[]")).typeofName());
        assertNull(Variant.typeOf(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "SQLNULL", value = {
        "location|{\"building\":\"HQ\",\"floor\":2,\"zone\":\"A\"}",
        "location.building|\"HQ\"",
        "location.floor|2",
        "location.missing|SQLNULL",
        "location.building.deeper|SQLNULL",
        "tags[0]|\"a\"",
        "tags[1].x[1]|20",
        "tags[1]['x'][0]|10",
        "tags[1][\"x\"]|[10,20]",
        "tags[2]|null",
        "tags[3]|SQLNULL",
        "tags.x|SQLNULL",
        "location[0]|SQLNULL",
        "\"Quoted Key\".\"it's\"|1",
        "['Quoted Key']['it''s']|1",
        "\"a.b\"|5",
        "a.b|SQLNULL",
        "n|null",
        "Case|1",
        "case|2",
        "CASE|SQLNULL",
    })
    void getPathFollowsSnowflakeSyntax(String path, String expectedJson) {
        assertEquals(expectedJson, Variant.toJson(Variant.getPath(DOC, path)));
        assertEquals(expectedJson, Variant.toJson(VariantPath.parse(path).extract(DOC)));
    }

    @Test
    void getFieldAndGetIndex() {
        assertEquals("\"HQ\"", Variant.toJson(Variant.getField(Variant.getField(DOC, "location"), "building")));
        assertNull(Variant.getField(DOC, "LOCATION"));
        assertNull(Variant.getField(Variant.parseJson("[1]"), "a"));
        assertNull(Variant.getField(Variant.parseJson("\"location\""), "location"));
        assertNull(Variant.getField(null, "a"));
        byte[] array = Variant.parseJson("[1, \"two\", [3], {}]");
        assertEquals("\"two\"", Variant.toJson(Variant.getIndex(array, 1)));
        assertEquals("[3]", Variant.toJson(Variant.getIndex(array, 2)));
        assertNull(Variant.getIndex(array, 4));
        assertNull(Variant.getIndex(array, -1));
        assertNull(Variant.getIndex(DOC, 0));
        assertNull(Variant.getIndex(null, 0));
    }

    @Test
    void undefinedElementsCountButReadAsSqlNull() {
        byte[] array = Variant.parseJson("[1,]");
        assertEquals(2, Variant.arraySize(array));
        assertNull(Variant.getIndex(array, 1));
        assertEquals(-1, VariantReader.elementAt(array, 0, 1));
    }

    @Test
    void arraySize() {
        assertEquals(3, Variant.arraySize(Variant.parseJson("[1,[2,3],{}]")));
        assertEquals(0, Variant.arraySize(Variant.parseJson("[]")));
        assertEquals(-1, Variant.arraySize(Variant.parseJson("{}")));
        assertEquals(-1, Variant.arraySize(Variant.parseJson("\"[1]\"")));
        assertEquals(-1, Variant.arraySize(null));
    }

    @Test
    void pathsCompileFromElements() {
        VariantPath path = VariantPath.of(List.of("tags", 1, "x", 0));
        assertEquals("tags[1].x[0]", path.toString());
        assertEquals(4, path.length());
        assertEquals(List.of("tags", 1, "x", 0), path.elements());
        assertEquals(path, VariantPath.parse("tags[1].x[0]"));
        assertEquals(path.hashCode(), VariantPath.parse("tags[1]['x'][0]").hashCode());
        int offset = path.locate(DOC);
        assertEquals(10, VariantReader.longAt(DOC, offset));
        assertEquals(-1, VariantPath.of("nope").locate(DOC));
        assertEquals(-1, path.locate(null));
        assertEquals(0, VariantPath.of(List.of()).locate(DOC));
        assertEquals("\"Quoted Key\".\"it\"\"s\"", VariantPath.of("Quoted Key", "it\"s").toString());
        assertEquals(VariantPath.of("Quoted Key", "it\"s"), VariantPath.parse("\"Quoted Key\".\"it\"\"s\""));
        assertEquals(-1, VariantPath.of("tags", -1).locate(DOC));
    }

    @Test
    void pathElementsMustBeNamesOrIndexes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VariantPath.of("a", 1.5));
        assertEquals("path element 1 is neither a String field name nor an Integer index: 1.5", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a..b|Invalid extraction path 'a..b': a field name is missing at position 3",
        "a.|Invalid extraction path 'a.': a field name is missing at the end",
        "a[|Invalid extraction path 'a[': unclosed '['",
        "a[1|Invalid extraction path 'a[1': unclosed '['",
        "a[x]|Invalid extraction path 'a[x]': an index or a quoted name is expected at position 3",
        "a['x'|Invalid extraction path 'a['x'': unclosed '['",
        "a[99999999999]|Invalid extraction path 'a[99999999999]': index 99999999999 is too large",
        "\"abc|Invalid extraction path '\"abc': unclosed \"",
        "a b|Invalid extraction path 'a b': unexpected ' ' at position 2",
        "-a|Invalid extraction path '-a': a field name is missing at position 1",
    })
    void malformedPathsAreRefused(String path, String message) {
        VariantException e = assertThrows(VariantException.class, () -> VariantPath.parse(path));
        assertEquals(message, e.getMessage());
    }

    @Test
    void emptyPathIsRefused() {
        assertEquals("Invalid extraction path '': the path is empty",
            assertThrows(VariantException.class, () -> VariantPath.parse("")).getMessage());
    }

    @Test
    void jsonNullIsAValueNotSqlNull() {
        byte[] n = Variant.getField(DOC, "n");
        assertTrue(Variant.isJsonNull(n));
        assertFalse(Variant.isJsonNull(null));
        assertFalse(Variant.isJsonNull(Variant.parseJson("0")));
        assertNull(Variant.asString(n));
        assertEquals("null", Variant.toJson(Variant.ofNull()));
    }
}
