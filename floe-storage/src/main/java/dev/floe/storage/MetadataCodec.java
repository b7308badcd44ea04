package dev.floe.storage;

import dev.floe.storage.io.ByteReader;
import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.FormatException;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Binary form of schemas, column specs and offset-token maps, shared by WAL, segments and manifest. */
public final class MetadataCodec {
    private MetadataCodec() {
    }

    public static void writeSchema(TableSchema schema, ByteSink out) {
        out.putVarInt(schema.columnCount());
        for (ColumnSpec column : schema.columns()) {
            writeColumn(column, out);
        }
        int[] key = schema.clusterKey();
        out.putVarInt(key.length);
        for (int k : key) {
            out.putVarInt(k);
        }
    }

    public static TableSchema readSchema(ByteReader in) {
        int count = in.getCount(100_000, "column count");
        List<ColumnSpec> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            columns.add(readColumn(in));
        }
        int[] key = new int[in.getCount(count, "cluster key length")];
        for (int i = 0; i < key.length; i++) {
            key[i] = in.getCount(count - 1, "cluster key column");
        }
        try {
            return new TableSchema(columns, key);
        } catch (IllegalArgumentException e) {
            throw new FormatException("invalid schema: " + e.getMessage());
        }
    }

    public static void writeColumn(ColumnSpec column, ByteSink out) {
        out.putString(column.name());
        writeType(column.type(), out);
        out.putByte(column.nullable() ? 1 : 0);
    }

    public static ColumnSpec readColumn(ByteReader in) {
        String name = in.getString();
        SqlType type = readType(in);
        return new ColumnSpec(name, type, in.getByte() != 0);
    }

    public static void writeType(SqlType type, ByteSink out) {
        out.putString(type.kind().name());
        out.putVarInt(type.precision());
        out.putVarInt(type.scale());
    }

    public static SqlType readType(ByteReader in) {
        String kindName = in.getString();
        int precision = in.getVarInt();
        int scale = in.getVarInt();
        try {
            TypeKind kind = TypeKind.valueOf(kindName);
            switch (kind) {
                case NUMBER: return SqlType.number(precision, scale);
                case VARCHAR: return SqlType.varchar(precision);
                case TIME:
                case TIMESTAMP_NTZ:
                case TIMESTAMP_LTZ:
                case TIMESTAMP_TZ: return SqlType.withFractionalDigits(kind, precision);
                default: return SqlType.of(kind);
            }
        } catch (IllegalArgumentException e) {
            throw new FormatException("invalid type " + kindName + "(" + precision + "," + scale + "): " + e.getMessage());
        }
    }

    public static void writeTokens(Map<String, String> tokens, ByteSink out) {
        out.putVarInt(tokens.size());
        for (Map.Entry<String, String> e : new TreeMap<>(tokens).entrySet()) {
            out.putString(e.getKey());
            out.putString(e.getValue());
        }
    }

    public static Map<String, String> readTokens(ByteReader in) {
        int count = in.getCount(in.remaining(), "token count");
        if (count == 0) {
            return Map.of();
        }
        TreeMap<String, String> tokens = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            tokens.put(in.getString(), in.getString());
        }
        return Collections.unmodifiableMap(tokens);
    }
}
