package dev.floe.server.sqlapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import dev.floe.types.time.TimestampTz;
import org.junit.jupiter.api.Test;

class SqlApiValuesTest {
    private static final long NANOS = 1_000_000_000L;

    @Test
    void numbersTextAndBooleans() {
        assertEquals("12.50", SqlApiValues.encode(1250L, SqlType.number(10, 2)));
        assertEquals("-7", SqlApiValues.encode(-7L, SqlType.NUMBER));
        assertEquals("a \"b\"", SqlApiValues.encode("a \"b\"", SqlType.VARCHAR));
        assertEquals("true", SqlApiValues.encode(true, SqlType.BOOLEAN));
        assertEquals("false", SqlApiValues.encode(false, SqlType.BOOLEAN));
        assertNull(SqlApiValues.encode(null, SqlType.VARCHAR));
    }

    @Test
    void datesAreDaysSinceTheEpoch() {
        assertEquals("19737", SqlApiValues.encode(19_737L, SqlType.DATE));
        assertEquals("-1", SqlApiValues.encode(-1L, SqlType.DATE));
    }

    @Test
    void timesAndTimestampsAreSecondsWithTheColumnsScale() {
        assertEquals("3723.123456789", SqlApiValues.encode(3723 * NANOS + 123_456_789L, SqlType.TIME));
        assertEquals("3723.123", SqlApiValues.encode(3723 * NANOS + 123_456_789L, SqlType.withFractionalDigits(TypeKind.TIME, 3)));
        assertEquals("1705314600.000000000", SqlApiValues.encode(1_705_314_600L * NANOS, SqlType.TIMESTAMP_NTZ));
        assertEquals("1705314600", SqlApiValues.encode(1_705_314_600L * NANOS + 5, SqlType.withFractionalDigits(TypeKind.TIMESTAMP_LTZ, 0)));
        // Before the epoch the seconds go down and the fraction stays positive, as the drivers read it.
        assertEquals("-1.500000000", SqlApiValues.encode(-NANOS / 2, SqlType.TIMESTAMP_NTZ));
    }

    @Test
    void timestampTzCarriesTheOffsetIndex() {
        assertEquals("1705314600.000000000 1500", SqlApiValues.encode(new TimestampTz(1_705_314_600L * NANOS, 60), SqlType.TIMESTAMP_TZ));
        assertEquals("0.000000000 1380", SqlApiValues.encode(new TimestampTz(0, -60), SqlType.TIMESTAMP_TZ));
        assertEquals("0.000000000 1440", SqlApiValues.encode(new TimestampTz(0, 0), SqlType.TIMESTAMP_TZ));
    }

    @Test
    void typeNamesAreSnowflakes() {
        assertEquals("fixed", SqlApiValues.typeName(SqlType.NUMBER));
        assertEquals("real", SqlApiValues.typeName(SqlType.FLOAT));
        assertEquals("text", SqlApiValues.typeName(SqlType.VARCHAR));
        assertEquals("timestamp_ltz", SqlApiValues.typeName(SqlType.TIMESTAMP_LTZ));
        assertEquals("variant", SqlApiValues.typeName(SqlType.VARIANT));
        assertEquals("object", SqlApiValues.typeName(SqlType.OBJECT));
        assertEquals("array", SqlApiValues.typeName(SqlType.ARRAY));
    }
}
