package dev.floe.types;

/** The SQL type families Floe supports, named as Snowflake names them. */
public enum TypeKind {
    NUMBER(PhysicalType.LONG),
    FLOAT(PhysicalType.DOUBLE),
    VARCHAR(PhysicalType.STRING),
    BOOLEAN(PhysicalType.BOOLEAN),
    DATE(PhysicalType.LONG),
    TIME(PhysicalType.LONG),
    TIMESTAMP_NTZ(PhysicalType.LONG),
    TIMESTAMP_LTZ(PhysicalType.LONG),
    TIMESTAMP_TZ(PhysicalType.TIMESTAMP_TZ),
    VARIANT(PhysicalType.VARIANT),
    OBJECT(PhysicalType.VARIANT),
    ARRAY(PhysicalType.VARIANT),
    /** The type of an untyped NULL literal; coerces to any other type. */
    NULL(PhysicalType.LONG);

    private final PhysicalType physical;

    TypeKind(PhysicalType physical) {
        this.physical = physical;
    }

    public PhysicalType physical() {
        return physical;
    }

    public boolean isTimestamp() {
        return this == TIMESTAMP_NTZ || this == TIMESTAMP_LTZ || this == TIMESTAMP_TZ;
    }

    public boolean isTemporal() {
        return isTimestamp() || this == DATE || this == TIME;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == FLOAT;
    }

    public boolean isSemiStructured() {
        return this == VARIANT || this == OBJECT || this == ARRAY;
    }
}
