package dev.floe.types.variant;

import static dev.floe.types.variant.VariantFormat.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Appends values in the {@link VariantFormat binary form} to a growing buffer. Containers are written
 * by appending their members in order and then finishing them: an array is opened with
 * {@link #position()} and {@link #markElement()} before each element, then {@link #finishArray};
 * an object with {@link #writeKey} (or {@link #markKey}) before each value, then {@link #finishObject},
 * which sorts the members by key and lays out the offset tables in front of them.
 *
 * <p>One writer is reused across values (call {@link #reset}); it is not thread-safe.
 */
public final class VariantWriter {
    private static final int MEMBER_STRIDE = 4; // keyStart, keyLength, valueStart, source position
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private byte[] buf = new byte[256];
    private int pos;
    private int[] stack = new int[64];
    private int top;
    private byte[] scratch = new byte[256];
    private int[] order = new int[16];
    private int[] mergeTemp = new int[16];

    public void reset() {
        pos = 0;
        top = 0;
    }

    public int position() {
        return pos;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }

    // ---- scalars

    public void writeNull() {
        ensure(1);
        buf[pos++] = NULL;
    }

    public void writeUndefined() {
        ensure(1);
        buf[pos++] = UNDEFINED;
    }

    public void writeBoolean(boolean value) {
        ensure(1);
        buf[pos++] = (byte) (value ? TRUE : FALSE);
    }

    public void writeLong(long value) {
        ensure(9);
        if (value == (byte) value) {
            buf[pos] = INT8;
            buf[pos + 1] = (byte) value;
            pos += 2;
        } else if (value == (short) value) {
            buf[pos] = INT16;
            Bytes.putShort(buf, pos + 1, (short) value);
            pos += 3;
        } else if (value == (int) value) {
            buf[pos] = INT32;
            Bytes.putInt(buf, pos + 1, (int) value);
            pos += 5;
        } else {
            buf[pos] = INT64;
            Bytes.putLong(buf, pos + 1, value);
            pos += 9;
        }
    }

    /**
     * A DECIMAL {@code unscaled / 10^scale}; trailing zero digits are dropped (5.000 is stored as
     * 5 with scale 0, still a DECIMAL), so equal values have one encoding.
     */
    public void writeDecimal(long unscaled, int scale) {
        checkScale(scale);
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        ensure(10);
        buf[pos] = DECIMAL;
        buf[pos + 1] = (byte) scale;
        Bytes.putLong(buf, pos + 2, unscaled);
        pos += 10;
    }

    /**
     * An exact number: an INTEGER when {@code integer} is set (the value must then have no fraction),
     * else a DECIMAL. Values beyond 64 bits take the BIG_NUMBER form; more than 38 digits or a scale
     * above 37 is refused with IllegalArgumentException (the JSON parser turns those into DOUBLE first).
     */
    public void writeExact(BigDecimal value, boolean integer) {
        if (value.scale() > 0) {
            value = value.stripTrailingZeros();
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        int scale = value.scale();
        checkScale(scale);
        if (value.precision() > MAX_PRECISION) {
            throw new IllegalArgumentException("more than " + MAX_PRECISION + " digits: " + value);
        }
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() < 64) {
            if (integer && scale == 0) {
                writeLong(unscaled.longValue());
            } else {
                writeDecimal(unscaled.longValue(), scale);
            }
            return;
        }
        if (integer && scale != 0) {
            throw new IllegalArgumentException("an INTEGER cannot have a fraction: " + value);
        }
        byte[] bytes = unscaled.toByteArray();
        ensure(3 + bytes.length);
        buf[pos] = BIG_NUMBER;
        buf[pos + 1] = (byte) scale;
        buf[pos + 2] = (byte) bytes.length;
        System.arraycopy(bytes, 0, buf, pos + 3, bytes.length);
        pos += 3 + bytes.length;
    }

    private static void checkScale(int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale " + scale + " is outside 0.." + MAX_SCALE);
        }
    }

    public void writeDouble(double value) {
        ensure(9);
        buf[pos] = DOUBLE;
        Bytes.putLong(buf, pos + 1, Double.doubleToRawLongBits(value));
        pos += 9;
    }

    public void writeString(String value) {
        int start = beginString();
        appendUtf8(value, 0, value.length());
        endString(start);
    }

    /** Copies an encoded value as is. */
    public void writeValue(byte[] value, int offset, int length) {
        ensure(length);
        System.arraycopy(value, offset, buf, pos, length);
        pos += length;
    }

    // ---- strings written piecewise (the JSON parser decodes escapes straight into the buffer)

    /** Starts a string value; append its UTF-8 bytes, then call {@link #endString} with the result. */
    int beginString() {
        ensure(2);
        int start = pos;
        buf[pos] = SHORT_STRING;
        pos += 2;
        return start;
    }

    void endString(int start) {
        int length = pos - start - 2;
        if (length <= 0xFF) {
            buf[start + 1] = (byte) length;
            return;
        }
        ensure(3);
        System.arraycopy(buf, start + 2, buf, start + 5, length);
        buf[start] = STRING;
        Bytes.putInt(buf, start + 1, length);
        pos += 3;
    }

    void appendByte(int b) {
        ensure(1);
        buf[pos++] = (byte) b;
    }

    /** Appends chars {@code from..to} of {@code s} as UTF-8 (an unpaired surrogate becomes '?'). */
    void appendUtf8(CharSequence s, int from, int to) {
        ensure((to - from) * 3);
        byte[] b = buf;
        int p = pos;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        pos = p;
    }

    /** Appends one code point as UTF-8 (for \\u escapes); an unpaired surrogate becomes '?'. */
    void appendCodePoint(int cp) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            appendByte('?');
            return;
        }
        ensure(4);
        if (cp < 0x80) {
            buf[pos++] = (byte) cp;
        } else if (cp < 0x800) {
            buf[pos++] = (byte) (0xC0 | (cp >> 6));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buf[pos++] = (byte) (0xE0 | (cp >> 12));
            buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            buf[pos++] = (byte) (0xF0 | (cp >> 18));
            buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        }
    }

    // ---- containers

    /** The member stack depth; pass it to {@link #finishArray} or {@link #finishObject}. */
    public int stackMark() {
        return top;
    }

    private void push(int a, int b, int c, int d) {
        if (top + MEMBER_STRIDE > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top] = a;
        stack[top + 1] = b;
        stack[top + 2] = c;
        stack[top + 3] = d;
        top += MEMBER_STRIDE;
    }

    /** Records that an array element starts at the current position. */
    public void markElement() {
        if (top + 1 > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top++] = pos;
    }

    /** Writes a key of the object being built; its value must follow. */
    public void writeKey(String key) {
        int start = pos;
        appendUtf8(key, 0, key.length());
        push(start, pos - start, pos, 0);
    }

    /**
     * Records that the raw UTF-8 key bytes just appended from {@code keyStart} are the next member's
     * key; {@code sourcePosition} (not negative) is reported back for a duplicate.
     */
    void markKey(int keyStart, int sourcePosition) {
        push(keyStart, pos - keyStart, pos, sourcePosition);
    }

    /** Lays out the array begun at {@code start} whose elements were marked since {@code mark}. */
    public void finishArray(int start, int mark) {
        int count = top - mark;
        int dataLength = pos - start;
        int w = width(Math.max(dataLength, count));
        int header = 2 + w + (count + 1) * w;
        ensure(header);
        System.arraycopy(buf, start, buf, start + header, dataLength);
        buf[start] = ARRAY;
        buf[start + 1] = (byte) w;
        Bytes.putUnsigned(buf, start + 2, w, count);
        int table = start + 2 + w;
        for (int i = 0; i < count; i++) {
            Bytes.putUnsigned(buf, table + i * w, w, stack[mark + i] - start);
        }
        Bytes.putUnsigned(buf, table + count * w, w, dataLength);
        pos = start + header + dataLength;
        top = mark;
    }

    /**
     * Lays out the object begun at {@code start} whose members were recorded since {@code mark}:
     * keys sorted, offset tables in front. With duplicate keys, {@code keepLast} keeps the last value
     * of each key; otherwise nothing is written and the source position recorded with the first key
     * that repeats an earlier one is returned (see {@link #duplicateKey}). Returns -1 when finished.
     */
    public int finishObject(int start, int mark, boolean keepLast) {
        int n = (top - mark) / MEMBER_STRIDE;
        int[] sorted = sortMembers(mark, n);
        int kept = n;
        int firstRepeat = -1;
        for (int i = 1; i < n; i++) {
            if (sameKey(mark, sorted[i - 1], sorted[i])) {
                if (!keepLast) {
                    int member = sorted[i];
                    if (firstRepeat < 0 || member < firstRepeat) {
                        firstRepeat = member;
                    }
                } else {
                    sorted[i - 1] = -1; // superseded by the later member with the same key
                    kept--;
                }
            }
        }
        if (firstRepeat >= 0) {
            duplicateMember = mark + firstRepeat * MEMBER_STRIDE;
            return stack[duplicateMember + 3];
        }
        int keysLength = 0;
        int valuesLength = 0;
        for (int i = 0; i < n; i++) {
            int m = sorted[i];
            if (m >= 0) {
                keysLength += stack[mark + m * MEMBER_STRIDE + 1];
                valuesLength += valueLength(mark, m, n);
            }
        }
        int w = width(Math.max(Math.max(keysLength, valuesLength), kept));
        int header = 2 + w + 2 * (kept + 1) * w;
        int total = header + keysLength + valuesLength;
        if (scratch.length < total) {
            scratch = new byte[Math.max(total, scratch.length * 2)];
        }
        byte[] out = scratch;
        out[0] = OBJECT;
        out[1] = (byte) w;
        Bytes.putUnsigned(out, 2, w, kept);
        int keyTable = 2 + w;
        int valueTable = keyTable + (kept + 1) * w;
        int keyAt = header;
        int valueAt = header + keysLength;
        int slot = 0;
        for (int i = 0; i < n; i++) {
            int m = sorted[i];
            if (m < 0) {
                continue;
            }
            int base = mark + m * MEMBER_STRIDE;
            int keyLength = stack[base + 1];
            int valueLength = valueLength(mark, m, n);
            Bytes.putUnsigned(out, keyTable + slot * w, w, keyAt - header);
            Bytes.putUnsigned(out, valueTable + slot * w, w, valueAt - header - keysLength);
            System.arraycopy(buf, stack[base], out, keyAt, keyLength);
            System.arraycopy(buf, stack[base + 2], out, valueAt, valueLength);
            keyAt += keyLength;
            valueAt += valueLength;
            slot++;
        }
        Bytes.putUnsigned(out, keyTable + kept * w, w, keysLength);
        Bytes.putUnsigned(out, valueTable + kept * w, w, valuesLength);
        pos = start;
        ensure(total);
        System.arraycopy(out, 0, buf, start, total);
        pos = start + total;
        top = mark;
        return -1;
    }

    private int duplicateMember;

    /** The key that made the last {@link #finishObject} fail. */
    public String duplicateKey() {
        return new String(buf, stack[duplicateMember], stack[duplicateMember + 1], java.nio.charset.StandardCharsets.UTF_8);
    }

    private int valueLength(int mark, int member, int n) {
        int base = mark + member * MEMBER_STRIDE;
        int end = member + 1 < n ? stack[base + MEMBER_STRIDE] : pos;
        return end - stack[base + 2];
    }

    private boolean sameKey(int mark, int a, int b) {
        int ba = mark + a * MEMBER_STRIDE;
        int bb = mark + b * MEMBER_STRIDE;
        return Bytes.equal(buf, stack[ba], stack[ba + 1], buf, stack[bb], stack[bb + 1]);
    }

    private int compareKeys(int mark, int a, int b) {
        int ba = mark + a * MEMBER_STRIDE;
        int bb = mark + b * MEMBER_STRIDE;
        return Bytes.compare(buf, stack[ba], stack[ba + 1], buf, stack[bb], stack[bb + 1]);
    }

    /** Member indexes in key order; stable, so equal keys stay in the order they were written. */
    private int[] sortMembers(int mark, int n) {
        if (order.length < n) {
            order = new int[Math.max(n, order.length * 2)];
            mergeTemp = new int[order.length];
        }
        int[] a = order;
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        if (n <= 16) {
            for (int i = 1; i < n; i++) {
                int m = a[i];
                int j = i - 1;
                while (j >= 0 && compareKeys(mark, a[j], m) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = m;
            }
        } else {
            mergeSort(mark, a, mergeTemp, 0, n);
        }
        return a;
    }

    private void mergeSort(int mark, int[] a, int[] tmp, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(mark, a, tmp, from, mid);
        mergeSort(mark, a, tmp, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            tmp[k++] = compareKeys(mark, a[i], a[j]) <= 0 ? a[i++] : a[j++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < to) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
    }

    private static int width(int maxValue) {
        return maxValue <= 0xFF ? 1 : maxValue <= 0xFFFF ? 2 : 4;
    }

    static long pow10(int n) {
        return POW10[n];
    }
}
