package dev.floe.storage.wal;

import dev.floe.storage.ColumnSpec;
import dev.floe.storage.MetadataCodec;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.FormatException;
import dev.floe.storage.segment.MutableSegment;
import dev.floe.storage.column.MemColumn;
import dev.floe.types.PhysicalType;
import dev.floe.types.vector.ColumnVector;
import java.util.Map;

/**
 * WAL record framing and payloads. A record is: magic, payload length, CRC32C of the payload,
 * payload. The payload starts with the commit seq, the commit time and a kind; an APPEND carries
 * the rows column by column and the offset tokens the commit set; an ADD_COLUMN carries the
 * column (docs/storage-format.md).
 */
public final class WalRecords {
    static final int APPEND = 1;
    static final int ADD_COLUMN = 2;

    private WalRecords() {
    }

    /** Writes a framed APPEND record of the segment's rows [from, from+count). */
    public static void writeAppend(ByteSink out, long seq, long millis, MutableSegment segment, int from, int count,
                                   Map<String, String> tokens) {
        int start = begin(out, seq, millis, APPEND);
        out.putVarInt(count);
        out.putVarInt(segment.columnCount());
        segment.writeWal(from, count, out);
        MetadataCodec.writeTokens(tokens, out);
        end(out, start);
    }

    public static void writeAddColumn(ByteSink out, long seq, long millis, ColumnSpec column) {
        int start = begin(out, seq, millis, ADD_COLUMN);
        MetadataCodec.writeColumn(column, out);
        end(out, start);
    }

    private static int begin(ByteSink out, long seq, long millis, int kind) {
        int start = out.size();
        out.putInt(WalFiles.RECORD_MAGIC);
        out.putInt(0);
        out.putInt(0);
        out.putLong(seq);
        out.putLong(millis);
        out.putByte(kind);
        return start;
    }

    private static void end(ByteSink out, int start) {
        int payloadStart = start + WalFiles.RECORD_HEADER_BYTES;
        out.setInt(start + 4, out.size() - payloadStart);
        out.setInt(start + 8, out.crc32c(payloadStart, out.size()));
    }

    /** Receives replayed records in commit order. */
    public interface Replay {
        /** The physical types the next APPEND's columns must have. */
        PhysicalType[] columnTypes();

        void append(long seq, long millis, ColumnVector[] columns, int rowCount, Map<String, String> tokens);

        void addColumn(long seq, long millis, ColumnSpec column);
    }

    /** Decodes one payload (already checksum-verified) and hands it to {@code replay}. */
    static void decode(ByteReader in, long seq, Replay replay) {
        long millis = in.getLong();
        int kind = in.getByte();
        if (kind == APPEND) {
            int rows = in.getCount(Integer.MAX_VALUE - 8, "row count");
            PhysicalType[] types = replay.columnTypes();
            int columnCount = in.getVarInt();
            if (columnCount != types.length) {
                throw new FormatException("append of " + columnCount + " columns to a table of " + types.length);
            }
            ColumnVector[] columns = new ColumnVector[columnCount];
            for (int c = 0; c < columnCount; c++) {
                int type = in.getByte();
                if (type != types[c].ordinal()) {
                    throw new FormatException("column " + c + " holds physical type #" + type + ", the table has " + types[c]);
                }
                columns[c] = MemColumn.readWal(types[c], in, rows);
            }
            Map<String, String> tokens = MetadataCodec.readTokens(in);
            requireEnd(in);
            replay.append(seq, millis, columns, rows, tokens);
        } else if (kind == ADD_COLUMN) {
            ColumnSpec column = MetadataCodec.readColumn(in);
            requireEnd(in);
            replay.addColumn(seq, millis, column);
        } else {
            throw new FormatException("unknown WAL record kind " + kind);
        }
    }

    private static void requireEnd(ByteReader in) {
        if (in.remaining() != 0) {
            throw new FormatException(in.remaining() + " unexpected bytes at the end of a record");
        }
    }
}
