package dev.floe.storage.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/** A growable little-endian byte buffer that records, WAL entries and segment files are built in. */
public final class ByteSink {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes;
    private int size;

    public ByteSink(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    public int size() {
        return size;
    }

    /** The backing array; valid up to {@link #size()}. */
    public byte[] array() {
        return bytes;
    }

    public void reset() {
        size = 0;
    }

    /** Drops everything written after {@code newSize}. */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("cannot truncate " + size + " bytes to " + newSize);
        }
        size = newSize;
    }

    public void ensureRoom(int more) {
        int needed = size + more;
        if (needed < 0) {
            throw new IllegalStateException("buffer would exceed 2 GiB");
        }
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length + (bytes.length >> 1)));
        }
    }

    public void putByte(int value) {
        ensureRoom(1);
        bytes[size++] = (byte) value;
    }

    public void putInt(int value) {
        ensureRoom(4);
        INTS.set(bytes, size, value);
        size += 4;
    }

    public void putLong(long value) {
        ensureRoom(8);
        LONGS.set(bytes, size, value);
        size += 8;
    }

    public void putDouble(double value) {
        putLong(Double.doubleToRawLongBits(value));
    }

    /** Overwrites 4 bytes at an earlier position (lengths and checksums known only afterwards). */
    public void setInt(int position, int value) {
        INTS.set(bytes, position, value);
    }

    public void setLong(int position, long value) {
        LONGS.set(bytes, position, value);
    }

    /** Unsigned LEB128. */
    public void putVarLong(long value) {
        ensureRoom(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    public void putVarInt(int value) {
        putVarLong(value & 0xFFFFFFFFL);
    }

    public void putZigZag(long value) {
        putVarLong((value << 1) ^ (value >> 63));
    }

    public void putBytes(byte[] src) {
        putBytes(src, 0, src.length);
    }

    public void putBytes(byte[] src, int offset, int length) {
        ensureRoom(length);
        System.arraycopy(src, offset, bytes, size, length);
        size += length;
    }

    /** Varint length then the bytes. */
    public void putByteString(byte[] value) {
        putVarInt(value.length);
        putBytes(value);
    }

    /** Varint UTF-8 length then UTF-8 bytes. */
    public void putString(String value) {
        putByteString(value.getBytes(StandardCharsets.UTF_8));
    }

    public int crc32c(int from, int to) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, to - from);
        return (int) crc.getValue();
    }

    public void writeFully(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, size);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
