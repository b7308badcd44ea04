package dev.floe.types.variant;

/**
 * Builds an OBJECT as OBJECT_CONSTRUCT does: a SQL NULL value (a null {@code byte[]}) or a null key
 * leaves the pair out, a repeated key fails with {@code Duplicate field key '<key>'}. Keys may come
 * in any order. Single use: {@link #build} once.
 */
public final class ObjectBuilder {
    private final VariantWriter out = new VariantWriter();
    private final int mark = out.stackMark();
    private boolean built;

    ObjectBuilder() {
    }

    /** Adds {@code key: value}, where value is a VARIANT in binary form; skipped when either is null. */
    public ObjectBuilder put(String key, byte[] value) {
        checkOpen();
        if (key != null && value != null) {
            out.writeKey(key);
            out.writeValue(value, 0, value.length);
        }
        return this;
    }

    public ObjectBuilder put(String key, String value) {
        return put(key, Variant.ofString(value));
    }

    public ObjectBuilder put(String key, long value) {
        return put(key, Variant.ofLong(value));
    }

    public ObjectBuilder put(String key, double value) {
        return put(key, Variant.ofDouble(value));
    }

    public ObjectBuilder put(String key, boolean value) {
        return put(key, Variant.ofBoolean(value));
    }

    public byte[] build() {
        checkOpen();
        built = true;
        if (out.finishObject(0, mark, false) >= 0) {
            throw new VariantException("Duplicate field key '" + out.duplicateKey() + "'");
        }
        return out.toByteArray();
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("the object was already built");
        }
    }
}
