package dev.floe.storage.encoding;

/** Per-thread reusable arrays for encoders and decoders, so that block work allocates nothing. */
public final class Scratch {
    private static final ThreadLocal<long[][]> LONGS = ThreadLocal.withInitial(() -> new long[2][0]);

    private Scratch() {
    }

    /** A per-thread array of at least {@code size} longs (contents undefined). */
    public static long[] longs(int size) {
        return slot(0, size);
    }

    /** A second per-thread array, for code that needs two at once. */
    public static long[] moreLongs(int size) {
        return slot(1, size);
    }

    private static long[] slot(int slot, int size) {
        long[][] slots = LONGS.get();
        if (slots[slot].length < size) {
            slots[slot] = new long[Math.max(size, 1024)];
        }
        return slots[slot];
    }
}
