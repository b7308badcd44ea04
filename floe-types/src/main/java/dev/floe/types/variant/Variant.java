package dev.floe.types.variant;

import java.math.BigDecimal;

/**
 * VARIANT, OBJECT and ARRAY values as {@code byte[]} in the {@link VariantFormat binary form}: parsing,
 * rendering, navigation, casts, construction and ordering. SQL NULL is a null {@code byte[]} and is
 * accepted everywhere a value is (results are then SQL NULL); JSON null is a value of its own.
 *
 * <p>These helpers allocate their results; per-row engine code should compile a {@link VariantPath}
 * and read through {@link VariantReader} and {@link VariantCasts} at offsets instead.
 */
public final class Variant {
    private static final byte[] JSON_NULL = {VariantFormat.NULL};

    private Variant() {
    }

    // ---- JSON text

    /**
     * PARSE_JSON: null (SQL NULL) for a null, empty or blank text; a duplicate key fails with
     * {@code Error parsing JSON: duplicate object attribute "a", pos 31}, as Snowflake does by default.
     */
    public static byte[] parseJson(String json) {
        return parseJson(json, false);
    }

    /** PARSE_JSON with the 'd' parameter when {@code allowDuplicateKeys}: the last value of a key wins. */
    public static byte[] parseJson(String json, boolean allowDuplicateKeys) {
        return json == null ? null : JsonParser.parse(json, allowDuplicateKeys);
    }

    /** The value as compact JSON text, e.g. {@code {"building":"HQ","floor":2,"zone":"A"}}; null for SQL NULL. */
    public static String toJson(byte[] v) {
        return v == null ? null : JsonWriter.toJson(v, 0);
    }

    // ---- inspection and navigation

    /** The kind of value (TYPEOF is {@code typeOf(v).typeofName()}); null for SQL NULL. */
    public static VariantType typeOf(byte[] v) {
        return v == null ? null : VariantReader.typeAt(v, 0);
    }

    public static boolean isJsonNull(byte[] v) {
        return v != null && VariantReader.isNullAt(v, 0);
    }

    /** {@code v:name}: the field's value, or null when v is not an object or has no such key. */
    public static byte[] getField(byte[] v, String name) {
        return v == null || name == null ? null : VariantPath.of(name).extract(v);
    }

    /** {@code v[index]}: the element, or null when v is not an array, the index is out of range or the element is undefined. */
    public static byte[] getIndex(byte[] v, int index) {
        return v == null ? null : VariantPath.of(index).extract(v);
    }

    /** GET_PATH: see {@link VariantPath} for the syntax; null when the path leads nowhere. */
    public static byte[] getPath(byte[] v, String path) {
        return v == null || path == null ? null : VariantPath.parse(path).extract(v);
    }

    /** ARRAY_SIZE: the number of elements, or -1 when v is not an array (ARRAY_SIZE is then NULL). */
    public static int arraySize(byte[] v) {
        return v == null ? -1 : VariantReader.arraySizeAt(v, 0);
    }

    // ---- casts (see VariantCasts for the rules); SQL NULL in, SQL NULL out where the result can say so

    /** {@code ::STRING}: null for SQL NULL and for JSON null. */
    public static String asString(byte[] v) {
        return v == null ? null : VariantCasts.castToString(v, 0);
    }

    /** {@code ::INTEGER}; the value must be neither SQL NULL nor JSON null. */
    public static long asLong(byte[] v) {
        return VariantCasts.castToLong(present(v), 0);
    }

    /** {@code ::FLOAT}; the value must be neither SQL NULL nor JSON null. */
    public static double asDouble(byte[] v) {
        return VariantCasts.castToDouble(present(v), 0);
    }

    /** {@code ::BOOLEAN}; the value must be neither SQL NULL nor JSON null. */
    public static boolean asBoolean(byte[] v) {
        return VariantCasts.castToBoolean(present(v), 0);
    }

    private static byte[] present(byte[] v) {
        if (v == null) {
            throw new IllegalArgumentException("SQL NULL casts to SQL NULL; test for it before a primitive cast");
        }
        return v;
    }

    // ---- construction (TO_VARIANT of scalars, OBJECT_CONSTRUCT, ARRAY_CONSTRUCT)

    /** A VARIANT string; null (SQL NULL) for null. */
    public static byte[] ofString(String s) {
        if (s == null) {
            return null;
        }
        VariantWriter w = new VariantWriter();
        w.writeString(s);
        return w.toByteArray();
    }

    public static byte[] ofLong(long value) {
        VariantWriter w = new VariantWriter();
        w.writeLong(value);
        return w.toByteArray();
    }

    public static byte[] ofDouble(double value) {
        VariantWriter w = new VariantWriter();
        w.writeDouble(value);
        return w.toByteArray();
    }

    public static byte[] ofBoolean(boolean value) {
        return new byte[] {(byte) (value ? VariantFormat.TRUE : VariantFormat.FALSE)};
    }

    /**
     * TO_VARIANT of NUMBER(p, scale): an INTEGER when scale is 0, else a DECIMAL (trailing zeros
     * dropped). Scale must be 0..37.
     */
    public static byte[] ofDecimal(long unscaled, int scale) {
        VariantWriter w = new VariantWriter();
        if (scale == 0) {
            w.writeLong(unscaled);
        } else {
            w.writeDecimal(unscaled, scale);
        }
        return w.toByteArray();
    }

    /** An exact number of up to 38 digits and scale 0..37: INTEGER when its scale is 0, else DECIMAL. */
    public static byte[] ofDecimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        VariantWriter w = new VariantWriter();
        w.writeExact(value, value.scale() <= 0);
        return w.toByteArray();
    }

    /** JSON null. */
    public static byte[] ofNull() {
        return JSON_NULL.clone();
    }

    public static ObjectBuilder objectBuilder() {
        return new ObjectBuilder();
    }

    public static ArrayBuilder arrayBuilder() {
        return new ArrayBuilder();
    }

    // ---- ordering

    /** A total order (see {@link VariantOrder}); SQL NULL sorts after every value. */
    public static int compare(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return VariantOrder.compare(a, 0, b, 0);
    }

    /** Equality under {@link #compare}: 1 equals 1.0; SQL NULL equals only SQL NULL. */
    public static boolean equals(byte[] a, byte[] b) {
        return compare(a, b) == 0;
    }

    /** A hash consistent with {@link #equals}; 0 for SQL NULL. */
    public static int hash(byte[] v) {
        return v == null ? 0 : VariantOrder.hash(v, 0);
    }
}
