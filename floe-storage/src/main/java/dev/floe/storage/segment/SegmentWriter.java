package dev.floe.storage.segment;

import dev.floe.storage.ColumnStats;
import dev.floe.storage.MetadataCodec;
import dev.floe.storage.column.DictionaryColumn;
import dev.floe.storage.column.LongColumn;
import dev.floe.storage.column.MemColumn;
import dev.floe.storage.column.SortedDictionary;
import dev.floe.storage.column.StringColumn;
import dev.floe.storage.column.VariantColumn;
import dev.floe.storage.column.VectorStats;
import dev.floe.storage.encoding.IndexSort;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.DurableFiles;
import dev.floe.types.variant.ScalarCast;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.StringVector;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an immutable segment file from captured in-memory columns: rows sorted by the cluster
 * key, each column encoded block by block with its zone maps, the whole file forced to disk under
 * a temporary name and then renamed into place (layout: docs/storage-format.md).
 */
public final class SegmentWriter {
    /** Width of the time buckets rows are grouped in before the cluster key: one minute. */
    static final long TIME_BUCKET_NANOS = 60_000_000_000L;

    private static final int FLUSH_BYTES = 4 << 20;
    /** VARIANT columns with at most one distinct value per this many rows are dictionary-coded. */
    private static final int VARIANT_ROWS_PER_DISTINCT = 2;

    private final FileChannel channel;
    private final ByteSink buffer = new ByteSink(FLUSH_BYTES + (1 << 20));
    private final ByteSink footer = new ByteSink(1 << 16);
    private long flushed;

    private SegmentWriter(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Writes the segment durably to {@code file}; {@code columns} are captures holding exactly
     * {@code header.rowCount()} rows, one per schema column. Returns the file's length.
     */
    public static long write(Path file, SegmentHeader header, MemColumn[] columns) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        long length;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            length = new SegmentWriter(channel).writeFile(header, columns);
            channel.force(true);
        }
        DurableFiles.moveAtomically(temp, file);
        DurableFiles.fsyncDirectory(file.getParent());
        return length;
    }

    private long writeFile(SegmentHeader header, MemColumn[] columns) throws IOException {
        buffer.putBytes(SegmentFiles.MAGIC);
        buffer.putInt(SegmentFiles.FORMAT_VERSION);
        int lengthAt = buffer.size();
        buffer.putInt(0);
        int headerStart = buffer.size();
        writeHeader(header);
        buffer.setInt(lengthAt, buffer.size() - headerStart);
        buffer.putInt(buffer.crc32c(headerStart, buffer.size()));

        int[] order = clusterOrder(header, columns);
        footer.putVarInt(columns.length);
        for (MemColumn column : columns) {
            writeColumn(header, column, order);
        }
        List<VariantShredding.SubColumn> shredded = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] instanceof VariantColumn) {
                shredded.addAll(VariantShredding.shred(c, (VariantColumn) columns[c], order, header.rowCount(), header.blockRows()));
            }
        }
        footer.putVarInt(shredded.size());
        for (VariantShredding.SubColumn sub : shredded) {
            footer.putVarInt(sub.column());
            footer.putString(sub.path().path().toString());
            footer.putByte(sub.path().kind().ordinal());
            footer.putByte(sub.path().servesCast(ScalarCast.STRING) ? 1 : 0);
            footer.putVarInt(sub.path().occurrences());
            writeColumn(header, sub.values(), null);
        }
        long footerOffset = position();
        int footerCrc = footer.crc32c(0, footer.size());
        buffer.putBytes(footer.array(), 0, footer.size());
        buffer.putLong(footerOffset);
        buffer.putInt(footer.size());
        buffer.putInt(footerCrc);
        buffer.putBytes(SegmentFiles.END_MAGIC);
        flush();
        return flushed;
    }

    private void writeHeader(SegmentHeader h) {
        buffer.putLong(h.id());
        buffer.putInt(h.rowCount());
        buffer.putInt(h.blockRows());
        buffer.putLong(h.firstRow());
        buffer.putLong(h.minCommitSeq());
        buffer.putLong(h.maxCommitSeq());
        buffer.putLong(h.createdMillis());
        MetadataCodec.writeSchema(h.schema(), buffer);
        MetadataCodec.writeTokens(h.offsetTokens(), buffer);
    }

    /**
     * Rows sorted by the minute of the first timestamp column of the cluster key, then
     * by the cluster key. The buckets keep each block to a narrow time range, so that zone maps
     * prune queries on recent data ({@code ts >= now - 1 min}) even in large segments, while rows
     * of one key (device) stay together within each bucket. Timestamps restart at every key within
     * a block; the patched delta encoding keeps that cheap.
     */
    private static int[] clusterOrder(SegmentHeader header, MemColumn[] columns) {
        int[] key = header.schema().clusterKey();
        if (key.length == 0) {
            return null;
        }
        IndexSort.RowComparator[] comparators = new IndexSort.RowComparator[key.length];
        LongColumn time = null;
        for (int i = 0; i < key.length; i++) {
            comparators[i] = columns[key[i]].comparator();
            if (time == null && header.schema().column(key[i]).type().kind().isTimestamp()
                    && columns[key[i]] instanceof LongColumn) {
                time = (LongColumn) columns[key[i]];
            }
        }
        LongColumn bucketed = time;
        return IndexSort.sortedOrder(header.rowCount(), (a, b) -> {
            if (bucketed != null) {
                int c = Long.compare(timeBucket(bucketed, a), timeBucket(bucketed, b));
                if (c != 0) {
                    return c;
                }
            }
            for (IndexSort.RowComparator comparator : comparators) {
                int c = comparator.compare(a, b);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
    }

    /** The minute a row's timestamp falls in; NULL timestamps sort first. */
    private static long timeBucket(LongColumn time, int row) {
        return time.isNull(row) ? Long.MIN_VALUE : Math.floorDiv(time.value(row), TIME_BUCKET_NANOS);
    }

    private void writeColumn(SegmentHeader header, MemColumn column, int[] order) throws IOException {
        int blockRows = header.blockRows();
        ColumnVector vector = ColumnVector.allocate(column.type(), blockRows);
        boolean dictionaryCoded = column instanceof StringColumn
                || (column instanceof VariantColumn
                    && (long) ((VariantColumn) column).dictionarySize() * VARIANT_ROWS_PER_DISTINCT <= header.rowCount());
        int[] ranks = null;
        int[] codes = null;
        if (dictionaryCoded) {
            DictionaryColumn<?> dictionaryColumn = (DictionaryColumn<?>) column;
            Object[] entries;
            if (column instanceof StringColumn) {
                SortedDictionary<String> sorted = ((StringColumn) column).sortedDictionary();
                entries = sorted.values();
                ranks = sorted.ranks();
            } else {
                entries = dictionaryColumn.dictionary();
            }
            long dictionaryOffset = position();
            int start = buffer.size();
            buffer.putVarInt(entries.length);
            for (Object entry : entries) {
                if (entry instanceof String) {
                    buffer.putString((String) entry);
                } else {
                    buffer.putByteString((byte[]) entry);
                }
            }
            footer.putByte(SegmentFiles.LAYOUT_DICTIONARY);
            endChunk(dictionaryOffset, start);
            footer.putVarInt(entries.length);
            codes = new int[blockRows];
        } else {
            footer.putByte(SegmentFiles.LAYOUT_VALUES);
        }
        ColumnStats total = null;
        ByteSink blockFooter = new ByteSink(header.blockCount() * 40);
        for (int block = 0; block < header.blockCount(); block++) {
            int from = block * blockRows;
            int count = Math.min(blockRows, header.rowCount() - from);
            column.gather(order, from, count, vector);
            long offset = position();
            int start = buffer.size();
            ColumnStats stats;
            if (dictionaryCoded) {
                ((DictionaryColumn<?>) column).gatherCodes(order, from, count, codes);
                if (ranks != null) {
                    StringVector strings = (StringVector) vector;
                    for (int i = 0; i < count; i++) {
                        codes[i] = ranks[codes[i]];
                        strings.codes[i] = codes[i];
                    }
                    strings.dictionary = ((StringColumn) column).sortedDictionary().values();
                }
                stats = VectorStats.of(vector, count);
                ChunkCodec.encodeCodes(vector, codes, count, buffer);
            } else {
                stats = VectorStats.of(vector, count);
                ChunkCodec.encodeValues(vector, count, buffer);
            }
            long length = buffer.size() - start;
            int crc = buffer.crc32c(start, buffer.size());
            blockFooter.putLong(offset);
            blockFooter.putInt((int) length);
            blockFooter.putInt(crc);
            StatsCodec.write(stats, blockFooter);
            total = total == null ? stats : total.merge(stats);
            if (buffer.size() >= FLUSH_BYTES) {
                flush();
            }
        }
        StatsCodec.write(total, footer);
        footer.putBytes(blockFooter.array(), 0, blockFooter.size());
    }

    /** Records in the footer the chunk that started at {@code offset} (buffer index {@code start}). */
    private void endChunk(long offset, int start) {
        footer.putLong(offset);
        footer.putInt(buffer.size() - start);
        footer.putInt(buffer.crc32c(start, buffer.size()));
    }

    private long position() {
        return flushed + buffer.size();
    }

    private void flush() throws IOException {
        buffer.writeFully(channel);
        flushed += buffer.size();
        buffer.reset();
    }
}
