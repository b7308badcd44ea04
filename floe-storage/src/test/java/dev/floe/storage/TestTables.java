package dev.floe.storage;

import dev.floe.types.PhysicalType;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.TimestampTzVector;
import dev.floe.types.vector.VariantVector;
import dev.floe.types.variant.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Schemas, batches and whole-table reads shared by the storage tests. */
final class TestTables {
    static final long SECOND = 1_000_000_000L;
    static final long T0 = 1_705_314_600L * SECOND; // 2024-01-15T10:30:00Z

    private TestTables() {
    }

    /** The quickstart's table plus a unique id: id, device_id, sensor_type, value, unit, timestamp, location. */
    static TableSchema sensorSchema() {
        return new TableSchema(List.of(
                new ColumnSpec("id", SqlType.NUMBER, false),
                new ColumnSpec("device_id", SqlType.VARCHAR, false),
                new ColumnSpec("sensor_type", SqlType.VARCHAR, true),
                new ColumnSpec("value", SqlType.FLOAT, true),
                new ColumnSpec("unit", SqlType.VARCHAR, true),
                new ColumnSpec("timestamp", SqlType.TIMESTAMP_NTZ, true),
                new ColumnSpec("location", SqlType.VARIANT, true)), new int[] {1, 5});

    }

    static final String[] SENSORS = {"temperature", "humidity", "pressure", "co2", "light"};
    static final String[] UNITS = {"celsius", "percent", "hPa", "ppm", "lux"};

    private static final String[] DEVICES = new String[20];

    static {
        for (int d = 0; d < DEVICES.length; d++) {
            DEVICES[d] = String.format("DEVICE_%03d", d + 1);
        }
    }

    static String device(int d) {
        return DEVICES[d];
    }

    static byte[] location(int device) {
        return Variant.parseJson("{\"building\":\"B" + (device % 5) + "\",\"floor\":" + (device % 3) + ",\"zone\":\""
                + (char) ('A' + device % 4) + "\"}");
    }

    /** Sensor rows {@code firstId ..}: 100 rows/s over 20 devices, values with two decimals. */
    static ColumnBatch sensorBatch(long firstId, int rows) {
        ColumnBatch batch = ColumnBatch.allocate(types(sensorSchema()), rows);
        LongVector id = (LongVector) batch.column(0);
        StringVector device = (StringVector) batch.column(1);
        StringVector sensor = (StringVector) batch.column(2);
        DoubleVector value = (DoubleVector) batch.column(3);
        StringVector unit = (StringVector) batch.column(4);
        LongVector ts = (LongVector) batch.column(5);
        VariantVector location = (VariantVector) batch.column(6);
        for (int i = 0; i < rows; i++) {
            long n = firstId + i;
            int d = (int) (n * 7 % 20);
            int s = (int) (n * 13 % 5);
            id.values[i] = n;
            device.set(i, device(d));
            sensor.set(i, SENSORS[s]);
            long noise = mix(n);
            value.values[i] = Math.round((20 + s * 100 + (noise & 0xFFFF) / 65.536) * 100) / 100.0;
            unit.set(i, UNITS[s]);
            ts.values[i] = T0 + n * (SECOND / 100) + ((noise >>> 20) % 5_000) * 1_000L;
            location.set(i, location(d));
        }
        batch.setSize(rows);
        return batch;
    }

    /** Deterministic pseudo-random bits of n (SplitMix64's finalizer), for realistic readings. */
    static long mix(long n) {
        long z = (n + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 1;
    }

    static List<PhysicalType> types(TableSchema schema) {
        List<PhysicalType> types = new ArrayList<>();
        for (int c = 0; c < schema.columnCount(); c++) {
            types.add(schema.physicalType(c));
        }
        return types;
    }

    /** Every column of every type, all nullable except the id: id, b, l, d, s, v, tz, ts. */
    static TableSchema allTypesSchema() {
        return new TableSchema(List.of(
                new ColumnSpec("id", SqlType.number(18, 0), false),
                new ColumnSpec("b", SqlType.BOOLEAN, true),
                new ColumnSpec("l", SqlType.number(18, 2), true),
                new ColumnSpec("d", SqlType.FLOAT, true),
                new ColumnSpec("s", SqlType.varchar(100), true),
                new ColumnSpec("v", SqlType.VARIANT, true),
                new ColumnSpec("tz", SqlType.withFractionalDigits(TypeKind.TIMESTAMP_TZ, 9), true),
                new ColumnSpec("ts", SqlType.TIMESTAMP_LTZ, true)), new int[] {4, 0});
    }

    /** Deterministic rows of every type, with NULLs in each nullable column and extreme values. */
    static ColumnBatch allTypesBatch(long firstId, int rows) {
        ColumnBatch batch = ColumnBatch.allocate(types(allTypesSchema()), rows);
        for (int i = 0; i < rows; i++) {
            long n = firstId + i;
            ((LongVector) batch.column(0)).values[i] = n;
            Object[] row = allTypesRow(n);
            for (int c = 1; c < 8; c++) {
                setValue(batch.column(c), i, row[c]);
            }
        }
        batch.setSize(rows);
        return batch;
    }

    /** The expected values of row {@code n} of {@link #allTypesBatch}, null for NULL. */
    static Object[] allTypesRow(long n) {
        Object[] row = new Object[8];
        row[0] = n;
        row[1] = n % 7 == 0 ? null : n % 2 == 0;
        row[2] = n % 11 == 0 ? null : n == 3 ? Long.MIN_VALUE : n == 5 ? Long.MAX_VALUE : n * 1_000_003L - 77;
        row[3] = n % 13 == 0 ? null : n == 4 ? Double.NaN : n == 6 ? -0.0 : n % 5 == 0 ? n / 3.0 : n * 0.25;
        row[4] = n % 9 == 0 ? null : "s" + (n % 17) + (n % 4 == 0 ? "ü€" : "");
        row[5] = n % 8 == 0 ? null : n % 3 == 0 ? Variant.parseJson("[1, \"x\"]") : Variant.parseJson("{\"k\":" + (n % 40) + ", \"f\": " + (n * 0.5) + "}");
        row[6] = n % 10 == 0 ? null : new long[] {T0 + n * 1_000_003L, (n % 5 - 2) * 60};
        row[7] = n % 12 == 0 ? null : T0 - n * SECOND;
        return row;
    }

    static void setValue(ColumnVector vector, int i, Object value) {
        if (value == null) {
            vector.setNull(i);
            return;
        }
        vector.setNotNull(i);
        switch (vector.type()) {
            case BOOLEAN: ((BooleanVector) vector).values[i] = (Boolean) value; break;
            case LONG: ((LongVector) vector).values[i] = (Long) value; break;
            case DOUBLE: ((DoubleVector) vector).values[i] = (Double) value; break;
            case STRING: ((StringVector) vector).set(i, (String) value); break;
            case VARIANT: ((VariantVector) vector).set(i, (byte[]) value); break;
            case TIMESTAMP_TZ: {
                long[] tz = (long[]) value;
                ((TimestampTzVector) vector).values[i] = tz[0];
                ((TimestampTzVector) vector).offsetMinutes[i] = (int) tz[1];
                break;
            }
            default: throw new IllegalArgumentException(vector.type().toString());
        }
    }

    static Object valueAt(ColumnVector vector, int i) {
        if (vector.isNull(i)) {
            return null;
        }
        switch (vector.type()) {
            case BOOLEAN: return ((BooleanVector) vector).values[i];
            case LONG: return ((LongVector) vector).values[i];
            case DOUBLE: return ((DoubleVector) vector).values[i];
            case STRING: return ((StringVector) vector).get(i);
            case VARIANT: return ((VariantVector) vector).values[i];
            case TIMESTAMP_TZ: return new long[] {((TimestampTzVector) vector).values[i], ((TimestampTzVector) vector).offsetMinutes[i]};
            default: throw new IllegalArgumentException(vector.type().toString());
        }
    }

    /** All rows of a snapshot in segment order, each as an Object[] of column values. */
    static List<Object[]> readAll(Snapshot snapshot) {
        TableSchema schema = snapshot.schema();
        List<Object[]> rows = new ArrayList<>();
        ColumnVector[] vectors = new ColumnVector[schema.columnCount()];
        for (int c = 0; c < vectors.length; c++) {
            vectors[c] = ColumnVector.allocate(schema.physicalType(c), 16);
        }
        for (SegmentView segment : snapshot.segments()) {
            for (int b = 0; b < segment.blockCount(); b++) {
                for (int c = 0; c < vectors.length; c++) {
                    segment.read(b, c, vectors[c]);
                }
                for (int i = 0; i < segment.blockRowCount(b); i++) {
                    Object[] row = new Object[vectors.length];
                    for (int c = 0; c < vectors.length; c++) {
                        row[c] = valueAt(vectors[c], i);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** Compares two values as the tests expect them (arrays by content, doubles bit for bit). */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) {
            return Double.doubleToRawLongBits((Double) a) == Double.doubleToRawLongBits((Double) b);
        }
        return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
    }

    static String describe(Object[] row) {
        return Arrays.deepToString(row);
    }
}
