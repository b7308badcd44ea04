package dev.floe.engine.expr;

import dev.floe.types.PhysicalType;
import dev.floe.types.time.TimestampTz;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.TimestampTzVector;
import dev.floe.types.vector.VariantVector;

/**
 * Moves single values between vectors and Java objects, for the row-at-a-time paths (functions
 * off the hot path, constants, result rendering). Objects by physical type: LONG → Long,
 * DOUBLE → Double, STRING → String, BOOLEAN → Boolean, VARIANT → byte[],
 * TIMESTAMP_TZ → {@link TimestampTz}; SQL NULL → null.
 */
public final class Values {
    private Values() {
    }

    public static Object get(ColumnVector v, int i) {
        if (v.isNull(i)) {
            return null;
        }
        switch (v.type()) {
            case LONG: return ((LongVector) v).values[i];
            case DOUBLE: return ((DoubleVector) v).values[i];
            case STRING: return ((StringVector) v).get(i);
            case BOOLEAN: return ((BooleanVector) v).values[i];
            case VARIANT: return ((VariantVector) v).values[i];
            case TIMESTAMP_TZ: {
                TimestampTzVector tz = (TimestampTzVector) v;
                return new TimestampTz(tz.values[i], tz.offsetMinutes[i]);
            }
            default: throw new IllegalStateException("unknown vector type " + v.type());
        }
    }

    public static void set(ColumnVector v, int i, Object value) {
        if (value == null) {
            v.setNull(i);
            return;
        }
        v.setNotNull(i);
        switch (v.type()) {
            case LONG: ((LongVector) v).values[i] = (Long) value; break;
            case DOUBLE: ((DoubleVector) v).values[i] = (Double) value; break;
            case STRING: ((StringVector) v).values[i] = (String) value; break;
            case BOOLEAN: ((BooleanVector) v).values[i] = (Boolean) value; break;
            case VARIANT: ((VariantVector) v).values[i] = (byte[]) value; break;
            case TIMESTAMP_TZ: {
                TimestampTz tz = (TimestampTz) value;
                TimestampTzVector tv = (TimestampTzVector) v;
                tv.values[i] = tz.epochNanos();
                tv.offsetMinutes[i] = tz.offsetMinutes();
                break;
            }
            default: throw new IllegalStateException("unknown vector type " + v.type());
        }
    }

    /** A vector of the type, ready for {@code size} positions with no NULL marks left over. */
    public static ColumnVector reuse(ColumnVector current, PhysicalType type, int size) {
        if (current == null || current.type() != type || (current instanceof StringVector && ((StringVector) current).isDictionary())) {
            return ColumnVector.allocate(type, Math.max(size, 16));
        }
        current.ensureCapacity(size);
        current.reset();
        return current;
    }
}
