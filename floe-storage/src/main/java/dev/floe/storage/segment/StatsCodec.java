package dev.floe.storage.segment;

import dev.floe.storage.ColumnStats;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.types.PhysicalType;

/** Binary form of a zone map in a segment footer. */
final class StatsCodec {
    private StatsCodec() {
    }

    static void write(ColumnStats stats, ByteSink out) {
        out.putVarLong(stats.nullCount());
        out.putVarLong(stats.valueCount());
        out.putByte(stats.hasMinMax() ? 1 : 0);
        if (!stats.hasMinMax()) {
            return;
        }
        switch (stats.type()) {
            case DOUBLE:
                out.putDouble(stats.minDouble());
                out.putDouble(stats.maxDouble());
                break;
            case STRING:
                out.putString(stats.minString());
                out.putString(stats.maxString());
                break;
            default:
                out.putLong(stats.minLong());
                out.putLong(stats.maxLong());
        }
    }

    static ColumnStats read(PhysicalType type, ByteReader in) {
        long nulls = in.getVarLong();
        long values = in.getVarLong();
        if (in.getByte() == 0) {
            return ColumnStats.countsOnly(type, nulls, values);
        }
        switch (type) {
            case DOUBLE:
                return ColumnStats.ofDoubles(nulls, values, in.getDouble(), in.getDouble());
            case STRING:
                return ColumnStats.ofStrings(nulls, values, in.getString(), in.getString());
            default:
                return ColumnStats.ofLongs(type, nulls, values, in.getLong(), in.getLong());
        }
    }
}
