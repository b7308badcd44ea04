package dev.floe.types.variant;

/** The kind of value a VARIANT holds, named for TYPEOF as Snowflake names them. */
public enum VariantType {
    /** JSON null, distinct from SQL NULL (which is a null {@code byte[]}). */
    NULL_VALUE("NULL_VALUE"),
    BOOLEAN("BOOLEAN"),
    /** A whole number written without a fraction or exponent. */
    INTEGER("INTEGER"),
    /** An exact number written with a fraction, such as 23.5. */
    DECIMAL("DECIMAL"),
    /** A binary floating point number: JSON numbers with an exponent or too many digits. */
    DOUBLE("DOUBLE"),
    STRING("VARCHAR"),
    OBJECT("OBJECT"),
    ARRAY("ARRAY");

    private final String typeofName;

    VariantType(String typeofName) {
        this.typeofName = typeofName;
    }

    /** What TYPEOF returns for a value of this kind. */
    public String typeofName() {
        return typeofName;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == DOUBLE;
    }
}
