package dev.floe.types.variant;

/**
 * The binary form of a VARIANT value: self-describing, held in one {@code byte[]}, readable in place
 * without decoding (see {@link VariantReader}). SQL NULL is not encoded: it is a null {@code byte[]}.
 *
 * <p>Every value is a tag byte followed by its payload. Multi-byte integers are little-endian.
 *
 * <pre>
 * tag   name          payload
 * 0x00  NULL          (none)                      JSON null
 * 0x01  FALSE         (none)
 * 0x02  TRUE          (none)
 * 0x03  INT8          1 byte two's complement      INTEGER, narrowest width that holds it
 * 0x04  INT16         2 bytes
 * 0x05  INT32         4 bytes
 * 0x06  INT64         8 bytes
 * 0x07  DECIMAL       scale:u8, unscaled:i64       value = unscaled / 10^scale, scale 0..37,
 *                                                 no trailing zero digit in unscaled when scale > 0
 * 0x08  BIG_NUMBER    scale:u8, n:u8, n bytes      unscaled as big-endian two's complement (BigInteger
 *                                                 form), for exact numbers beyond 64 bits (38 digits at
 *                                                 most); INTEGER when scale is 0, else DECIMAL
 * 0x09  DOUBLE        8 bytes IEEE 754
 * 0x0A  SHORT_STRING  n:u8, n bytes UTF-8
 * 0x0B  STRING        n:u32, n bytes UTF-8
 * 0x0C  OBJECT        w:u8, count:w, keyEnds, valueEnds, keys, values
 * 0x0D  ARRAY         w:u8, count:w, elementEnds, elements
 * 0x0E  UNDEFINED     (none)                      a missing array element (ARRAY_CONSTRUCT of a SQL
 *                                                 NULL, a trailing comma); only inside arrays
 * </pre>
 *
 * <p>Containers. {@code w} is the width (1, 2 or 4 bytes) of the count and of every offset in the
 * container, the narrowest that holds them. An OBJECT holds {@code count + 1} key offsets then
 * {@code count + 1} value offsets; key {@code i} is the UTF-8 bytes from {@code keys + keyOffset[i]}
 * to {@code keys + keyOffset[i + 1]}, and value {@code i} starts at {@code values + valueOffset[i]},
 * where {@code keys} starts right after the tables and {@code values = keys + keyOffset[count]}.
 * Keys are unique and sorted by unsigned byte order (code point order), so a lookup is a binary
 * search; key case is significant. The last value offset is the end of the object, so any value's
 * size is known without walking it. An ARRAY holds {@code count + 1} element offsets relative to the
 * first element, the last being the end of the array.
 *
 * <p>The layout is described for humans in {@code docs/variant-format.md}.
 */
public final class VariantFormat {
    public static final int NULL = 0x00;
    public static final int FALSE = 0x01;
    public static final int TRUE = 0x02;
    public static final int INT8 = 0x03;
    public static final int INT16 = 0x04;
    public static final int INT32 = 0x05;
    public static final int INT64 = 0x06;
    public static final int DECIMAL = 0x07;
    public static final int BIG_NUMBER = 0x08;
    public static final int DOUBLE = 0x09;
    public static final int SHORT_STRING = 0x0A;
    public static final int STRING = 0x0B;
    public static final int OBJECT = 0x0C;
    public static final int ARRAY = 0x0D;
    public static final int UNDEFINED = 0x0E;

    /** The largest scale of an exact number, as for Snowflake's NUMBER. */
    public static final int MAX_SCALE = 37;
    /** The most digits an exact number may have, as for Snowflake's NUMBER. */
    public static final int MAX_PRECISION = 38;

    private VariantFormat() {
    }
}
