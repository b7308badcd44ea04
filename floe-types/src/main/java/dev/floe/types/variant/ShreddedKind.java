package dev.floe.types.variant;

import dev.floe.types.PhysicalType;

/** The scalar type a shredded path holds in every row where it occurs, and the vector that stores it. */
public enum ShreddedKind {
    /** VARIANT strings, in a StringVector. */
    STRING(PhysicalType.STRING),
    /** VARIANT integers that fit in 64 bits, in a LongVector. */
    LONG(PhysicalType.LONG),
    /** VARIANT numbers (DOUBLE, or a mix with DECIMAL/INTEGER), as their nearest double in a DoubleVector. */
    DOUBLE(PhysicalType.DOUBLE),
    /** VARIANT booleans, in a BooleanVector. */
    BOOLEAN(PhysicalType.BOOLEAN);

    private final PhysicalType physicalType;

    ShreddedKind(PhysicalType physicalType) {
        this.physicalType = physicalType;
    }

    public PhysicalType physicalType() {
        return physicalType;
    }
}
