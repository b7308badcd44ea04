package dev.floe.types.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.VariantVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class VariantShredderTest {

    private static VariantVector column(String... json) {
        VariantVector v = new VariantVector(json.length);
        for (int i = 0; i < json.length; i++) {
            v.set(i, json[i] == null ? null : Variant.parseJson(json[i]));
        }
        return v;
    }

    private static List<String> describe(List<ShreddedPath> paths) {
        List<String> out = new ArrayList<>();
        for (ShreddedPath p : paths) {
            out.add(p.toString());
        }
        return out;
    }

    @Test
    void findsTheQuickstartLocationPaths() {
        VariantVector col = column(
            "{\"building\": \"HQ\", \"floor\": 2, \"zone\": \"A\"}",
            "{\"building\": \"Annex\", \"floor\": 1, \"zone\": \"B\"}",
            null,
            "{\"building\": \"HQ\", \"floor\": 3, \"zone\": \"C\", \"note\": \"rare\"}");
        List<ShreddedPath> paths = VariantShredder.findPaths(col, 4, 0.9);
        assertEquals(List.of("building STRING in 3 rows", "floor LONG in 3 rows", "zone STRING in 3 rows"), describe(paths));

        StringVector building = (StringVector) VariantShredder.extract(col, 4, paths.get(0));
        assertEquals("HQ", building.get(0));
        assertEquals("Annex", building.get(1));
        assertTrue(building.isNull(2));
        assertEquals("HQ", building.get(3));
        LongVector floor = (LongVector) VariantShredder.extract(col, 4, paths.get(1));
        assertEquals(2, floor.values[0]);
        assertEquals(3, floor.values[3]);
        assertTrue(floor.isNull(2));
        assertFalse(floor.isNull(1));
    }

    @Test
    void aLowerFractionAdmitsRarerPaths() {
        VariantVector col = column("{\"a\":1,\"b\":true}", "{\"a\":2}", "{\"a\":3}", "{\"a\":4}");
        assertEquals(List.of("a LONG in 4 rows"), describe(VariantShredder.findPaths(col, 4, 0.5)));
        assertEquals(List.of("a LONG in 4 rows", "b BOOLEAN in 1 rows"), describe(VariantShredder.findPaths(col, 4, 0.25)));
        BooleanVector b = (BooleanVector) VariantShredder.extract(col, 4, VariantShredder.findPaths(col, 4, 0.25).get(1));
        assertTrue(b.values[0]);
        assertTrue(b.isNull(1));
    }

    @Test
    void mixedKindsJsonNullsAndContainersAreNotShredded() {
        VariantVector col = column(
            "{\"mixed\": 1, \"withNull\": \"x\", \"container\": {\"inner\": \"deep\"}, \"arr\": [1], \"num\": 1, \"dbl\": 1.5e0}",
            "{\"mixed\": \"1\", \"withNull\": null, \"container\": {\"inner\": \"deeper\"}, \"arr\": [2], \"num\": 2.5, \"dbl\": 2e0}");
        assertEquals(List.of("container.inner STRING in 2 rows", "dbl DOUBLE in 2 rows", "num DOUBLE (FLOAT only) in 2 rows"),
            describe(VariantShredder.findPaths(col, 2, 1.0)));
    }

    @Test
    void aPathThatIsSometimesAnObjectKeepsItsChildren() {
        VariantVector col = column("{\"a\": {\"b\": 1}}", "{\"a\": {\"b\": 2}}", "{\"a\": 5}");
        assertEquals(List.of("a.b LONG in 2 rows"), describe(VariantShredder.findPaths(col, 3, 0.5)));
        LongVector ab = (LongVector) VariantShredder.extract(col, 3, VariantShredder.findPaths(col, 3, 0.5).get(0));
        assertEquals(1, ab.values[0]);
        assertTrue(ab.isNull(2));
    }

    @Test
    void pathsStopAtDepthThree() {
        VariantVector col = column("{\"a\": {\"b\": {\"c\": {\"d\": 1}, \"e\": \"x\"}}}");
        assertEquals(List.of("a.b.e STRING in 1 rows"), describe(VariantShredder.findPaths(col, 1, 1.0)));
    }

    @Test
    void wideIntegersMakeANumberPathAndQuotedNamesSurvive() {
        VariantVector col = column("{\"big\": 1, \"odd key\": 1}", "{\"big\": 99999999999999999999, \"odd key\": 2}");
        List<ShreddedPath> paths = VariantShredder.findPaths(col, 2, 1.0);
        assertEquals(List.of("\"odd key\" LONG in 2 rows", "big DOUBLE (FLOAT only) in 2 rows"), describe(paths));
        assertTrue(paths.get(1).servesCast(ScalarCast.FLOAT));
        assertFalse(paths.get(1).servesCast(ScalarCast.STRING));
        assertFalse(paths.get(1).servesCast(ScalarCast.INTEGER));
        DoubleVector big = (DoubleVector) VariantShredder.extract(col, 2, paths.get(1));
        assertEquals(1e20, big.values[1]);
        assertEquals(VariantPath.of("odd key"), paths.get(0).path());
    }

    @Test
    void nothingToShredInNonObjectsOrNullRows() {
        assertEquals(List.of(), VariantShredder.findPaths(column("[1]", "\"s\"", null), 3, 0.1));
        assertEquals(List.of(), VariantShredder.findPaths(column(null, null), 2, 0.1));
    }

    @Test
    void refusesABadFraction() {
        assertEquals("minFraction must be in (0, 1]: 0.0",
            assertThrows(IllegalArgumentException.class, () -> VariantShredder.findPaths(column("{}"), 1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> VariantShredder.findPaths(column("{}"), 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> VariantShredder.findPaths(column("{}"), 1, Double.NaN));
    }

    @Test
    void extractionRefusesRowsThatBreakTheKind() {
        VariantVector found = column("{\"a\": 1}", "{\"a\": 2}");
        ShreddedPath a = VariantShredder.findPaths(found, 2, 1.0).get(0);
        VariantVector other = column("{\"a\": 1}", "{\"a\": \"two\"}");
        assertEquals("row 1: path a holds VARCHAR, which a LONG sub-column cannot hold",
            assertThrows(IllegalArgumentException.class, () -> VariantShredder.extract(other, 2, a)).getMessage());
        ShreddedPath doubles = VariantShredder.findPaths(column("{\"d\": 1e0}"), 1, 1.0).get(0);
        assertEquals("row 0: path d holds DECIMAL, which a DOUBLE sub-column cannot hold",
            assertThrows(IllegalArgumentException.class, () -> VariantShredder.extract(column("{\"d\": 1.5}"), 1, doubles)).getMessage());
    }

    /**
     * The contract: for random documents, every cast the shredded path serves gives, from the
     * sub-column value, exactly what getPath + cast gives from the variant — value or failure message.
     */
    @Test
    void shreddedExtractionPlusCastEqualsPathPlusCast() {
        Random random = new Random(7);
        int rows = 600;
        VariantVector col = new VariantVector(rows);
        for (int r = 0; r < rows; r++) {
            col.set(r, random.nextInt(20) == 0 ? null : Variant.parseJson(document(random)));
        }
        List<ShreddedPath> paths = VariantShredder.findPaths(col, rows, 0.3);
        List<String> kinds = new ArrayList<>();
        for (ShreddedPath p : paths) {
            kinds.add(p.toString().replaceAll(" in \\d+ rows", ""));
        }
        assertEquals(List.of("flag BOOLEAN", "id LONG", "loc.building STRING", "loc.code STRING", "loc.floor LONG",
            "loc.geo.lat DOUBLE", "loc.temp DOUBLE (FLOAT only)", "name STRING"), kinds);
        int checked = 0;
        for (ShreddedPath p : paths) {
            ColumnVector sub = VariantShredder.extract(col, rows, p);
            for (int row = 0; row < rows; row++) {
                final int r = row;
                byte[] value = col.isNull(r) ? null : Variant.getPath(col.values[r], p.path().toString());
                assertEquals(value == null, sub.isNull(r), p + " row " + r);
                if (value == null) {
                    continue;
                }
                for (ScalarCast cast : ScalarCast.values()) {
                    if (p.servesCast(cast)) {
                        assertEquals(outcome(() -> castVariant(value, cast)), outcome(() -> castShredded(sub, r, p.kind(), cast)),
                            p + " row " + r + " " + cast + " of " + Variant.toJson(value));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 5000, "checked " + checked);
    }

    private static String document(Random r) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"id\":").append(r.nextInt(1000) - 500);
        if (r.nextInt(4) > 0) {
            sb.append(",\"name\":\"").append(pick(r, "alpha", "12", " 7.5 ", "yes", "off", "1e3", "x\\\"y", "", "é")).append('"');
        }
        sb.append(",\"flag\":").append(r.nextBoolean());
        if (r.nextInt(10) > 0) {
            sb.append(",\"loc\":{\"building\":\"").append(pick(r, "HQ", "Annex", "Lab")).append('"');
            sb.append(",\"floor\":").append(r.nextInt(9));
            sb.append(",\"code\":\"").append(r.nextInt(100)).append('"');
            sb.append(",\"temp\":").append(pick(r, "23.5", "-2.5", "0.49999999999999999999", "19", "1e2", "99999999999999999999.5"));
            sb.append(",\"geo\":{\"lat\":").append(pick(r, "5.25e1", "-1.5e0", "2.5e0", "1e300", "-0.0e0", "NaN")).append('}');
            sb.append('}');
        }
        if (r.nextInt(3) == 0) {
            sb.append(",\"sometimes\":").append(pick(r, "1", "\"1\"", "null"));
        }
        return sb.append('}').toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static Object castVariant(byte[] v, ScalarCast cast) {
        switch (cast) {
            case STRING: return Variant.asString(v);
            case INTEGER: return Variant.asLong(v);
            case FLOAT: return Variant.asDouble(v);
            default: return Variant.asBoolean(v);
        }
    }

    private static Object castShredded(ColumnVector sub, int row, ShreddedKind kind, ScalarCast cast) {
        switch (kind) {
            case STRING: {
                String s = ((StringVector) sub).get(row);
                switch (cast) {
                    case STRING: return s;
                    case INTEGER: return VariantCasts.stringToLong(s);
                    case FLOAT: return VariantCasts.stringToDouble(s);
                    default: return VariantCasts.stringToBoolean(s);
                }
            }
            case LONG: {
                long x = ((LongVector) sub).values[row];
                switch (cast) {
                    case STRING: return VariantCasts.longToString(x);
                    case INTEGER: return x;
                    case FLOAT: return VariantCasts.longToDouble(x);
                    default: return VariantCasts.longToBoolean(x);
                }
            }
            case DOUBLE: {
                double d = ((DoubleVector) sub).values[row];
                switch (cast) {
                    case STRING: return VariantCasts.doubleToString(d);
                    case INTEGER: return VariantCasts.doubleToLong(d);
                    case FLOAT: return d;
                    default: return VariantCasts.doubleToBoolean(d);
                }
            }
            default: {
                boolean b = ((BooleanVector) sub).values[row];
                switch (cast) {
                    case STRING: return VariantCasts.booleanToString(b);
                    case INTEGER: return VariantCasts.booleanToLong(b);
                    case FLOAT: return VariantCasts.booleanToDouble(b);
                    default: return b;
                }
            }
        }
    }

    /** The value, or the failure's message, as comparable text. */
    private static String outcome(Supplier<Object> cast) {
        try {
            Object v = cast.get();
            return v == null ? "NULL" : v.getClass().getSimpleName() + ":" + v;
        } catch (VariantException e) {
            return "error:" + e.getMessage();
        }
    }

    @Test
    void jsonNullPathsCastToSqlNull() {
        assertNull(Variant.asString(Variant.getPath(Variant.parseJson("{\"a\":null}"), "a")));
    }
}
