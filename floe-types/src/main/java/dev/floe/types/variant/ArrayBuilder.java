package dev.floe.types.variant;

/**
 * Builds an ARRAY as ARRAY_CONSTRUCT does: a SQL NULL element (a null {@code byte[]}) is kept as an
 * undefined element, which counts in ARRAY_SIZE, reads back as SQL NULL and prints as
 * {@code undefined}. Single use: {@link #build} once.
 */
public final class ArrayBuilder {
    private final VariantWriter out = new VariantWriter();
    private final int mark = out.stackMark();
    private boolean built;

    ArrayBuilder() {
    }

    /** Appends a VARIANT in binary form, or an undefined element for null. */
    public ArrayBuilder add(byte[] value) {
        if (built) {
            throw new IllegalStateException("the array was already built");
        }
        out.markElement();
        if (value == null) {
            out.writeUndefined();
        } else {
            out.writeValue(value, 0, value.length);
        }
        return this;
    }

    public ArrayBuilder add(String value) {
        return add(Variant.ofString(value));
    }

    public ArrayBuilder add(long value) {
        return add(Variant.ofLong(value));
    }

    public ArrayBuilder add(double value) {
        return add(Variant.ofDouble(value));
    }

    public ArrayBuilder add(boolean value) {
        return add(Variant.ofBoolean(value));
    }

    public byte[] build() {
        if (built) {
            throw new IllegalStateException("the array was already built");
        }
        built = true;
        out.finishArray(0, mark);
        return out.toByteArray();
    }
}
