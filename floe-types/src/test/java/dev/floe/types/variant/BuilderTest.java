package dev.floe.types.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BuilderTest {

    @Test
    void objectConstructSortsKeysAndSkipsSqlNulls() {
        byte[] v = Variant.objectBuilder()
            .put("zone", "A")
            .put("floor", 2)
            .put("building", "HQ")
            .put("missing", (byte[]) null)
            .put(null, "no key")
            .put("jsonNull", Variant.ofNull())
            .put("nested", Variant.parseJson("{\"x\":[1,2]}"))
            .put("ratio", 0.5)
            .put("ok", true)
            .build();
        assertEquals("{\"building\":\"HQ\",\"floor\":2,\"jsonNull\":null,\"nested\":{\"x\":[1,2]},\"ok\":true,"
            + "\"ratio\":5.000000000000000e-01,\"zone\":\"A\"}", Variant.toJson(v));
        assertEquals(v.length, VariantReader.sizeAt(v, 0));
    }

    @Test
    void objectConstructOfNothingIsAnEmptyObject() {
        assertEquals("{}", Variant.toJson(Variant.objectBuilder().put("a", (String) null).build()));
    }

    @Test
    void objectConstructRefusesADuplicateKey() {
        ObjectBuilder b = Variant.objectBuilder().put("a", 1).put("b", 2).put("a", 3);
        assertEquals("Duplicate field key 'a'", assertThrows(VariantException.class, b::build).getMessage());
    }

    @Test
    void buildersAreSingleUse() {
        ObjectBuilder o = Variant.objectBuilder();
        o.build();
        assertEquals("the object was already built", assertThrows(IllegalStateException.class, o::build).getMessage());
        assertThrows(IllegalStateException.class, () -> o.put("a", 1));
        ArrayBuilder a = Variant.arrayBuilder();
        a.build();
        assertEquals("the array was already built", assertThrows(IllegalStateException.class, a::build).getMessage());
        assertThrows(IllegalStateException.class, () -> a.add(1));
    }

    @Test
    void arrayConstructKeepsSqlNullsAsUndefined() {
        byte[] v = Variant.arrayBuilder().add((byte[]) null).add("hello").add(3.0).add(4).add(false).add(Variant.ofNull()).build();
        assertEquals("[undefined,\"hello\",3.000000000000000e+00,4,false,null]", Variant.toJson(v));
        assertEquals(6, Variant.arraySize(v));
        assertNull(Variant.getIndex(v, 0));
        assertEquals("null", Variant.toJson(Variant.getIndex(v, 5)));
        assertEquals("[]", Variant.toJson(Variant.arrayBuilder().build()));
    }

    @Test
    void buildersNest() {
        byte[] inner = Variant.arrayBuilder().add(Variant.objectBuilder().put("k", "v").build()).build();
        byte[] outer = Variant.objectBuilder().put("list", inner).build();
        assertEquals("{\"list\":[{\"k\":\"v\"}]}", Variant.toJson(outer));
        assertEquals("\"v\"", Variant.toJson(Variant.getPath(outer, "list[0].k")));
    }
}
