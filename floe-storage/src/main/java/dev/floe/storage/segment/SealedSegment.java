package dev.floe.storage.segment;

import dev.floe.storage.ColumnStats;
import dev.floe.storage.MetadataCodec;
import dev.floe.storage.SegmentView;
import dev.floe.storage.ShreddedColumn;
import dev.floe.storage.StorageCorruptException;
import dev.floe.storage.TableSchema;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.FormatException;
import dev.floe.types.PhysicalType;
import dev.floe.types.SqlType;
import dev.floe.types.variant.ScalarCast;
import dev.floe.types.variant.ShreddedKind;
import dev.floe.types.variant.VariantPath;
import dev.floe.types.vector.ColumnVector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import java.util.zip.CRC32C;

/**
 * A sealed segment file, memory-mapped. Opening checks the magic numbers, the header and footer
 * checksums and that every chunk lies inside the file; each chunk's own checksum is verified the
 * first time it is read (so opening a large table stays cheap, and no byte is ever decoded
 * unverified). A dictionary is decoded once per column, on first use.
 *
 * <p>The mapping outlives the file's directory entry: on Linux a deleted file stays readable
 * through an existing mapping, so snapshots keep working after compaction removed the file.
 */
public final class SealedSegment implements SegmentView {
    private final Path file;
    private final ByteBuffer map;
    private final SegmentHeader header;
    private final ColumnMeta[] columns;
    private final SubColumn[] shredded;
    private final IntFunction<PhysicalType> tableColumnTypes;
    private final long fileLength;
    private final AtomicReferenceArray<Object> dictionaries;

    private SealedSegment(Path file, ByteBuffer map, SegmentHeader header, ColumnMeta[] columns, ShreddedMeta[] shreddedMetas,
                          IntFunction<PhysicalType> tableColumnTypes) {
        this.file = file;
        this.map = map;
        this.header = header;
        this.columns = columns;
        this.tableColumnTypes = tableColumnTypes;
        this.fileLength = map.capacity();
        this.dictionaries = new AtomicReferenceArray<>(columns.length + shreddedMetas.length);
        this.shredded = new SubColumn[shreddedMetas.length];
        for (int i = 0; i < shreddedMetas.length; i++) {
            shredded[i] = new SubColumn(shreddedMetas[i], columns.length + i);
        }
    }

    /**
     * Maps and checks a segment file. {@code tableColumnTypes} gives the physical type of table
     * columns added after this segment was written (they read as NULL here).
     */
    public static SealedSegment open(Path file, IntFunction<PhysicalType> tableColumnTypes) throws IOException {
        MappedByteBuffer mapped;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new StorageCorruptException(file, "segment file of " + size + " bytes exceeds 2 GiB");
            }
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        ByteBuffer map = mapped.order(ByteOrder.LITTLE_ENDIAN);
        try {
            return parse(file, map, tableColumnTypes);
        } catch (FormatException e) {
            throw new StorageCorruptException(file, e.getMessage(), e);
        }
    }

    private static SealedSegment parse(Path file, ByteBuffer map, IntFunction<PhysicalType> tableColumnTypes) {
        int size = map.capacity();
        int minimum = SegmentFiles.MAGIC.length + 8 + 4 + SegmentFiles.TRAILER_BYTES;
        if (size < minimum) {
            throw new FormatException("file of " + size + " bytes is too short for a segment");
        }
        checkMagic(map, 0, SegmentFiles.MAGIC, "segment magic");
        checkMagic(map, size - SegmentFiles.END_MAGIC.length, SegmentFiles.END_MAGIC, "segment end magic");
        ByteReader in = new ByteReader(map, SegmentFiles.MAGIC.length, size);
        int version = in.getInt();
        if (version != SegmentFiles.FORMAT_VERSION) {
            throw new FormatException("unsupported segment format version " + version);
        }
        int headerLength = in.getInt();
        int headerStart = in.skip(headerLength);
        int headerCrc = in.getInt();
        if (crc(map, headerStart, headerLength) != headerCrc) {
            throw new FormatException("header checksum mismatch");
        }
        SegmentHeader header = readHeader(new ByteReader(map, headerStart, headerStart + headerLength));
        int dataStart = in.position();

        ByteReader trailer = new ByteReader(map, size - SegmentFiles.TRAILER_BYTES, size);
        long footerOffset = trailer.getLong();
        int footerLength = trailer.getInt();
        int footerCrc = trailer.getInt();
        if (footerOffset < dataStart || footerLength < 0 || footerOffset + footerLength != size - SegmentFiles.TRAILER_BYTES) {
            throw new FormatException("footer position " + footerOffset + "+" + footerLength + " is inconsistent with the file size");
        }
        if (crc(map, (int) footerOffset, footerLength) != footerCrc) {
            throw new FormatException("footer checksum mismatch");
        }
        ByteReader footer = new ByteReader(map, (int) footerOffset, (int) footerOffset + footerLength);
        int columnCount = footer.getCount(header.schema().columnCount(), "column count");
        if (columnCount != header.schema().columnCount()) {
            throw new FormatException("footer has " + columnCount + " columns, schema " + header.schema().columnCount());
        }
        ColumnMeta[] columns = new ColumnMeta[columnCount];
        for (int c = 0; c < columnCount; c++) {
            columns[c] = ColumnMeta.read(footer, header.schema().physicalType(c), header.blockCount(), dataStart, (int) footerOffset);
        }
        ShreddedMeta[] shredded = new ShreddedMeta[footer.getCount(footer.remaining(), "shredded path count")];
        for (int i = 0; i < shredded.length; i++) {
            shredded[i] = ShreddedMeta.read(footer, header, dataStart, (int) footerOffset);
        }
        if (footer.remaining() != 0) {
            throw new FormatException(footer.remaining() + " unexpected bytes at the end of the footer");
        }
        return new SealedSegment(file, map, header, columns, shredded, tableColumnTypes);
    }

    private static SegmentHeader readHeader(ByteReader in) {
        long id = in.getLong();
        int rowCount = in.getInt();
        int blockRows = in.getInt();
        if (rowCount <= 0 || blockRows <= 0) {
            throw new FormatException("invalid row count " + rowCount + " or block size " + blockRows);
        }
        long firstRow = in.getLong();
        long minSeq = in.getLong();
        long maxSeq = in.getLong();
        long created = in.getLong();
        TableSchema schema = MetadataCodec.readSchema(in);
        return new SegmentHeader(id, rowCount, blockRows, firstRow, minSeq, maxSeq, created, schema, MetadataCodec.readTokens(in));
    }

    private static void checkMagic(ByteBuffer map, int at, byte[] magic, String what) {
        for (int i = 0; i < magic.length; i++) {
            if (map.get(at + i) != magic[i]) {
                throw new FormatException(what + " missing: not a Floe segment file, or truncated");
            }
        }
    }

    private static int crc(ByteBuffer map, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(map.slice(offset, length));
        return (int) crc.getValue();
    }

    public SegmentHeader header() {
        return header;
    }

    public Path file() {
        return file;
    }

    public long fileLength() {
        return fileLength;
    }

    /** Checks every chunk's checksum now (instead of on first read). */
    public void verifyAllChunks() {
        for (int c = 0; c < columns.length + shredded.length; c++) {
            ColumnMeta meta = c < columns.length ? columns[c] : shredded[c - columns.length].meta.columnMeta();
            String what = c < columns.length ? "column " + c : shredded[c - columns.length].describe();
            if (meta.dictionary != null) {
                verify(meta.dictionary, "dictionary of " + what);
            }
            for (int b = 0; b < meta.blocks.length; b++) {
                verify(meta.blocks[b], what + " block " + b);
            }
        }
    }

    @Override
    public long id() {
        return header.id();
    }

    @Override
    public boolean sealed() {
        return true;
    }

    @Override
    public int rowCount() {
        return header.rowCount();
    }

    @Override
    public int blockCount() {
        return header.blockCount();
    }

    @Override
    public int blockStart(int block) {
        return block * header.blockRows();
    }

    @Override
    public int blockRowCount(int block) {
        return Math.min(header.blockRows(), header.rowCount() - block * header.blockRows());
    }

    @Override
    public ColumnStats stats(int column) {
        if (column >= columns.length) {
            return ColumnStats.countsOnly(tableColumnTypes.apply(column), header.rowCount(), 0);
        }
        return columns[column].stats;
    }

    @Override
    public ColumnStats blockStats(int block, int column) {
        if (column >= columns.length) {
            return ColumnStats.countsOnly(tableColumnTypes.apply(column), blockRowCount(block), 0);
        }
        return columns[column].blockStats[block];
    }

    @Override
    public void read(int block, int column, ColumnVector target) {
        if (column >= columns.length) {
            MissingColumn.readNulls(target, blockRowCount(block));
            return;
        }
        decode(columns[column], column, block, target, "column " + column);
    }

    @Override
    public ShreddedColumn shredded(int column, String path) {
        String canonical;
        try {
            canonical = VariantPath.parse(path).toString();
        } catch (RuntimeException e) {
            return null;
        }
        for (SubColumn sub : shredded) {
            if (sub.meta.column() == column && sub.meta.path.toString().equals(canonical)) {
                return sub;
            }
        }
        return null;
    }

    @Override
    public List<ShreddedColumn> shreddedColumns(int column) {
        List<ShreddedColumn> list = new ArrayList<>();
        for (SubColumn sub : shredded) {
            if (sub.meta.column() == column) {
                list.add(sub);
            }
        }
        return list;
    }

    /** Decodes one block of a column or sub-column; {@code slot} indexes the dictionary cache. */
    private void decode(ColumnMeta meta, int slot, int block, ColumnVector target, String what) {
        if (target.type() != meta.type) {
            throw new IllegalArgumentException(what + " is " + meta.type + ", target vector is " + target.type());
        }
        ChunkRef ref = meta.blocks[block];
        verify(ref, what + " block " + block);
        Object dictionary = meta.dictionary == null ? null : dictionary(meta, slot, what);
        try {
            ChunkCodec.decode(new ByteReader(map, ref.offset, ref.offset + ref.length), blockRowCount(block), target, dictionary);
        } catch (FormatException | IndexOutOfBoundsException e) {
            throw new StorageCorruptException(file, what + " block " + block + ": " + e.getMessage(), e);
        }
    }

    private Object dictionary(ColumnMeta meta, int slot, String what) {
        Object dictionary = dictionaries.get(slot);
        if (dictionary == null) {
            verify(meta.dictionary, "dictionary of " + what);
            try {
                ByteReader in = new ByteReader(map, meta.dictionary.offset, meta.dictionary.offset + meta.dictionary.length);
                int count = in.getCount(meta.dictionarySize, "dictionary size");
                if (meta.type == PhysicalType.STRING) {
                    String[] strings = new String[count];
                    for (int i = 0; i < count; i++) {
                        strings[i] = in.getString();
                    }
                    dictionary = strings;
                } else {
                    byte[][] values = new byte[count][];
                    for (int i = 0; i < count; i++) {
                        values[i] = in.getByteString();
                    }
                    dictionary = values;
                }
            } catch (FormatException e) {
                throw new StorageCorruptException(file, "dictionary of " + what + ": " + e.getMessage(), e);
            }
            dictionaries.compareAndSet(slot, null, dictionary);
            dictionary = dictionaries.get(slot);
        }
        return dictionary;
    }

    private void verify(ChunkRef ref, String what) {
        if (ref.verified) {
            return;
        }
        if (crc(map, ref.offset, ref.length) != ref.crc) {
            throw new StorageCorruptException(file, "checksum mismatch in " + what);
        }
        ref.verified = true;
    }

    @Override
    public String toString() {
        return "SealedSegment{" + file.getFileName() + ", rows=" + header.rowCount() + "}";
    }

    /** Where a chunk lies and its checksum; {@code verified} is set once it passed (a benign race). */
    static final class ChunkRef {
        final int offset;
        final int length;
        final int crc;
        boolean verified;

        ChunkRef(int offset, int length, int crc) {
            this.offset = offset;
            this.length = length;
            this.crc = crc;
        }

        static ChunkRef read(ByteReader in, int dataStart, int dataEnd) {
            long offset = in.getLong();
            int length = in.getInt();
            int crc = in.getInt();
            if (offset < dataStart || length < 0 || offset + length > dataEnd) {
                throw new FormatException("chunk at " + offset + "+" + length + " lies outside the data area");
            }
            return new ChunkRef((int) offset, length, crc);
        }
    }

    /** A column's entry in the footer. */
    static final class ColumnMeta {
        final PhysicalType type;
        final ChunkRef dictionary;
        final int dictionarySize;
        final ColumnStats stats;
        final ChunkRef[] blocks;
        final ColumnStats[] blockStats;

        private ColumnMeta(PhysicalType type, ChunkRef dictionary, int dictionarySize, ColumnStats stats,
                           ChunkRef[] blocks, ColumnStats[] blockStats) {
            this.type = type;
            this.dictionary = dictionary;
            this.dictionarySize = dictionarySize;
            this.stats = stats;
            this.blocks = blocks;
            this.blockStats = blockStats;
        }

        static ColumnMeta read(ByteReader in, PhysicalType type, int blockCount, int dataStart, int dataEnd) {
            int layout = in.getByte();
            ChunkRef dictionary = null;
            int dictionarySize = 0;
            if (layout == SegmentFiles.LAYOUT_DICTIONARY) {
                if (type != PhysicalType.STRING && type != PhysicalType.VARIANT) {
                    throw new FormatException("dictionary layout for a " + type + " column");
                }
                dictionary = ChunkRef.read(in, dataStart, dataEnd);
                dictionarySize = in.getCount(Integer.MAX_VALUE - 8, "dictionary size");
            } else if (layout != SegmentFiles.LAYOUT_VALUES || type == PhysicalType.STRING) {
                throw new FormatException("invalid layout " + layout + " for a " + type + " column");
            }
            ColumnStats stats = StatsCodec.read(type, in);
            ChunkRef[] blocks = new ChunkRef[blockCount];
            ColumnStats[] blockStats = new ColumnStats[blockCount];
            for (int b = 0; b < blockCount; b++) {
                blocks[b] = ChunkRef.read(in, dataStart, dataEnd);
                blockStats[b] = StatsCodec.read(type, in);
            }
            return new ColumnMeta(type, dictionary, dictionarySize, stats, blocks, blockStats);
        }
    }

    /** A shredded path's entry in the footer. */
    record ShreddedMeta(int column, VariantPath path, ShreddedKind kind, boolean servesAllCasts, int occurrences,
                        ColumnMeta columnMeta) {
        static ShreddedMeta read(ByteReader in, SegmentHeader header, int dataStart, int dataEnd) {
            int column = in.getCount(header.schema().columnCount() - 1, "shredded column");
            if (header.schema().physicalType(column) != PhysicalType.VARIANT) {
                throw new FormatException("shredded path of column " + column + ", which is not a VARIANT");
            }
            VariantPath path;
            try {
                path = VariantPath.parse(in.getString());
            } catch (RuntimeException e) {
                throw new FormatException("invalid shredded path: " + e.getMessage());
            }
            int kind = in.getByte();
            if (kind >= ShreddedKind.values().length) {
                throw new FormatException("unknown shredded kind " + kind);
            }
            boolean servesAll = in.getByte() != 0;
            int occurrences = in.getVarInt();
            ShreddedKind k = ShreddedKind.values()[kind];
            return new ShreddedMeta(column, path, k, servesAll, occurrences,
                    ColumnMeta.read(in, k.physicalType(), header.blockCount(), dataStart, dataEnd));
        }
    }

    /** The reader of one shredded path. */
    private final class SubColumn implements ShreddedColumn {
        private final ShreddedMeta meta;
        private final int slot;

        SubColumn(ShreddedMeta meta, int slot) {
            this.meta = meta;
            this.slot = slot;
        }

        String describe() {
            return "column " + meta.column() + " path " + meta.path();
        }

        @Override
        public VariantPath path() {
            return meta.path();
        }

        @Override
        public ShreddedKind kind() {
            return meta.kind();
        }

        @Override
        public SqlType type() {
            switch (meta.kind()) {
                case STRING: return SqlType.VARCHAR;
                case LONG: return SqlType.NUMBER;
                case DOUBLE: return SqlType.FLOAT;
                default: return SqlType.BOOLEAN;
            }
        }

        @Override
        public boolean servesCast(ScalarCast cast) {
            return meta.servesAllCasts() || cast == ScalarCast.FLOAT;
        }

        @Override
        public ColumnStats stats() {
            return meta.columnMeta().stats;
        }

        @Override
        public ColumnStats blockStats(int block) {
            return meta.columnMeta().blockStats[block];
        }

        @Override
        public void read(int block, ColumnVector target) {
            decode(meta.columnMeta(), slot, block, target, describe());
        }

        @Override
        public String toString() {
            return describe() + " " + meta.kind();
        }
    }
}
