package dev.floe.types;

import java.util.Objects;

/**
 * A SQL type: its family plus precision and scale for NUMBER and fractional-second precision
 * for TIME and timestamps. Immutable.
 */
public final class SqlType {
    public static final int MAX_PRECISION = 38;
    /** NUMBER values are held as a 64-bit unscaled value; this many digits always fit. */
    public static final int MAX_EXACT_DIGITS = 18;

    public static final SqlType NUMBER = number(38, 0);
    public static final SqlType FLOAT = new SqlType(TypeKind.FLOAT, 0, 0);
    public static final SqlType VARCHAR = new SqlType(TypeKind.VARCHAR, 16_777_216, 0);
    public static final SqlType BOOLEAN = new SqlType(TypeKind.BOOLEAN, 0, 0);
    public static final SqlType DATE = new SqlType(TypeKind.DATE, 0, 0);
    public static final SqlType TIME = new SqlType(TypeKind.TIME, 9, 0);
    public static final SqlType TIMESTAMP_NTZ = new SqlType(TypeKind.TIMESTAMP_NTZ, 9, 0);
    public static final SqlType TIMESTAMP_LTZ = new SqlType(TypeKind.TIMESTAMP_LTZ, 9, 0);
    public static final SqlType TIMESTAMP_TZ = new SqlType(TypeKind.TIMESTAMP_TZ, 9, 0);
    public static final SqlType VARIANT = new SqlType(TypeKind.VARIANT, 0, 0);
    public static final SqlType OBJECT = new SqlType(TypeKind.OBJECT, 0, 0);
    public static final SqlType ARRAY = new SqlType(TypeKind.ARRAY, 0, 0);
    public static final SqlType NULL = new SqlType(TypeKind.NULL, 0, 0);

    private final TypeKind kind;
    /** NUMBER: digits; VARCHAR: maximum length; TIME/timestamps: fractional-second digits. */
    private final int precision;
    /** NUMBER only: digits after the decimal point. */
    private final int scale;

    private SqlType(TypeKind kind, int precision, int scale) {
        this.kind = kind;
        this.precision = precision;
        this.scale = scale;
    }

    public static SqlType number(int precision, int scale) {
        if (precision < 1 || precision > MAX_PRECISION) {
            throw new IllegalArgumentException("NUMBER precision must be between 1 and 38, got " + precision);
        }
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException("NUMBER scale must be between 0 and the precision " + precision + ", got " + scale);
        }
        return new SqlType(TypeKind.NUMBER, precision, scale);
    }

    public static SqlType varchar(int length) {
        if (length < 1 || length > 16_777_216) {
            throw new IllegalArgumentException("VARCHAR length must be between 1 and 16777216, got " + length);
        }
        return new SqlType(TypeKind.VARCHAR, length, 0);
    }

    public static SqlType withFractionalDigits(TypeKind kind, int digits) {
        if (!kind.isTemporal() || kind == TypeKind.DATE) {
            throw new IllegalArgumentException(kind + " takes no fractional-second precision");
        }
        if (digits < 0 || digits > 9) {
            throw new IllegalArgumentException("fractional-second precision must be between 0 and 9, got " + digits);
        }
        return new SqlType(kind, digits, 0);
    }

    /** The default type of a family (NUMBER(38,0), VARCHAR(16777216), TIMESTAMP_NTZ(9), ...). */
    public static SqlType of(TypeKind kind) {
        switch (kind) {
            case NUMBER: return NUMBER;
            case FLOAT: return FLOAT;
            case VARCHAR: return VARCHAR;
            case BOOLEAN: return BOOLEAN;
            case DATE: return DATE;
            case TIME: return TIME;
            case TIMESTAMP_NTZ: return TIMESTAMP_NTZ;
            case TIMESTAMP_LTZ: return TIMESTAMP_LTZ;
            case TIMESTAMP_TZ: return TIMESTAMP_TZ;
            case VARIANT: return VARIANT;
            case OBJECT: return OBJECT;
            case ARRAY: return ARRAY;
            default: return NULL;
        }
    }

    public TypeKind kind() {
        return kind;
    }

    public PhysicalType physical() {
        return kind.physical();
    }

    public int precision() {
        return precision;
    }

    public int scale() {
        return scale;
    }

    /** The name Snowflake shows for this type in DESCRIBE and result metadata. */
    public String displayName() {
        switch (kind) {
            case NUMBER: return "NUMBER(" + precision + "," + scale + ")";
            case VARCHAR: return "VARCHAR(" + precision + ")";
            case TIME:
            case TIMESTAMP_NTZ:
            case TIMESTAMP_LTZ:
            case TIMESTAMP_TZ: return kind.name() + "(" + precision + ")";
            default: return kind.name();
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof SqlType)) return false;
        SqlType other = (SqlType) o;
        return kind == other.kind && precision == other.precision && scale == other.scale;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, precision, scale);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
