package dev.floe.storage;

/**
 * Tuning of a {@link TableStore}. Immutable; build with {@link #builder()}.
 *
 * <ul>
 *   <li>{@code sealRows}, {@code sealAgeMillis}: the open segment is sealed once it holds this many
 *       rows or its oldest row is this old (background maintenance only).</li>
 *   <li>{@code blockRows}: rows per block, the unit of decoding and of zone maps. 8192 keeps a
 *       block's decoded column within L2 cache while giving time-window pruning a granularity of
 *       about a minute of one device's readings at the quickstart's rates.</li>
 *   <li>{@code groupCommitMaxDelayMicros}: how long the committing thread waits for more appenders
 *       to join its fsync; 0 relies on natural batching (appenders arriving during an fsync share
 *       the next one).</li>
 *   <li>{@code compactMinSegments}, {@code compactTargetRows}: compaction merges runs of at least
 *       this many adjacent small segments into segments of up to this many rows.</li>
 *   <li>{@code maintenanceIntervalMillis}: how often the background thread checks for work.</li>
 * </ul>
 */
public final class StoreOptions {
    private final long sealRows;
    private final long sealAgeMillis;
    private final int blockRows;
    private final long groupCommitMaxDelayMicros;
    private final boolean backgroundMaintenance;
    private final int compactMinSegments;
    private final long compactTargetRows;
    private final long maintenanceIntervalMillis;

    private StoreOptions(Builder b) {
        this.sealRows = b.sealRows;
        this.sealAgeMillis = b.sealAgeMillis;
        this.blockRows = b.blockRows;
        this.groupCommitMaxDelayMicros = b.groupCommitMaxDelayMicros;
        this.backgroundMaintenance = b.backgroundMaintenance;
        this.compactMinSegments = b.compactMinSegments;
        this.compactTargetRows = b.compactTargetRows;
        this.maintenanceIntervalMillis = b.maintenanceIntervalMillis;
    }

    public static StoreOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public long sealRows() {
        return sealRows;
    }

    public long sealAgeMillis() {
        return sealAgeMillis;
    }

    public int blockRows() {
        return blockRows;
    }

    public long groupCommitMaxDelayMicros() {
        return groupCommitMaxDelayMicros;
    }

    public boolean backgroundMaintenance() {
        return backgroundMaintenance;
    }

    public int compactMinSegments() {
        return compactMinSegments;
    }

    public long compactTargetRows() {
        return compactTargetRows;
    }

    public long maintenanceIntervalMillis() {
        return maintenanceIntervalMillis;
    }

    public static final class Builder {
        private long sealRows = 1_000_000;
        private long sealAgeMillis = 10_000;
        private int blockRows = 8192;
        private long groupCommitMaxDelayMicros = 0;
        private boolean backgroundMaintenance = true;
        private int compactMinSegments = 4;
        private long compactTargetRows = 4_000_000;
        private long maintenanceIntervalMillis = 100;

        private Builder() {
        }

        public Builder sealRows(long rows) {
            this.sealRows = positive("sealRows", rows);
            return this;
        }

        public Builder sealAgeMillis(long millis) {
            this.sealAgeMillis = positive("sealAgeMillis", millis);
            return this;
        }

        public Builder blockRows(int rows) {
            if (rows < 64 || rows > 1 << 20 || Integer.bitCount(rows) != 1) {
                throw new IllegalArgumentException("blockRows must be a power of two between 64 and 1048576, got " + rows);
            }
            this.blockRows = rows;
            return this;
        }

        public Builder groupCommitMaxDelayMicros(long micros) {
            if (micros < 0) {
                throw new IllegalArgumentException("groupCommitMaxDelayMicros must not be negative, got " + micros);
            }
            this.groupCommitMaxDelayMicros = micros;
            return this;
        }

        public Builder backgroundMaintenance(boolean on) {
            this.backgroundMaintenance = on;
            return this;
        }

        public Builder compactMinSegments(int segments) {
            if (segments < 2) {
                throw new IllegalArgumentException("compactMinSegments must be at least 2, got " + segments);
            }
            this.compactMinSegments = segments;
            return this;
        }

        public Builder compactTargetRows(long rows) {
            this.compactTargetRows = positive("compactTargetRows", rows);
            return this;
        }

        public Builder maintenanceIntervalMillis(long millis) {
            this.maintenanceIntervalMillis = positive("maintenanceIntervalMillis", millis);
            return this;
        }

        public StoreOptions build() {
            return new StoreOptions(this);
        }

        private static long positive(String name, long value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }
    }
}
