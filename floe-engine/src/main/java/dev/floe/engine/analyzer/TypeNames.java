package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.sql.tree.TypeName;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import java.util.List;
import java.util.Locale;

/** Maps type names as written (INT, STRING, TIMESTAMP_NTZ(3), NUMBER(10,2), ...) to {@link SqlType}s. */
public final class TypeNames {
    private TypeNames() {
    }

    public static SqlType resolve(TypeName type) {
        return resolve(type.name(), type.parameters());
    }

    public static SqlType resolve(String written, List<Integer> params) {
        String name = written.toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            switch (name) {
                case "NUMBER":
                case "DECIMAL":
                case "DEC":
                case "NUMERIC":
                    return SqlType.number(param(params, 0, 38), param(params, 1, 0));
                case "INT":
                case "INTEGER":
                case "BIGINT":
                case "SMALLINT":
                case "TINYINT":
                case "BYTEINT":
                    noParams(written, params);
                    return SqlType.NUMBER;
                case "FLOAT":
                case "FLOAT4":
                case "FLOAT8":
                case "DOUBLE":
                case "DOUBLE_PRECISION":
                case "REAL":
                    return SqlType.FLOAT;
                case "VARCHAR":
                case "STRING":
                case "TEXT":
                case "NVARCHAR":
                case "NVARCHAR2":
                case "CHAR_VARYING":
                case "NCHAR_VARYING":
                    return params.isEmpty() ? SqlType.VARCHAR : SqlType.varchar(params.get(0));
                case "CHAR":
                case "CHARACTER":
                case "NCHAR":
                    return SqlType.varchar(param(params, 0, 1));
                case "BOOLEAN":
                    return SqlType.BOOLEAN;
                case "DATE":
                    return SqlType.DATE;
                case "TIME":
                    return SqlType.withFractionalDigits(TypeKind.TIME, param(params, 0, 9));
                case "DATETIME":
                case "TIMESTAMP":
                case "TIMESTAMP_NTZ":
                case "TIMESTAMPNTZ":
                case "TIMESTAMP_WITHOUT_TIME_ZONE":
                    return SqlType.withFractionalDigits(TypeKind.TIMESTAMP_NTZ, param(params, 0, 9));
                case "TIMESTAMP_LTZ":
                case "TIMESTAMPLTZ":
                case "TIMESTAMP_WITH_LOCAL_TIME_ZONE":
                    return SqlType.withFractionalDigits(TypeKind.TIMESTAMP_LTZ, param(params, 0, 9));
                case "TIMESTAMP_TZ":
                case "TIMESTAMPTZ":
                case "TIMESTAMP_WITH_TIME_ZONE":
                    return SqlType.withFractionalDigits(TypeKind.TIMESTAMP_TZ, param(params, 0, 9));
                case "VARIANT":
                    return SqlType.VARIANT;
                case "OBJECT":
                    return SqlType.OBJECT;
                case "ARRAY":
                    return SqlType.ARRAY;
                default:
                    throw FloeException.compilation(ErrorCode.TYPE_MISMATCH, "Unsupported data type '" + written + "'.");
            }
        } catch (IllegalArgumentException e) {
            throw FloeException.compilation(ErrorCode.TYPE_MISMATCH, e.getMessage());
        }
    }

    /** Resolves a type name as stored in the catalog, e.g. {@code NUMBER(38,0)} or {@code VARIANT}. */
    public static SqlType parseStored(String displayName) {
        int open = displayName.indexOf('(');
        if (open < 0) {
            return resolve(displayName, List.of());
        }
        String[] parts = displayName.substring(open + 1, displayName.length() - 1).split(",");
        Integer[] params = new Integer[parts.length];
        for (int i = 0; i < parts.length; i++) params[i] = Integer.parseInt(parts[i].trim());
        return resolve(displayName.substring(0, open), List.of(params));
    }

    private static int param(List<Integer> params, int index, int otherwise) {
        return index < params.size() ? params.get(index) : otherwise;
    }

    private static void noParams(String written, List<Integer> params) {
        if (!params.isEmpty()) {
            throw FloeException.compilation(ErrorCode.TYPE_MISMATCH, written + " takes no precision");
        }
    }
}
