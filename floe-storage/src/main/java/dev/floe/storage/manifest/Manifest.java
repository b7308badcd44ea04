package dev.floe.storage.manifest;

import dev.floe.storage.MetadataCodec;
import dev.floe.storage.StorageCorruptException;
import dev.floe.storage.TableSchema;
import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.DurableFiles;
import dev.floe.storage.io.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table's catalog at one point: which segments hold its data (in commit order), the WAL
 * position they cover (every commit up to {@code coveredSeq}), and the schema and offset tokens as
 * of that commit. Replaced atomically as a whole (the shape of an Iceberg snapshot, §11).
 */
public record Manifest(long generation, long nextSegmentId, long coveredSeq, long coveredRows, long lastCommitMillis,
                       TableSchema schema, Map<String, String> offsetTokens, List<SegmentEntry> segments) {
    public static final String FILE_NAME = "MANIFEST";
    private static final byte[] MAGIC = {'F', 'L', 'O', 'E', 'M', 'A', 'N', 0};
    private static final int VERSION = 1;

    /** A live segment: its id and row count (checked against the file at open). */
    public record SegmentEntry(long id, int rowCount) {
    }

    public Manifest {
        segments = List.copyOf(segments);
        offsetTokens = Map.copyOf(offsetTokens);
    }

    public static Manifest empty(TableSchema schema) {
        return new Manifest(0, 1, 0, 0, 0, schema, Map.of(), List.of());
    }

    public Manifest next(long nextSegmentId, long coveredSeq, long coveredRows, long lastCommitMillis, TableSchema schema,
                         Map<String, String> offsetTokens, List<SegmentEntry> segments) {
        return new Manifest(generation + 1, nextSegmentId, coveredSeq, coveredRows, lastCommitMillis, schema, offsetTokens, segments);
    }

    public Manifest withSegments(long nextSegmentId, List<SegmentEntry> segments) {
        return next(nextSegmentId, coveredSeq, coveredRows, lastCommitMillis, schema, offsetTokens, segments);
    }

    public void write(Path directory) throws IOException {
        ByteSink out = new ByteSink(1024 + segments.size() * 16);
        out.putBytes(MAGIC);
        out.putInt(VERSION);
        int lengthAt = out.size();
        out.putInt(0);
        int payload = out.size();
        out.putLong(generation);
        out.putLong(nextSegmentId);
        out.putLong(coveredSeq);
        out.putLong(coveredRows);
        out.putLong(lastCommitMillis);
        MetadataCodec.writeSchema(schema, out);
        MetadataCodec.writeTokens(offsetTokens, out);
        out.putVarInt(segments.size());
        for (SegmentEntry segment : segments) {
            out.putLong(segment.id());
            out.putVarInt(segment.rowCount());
        }
        out.setInt(lengthAt, out.size() - payload);
        out.putInt(out.crc32c(payload, out.size()));
        DurableFiles.replaceAtomically(directory.resolve(FILE_NAME), out);
    }

    public static Manifest read(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("no Floe table at " + directory + ": " + FILE_NAME + " is missing", e);
        }
        try {
            ByteReader in = ByteReader.of(bytes, 0, bytes.length);
            for (byte b : MAGIC) {
                if ((byte) in.getByte() != b) {
                    throw new FormatException("manifest magic missing");
                }
            }
            int version = in.getInt();
            if (version != VERSION) {
                throw new FormatException("unsupported manifest version " + version);
            }
            int length = in.getInt();
            if (length < 0 || length > in.remaining() - 4) {
                throw new FormatException("manifest length " + length + " does not match the file");
            }
            int payload = in.skip(length);
            int crc = in.getInt();
            if (crc != crc32c(bytes, payload, length) || in.remaining() != 0) {
                throw new FormatException("manifest checksum mismatch");
            }
            ByteReader body = ByteReader.of(bytes, payload, payload + length);
            long generation = body.getLong();
            long nextSegmentId = body.getLong();
            long coveredSeq = body.getLong();
            long coveredRows = body.getLong();
            long lastCommitMillis = body.getLong();
            TableSchema schema = MetadataCodec.readSchema(body);
            Map<String, String> tokens = MetadataCodec.readTokens(body);
            int count = body.getCount(body.remaining(), "segment count");
            List<SegmentEntry> segments = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                segments.add(new SegmentEntry(body.getLong(), body.getVarInt()));
            }
            return new Manifest(generation, nextSegmentId, coveredSeq, coveredRows, lastCommitMillis, schema, tokens, segments);
        } catch (FormatException e) {
            throw new StorageCorruptException(file, e.getMessage(), e);
        }
    }

    private static int crc32c(byte[] bytes, int offset, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
