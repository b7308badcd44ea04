package dev.floe.engine.system;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.analyzer.TypeNames;
import dev.floe.engine.catalog.CatalogState;
import dev.floe.engine.catalog.ColumnDef;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.plan.Field;
import dev.floe.engine.plan.ValuesNode;
import dev.floe.engine.ingest.PipeInfo;
import dev.floe.engine.ingest.PipeUsage;
import dev.floe.engine.ingest.StreamingIngest;
import dev.floe.storage.StoreStats;
import dev.floe.types.time.DateTimeParser;
import dev.floe.types.time.TimestampTz;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The INFORMATION_SCHEMA views and table functions, computed from the catalog, table storage
 * statistics and the query history when a statement reads them. Column names and order are
 * Snowflake's.
 */
public final class SystemViews {
    private static final SqlType TEXT = SqlType.VARCHAR;
    private static final SqlType NUM = SqlType.number(38, 0);
    private static final SqlType LTZ = SqlType.TIMESTAMP_LTZ;

    private final CatalogState catalog;
    private final Function<TableDef, StoreStats> stats;
    private final QueryHistory history;
    private final StreamingIngest ingest;

    public SystemViews(CatalogState catalog, Function<TableDef, StoreStats> stats, QueryHistory history, StreamingIngest ingest) {
        this.catalog = catalog;
        this.stats = stats;
        this.history = history;
        this.ingest = ingest;
    }

    /** The view {@code <database>.INFORMATION_SCHEMA.<name>}, or null when there is no such view. */
    public ValuesNode view(String database, String name) {
        switch (name) {
            case "TABLES": return tables(database);
            case "COLUMNS": return columns(database);
            case "SCHEMATA": return schemata(database);
            case "PIPES": return pipes(database);
            default: return null;
        }
    }

    private ValuesNode tables(String database) {
        Columns c = new Columns("TABLE_CATALOG", TEXT, "TABLE_SCHEMA", TEXT, "TABLE_NAME", TEXT, "TABLE_OWNER", TEXT,
                "TABLE_TYPE", TEXT, "IS_TRANSIENT", TEXT, "CLUSTERING_KEY", TEXT, "ROW_COUNT", NUM, "BYTES", NUM,
                "RETENTION_TIME", NUM, "CREATED", LTZ, "LAST_ALTERED", LTZ, "LAST_DDL", LTZ, "LAST_DDL_BY", TEXT,
                "AUTO_CLUSTERING_ON", TEXT, "COMMENT", TEXT, "IS_TEMPORARY", TEXT, "IS_ICEBERG", TEXT, "IS_DYNAMIC", TEXT,
                "IS_IMMUTABLE", TEXT, "IS_HYBRID", TEXT, "IS_INTERACTIVE", TEXT);
        for (TableDef t : catalog.tables) {
            if (!t.name().database().equals(database)) continue;
            StoreStats s = stats.apply(t);
            long lastAltered = Math.max(t.lastDdlMillis(), s.lastCommitMillis());
            String clustering = t.clusterBy().isEmpty() ? null : "LINEAR(" + String.join(", ", t.clusterBy()) + ")";
            c.add(t.name().database(), t.name().schema(), t.name().object(), t.owner(), "BASE TABLE", "NO", clustering,
                    s.rowCount(), s.bytesOnDisk(), 1L, nanos(t.createdMillis()), nanos(lastAltered), nanos(t.lastDdlMillis()),
                    t.owner(), clustering == null ? "NO" : "YES", t.comment(), "NO", "NO", "NO", "NO", "NO",
                    t.interactive() ? "YES" : "NO");
        }
        return c.node();
    }

    private ValuesNode columns(String database) {
        Columns c = new Columns("TABLE_CATALOG", TEXT, "TABLE_SCHEMA", TEXT, "TABLE_NAME", TEXT, "COLUMN_NAME", TEXT,
                "ORDINAL_POSITION", NUM, "COLUMN_DEFAULT", TEXT, "IS_NULLABLE", TEXT, "DATA_TYPE", TEXT,
                "CHARACTER_MAXIMUM_LENGTH", NUM, "CHARACTER_OCTET_LENGTH", NUM, "NUMERIC_PRECISION", NUM,
                "NUMERIC_PRECISION_RADIX", NUM, "NUMERIC_SCALE", NUM, "DATETIME_PRECISION", NUM, "COMMENT", TEXT);
        for (TableDef t : catalog.tables) {
            if (!t.name().database().equals(database)) continue;
            List<ColumnDef> cols = t.columns();
            for (int i = 0; i < cols.size(); i++) {
                ColumnDef col = cols.get(i);
                SqlType type = TypeNames.parseStored(col.type());
                TypeKind k = type.kind();
                Long charLength = k == TypeKind.VARCHAR ? Long.valueOf(type.precision()) : null;
                Long octets = k == TypeKind.VARCHAR ? Long.valueOf(Math.min(16_777_216L, type.precision() * 4L)) : null;
                Long precision = k == TypeKind.NUMBER ? Long.valueOf(type.precision()) : k == TypeKind.FLOAT ? Long.valueOf(53) : null;
                Long radix = k == TypeKind.NUMBER ? Long.valueOf(10) : k == TypeKind.FLOAT ? Long.valueOf(2) : null;
                Long scale = k == TypeKind.NUMBER ? Long.valueOf(type.scale()) : null;
                Long datetime = k == TypeKind.DATE ? Long.valueOf(0) : k.isTemporal() ? Long.valueOf(type.precision()) : null;
                c.add(t.name().database(), t.name().schema(), t.name().object(), col.name(), (long) i + 1,
                        col.defaultExpression(), col.nullable() ? "YES" : "NO", dataType(k), charLength, octets, precision,
                        radix, scale, datetime, col.comment());
            }
        }
        return c.node();
    }

    /** The DATA_TYPE Snowflake shows: TEXT for VARCHAR, the family name otherwise. */
    private static String dataType(TypeKind k) {
        return k == TypeKind.VARCHAR ? "TEXT" : k.name();
    }

    private ValuesNode schemata(String database) {
        Columns c = new Columns("CATALOG_NAME", TEXT, "SCHEMA_NAME", TEXT, "SCHEMA_OWNER", TEXT, "IS_TRANSIENT", TEXT,
                "IS_MANAGED_ACCESS", TEXT, "RETENTION_TIME", NUM, "CREATED", LTZ, "LAST_ALTERED", LTZ, "COMMENT", TEXT);
        for (var s : catalog.schemas) {
            if (!s.name().database().equals(database)) continue;
            c.add(database, s.name().schema(), s.owner(), "NO", "NO", 1L, nanos(s.createdMillis()), nanos(s.createdMillis()),
                    s.comment());
        }
        return c.node();
    }

    /** The pipes of streaming ingest: default pipes (created on first use) and pipes made by CREATE PIPE. */
    private ValuesNode pipes(String database) {
        Columns c = new Columns("PIPE_CATALOG", TEXT, "PIPE_SCHEMA", TEXT, "PIPE_NAME", TEXT, "PIPE_OWNER", TEXT,
                "DEFINITION", TEXT, "IS_AUTOINGEST_ENABLED", TEXT, "NOTIFICATION_CHANNEL_NAME", TEXT, "CREATED", LTZ,
                "LAST_ALTERED", LTZ, "COMMENT", TEXT, "PATTERN", TEXT);
        for (PipeInfo p : ingest.pipes()) {
            if (!p.databaseName().equals(database)) continue;
            c.add(p.databaseName(), p.schemaName(), p.pipeName(), p.owner(), p.definition(), "NO", null,
                    nanos(p.createdOnMs()), nanos(p.createdOnMs()), p.comment(), null);
        }
        return c.node();
    }

    /**
     * A table function of INFORMATION_SCHEMA with its named arguments (already evaluated), or
     * null when there is no such function.
     */
    public ValuesNode tableFunction(String name, Map<String, Object> args) {
        switch (name) {
            case "PIPE_USAGE_HISTORY":
                requireOnly(name, args, "DATE_RANGE_START", "DATE_RANGE_END", "PIPE_NAME");
                return pipeUsageHistory(args);
            case "QUERY_HISTORY":
                requireOnly(name, args, "END_TIME_RANGE_START", "END_TIME_RANGE_END", "RESULT_LIMIT",
                        "INCLUDE_CLIENT_GENERATED_STATEMENT");
                return queryHistory(args);
            default:
                return null;
        }
    }

    /**
     * Committed streaming ingest per pipe and time window. Without DATE_RANGE_END the range ends now;
     * without DATE_RANGE_START it starts 10 minutes before its end (Snowflake's defaults). Floe bills
     * no credits and streaming inserts no files, so those columns are 0.
     */
    private ValuesNode pipeUsageHistory(Map<String, Object> args) {
        long endMs = args.get("DATE_RANGE_END") == null ? System.currentTimeMillis() : epochMillis("DATE_RANGE_END", args);
        long startMs = args.get("DATE_RANGE_START") == null ? endMs - 600_000 : epochMillis("DATE_RANGE_START", args);
        Object pipe = args.get("PIPE_NAME");
        if (pipe != null && !(pipe instanceof String)) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "PIPE_NAME must be a string, got " + pipe);
        }
        Columns c = new Columns("PIPE_ID", NUM, "PIPE_NAME", TEXT, "START_TIME", LTZ, "END_TIME", LTZ, "CREDITS_USED", NUM,
                "BYTES_INSERTED", SqlType.FLOAT, "FILES_INSERTED", NUM);
        for (PipeUsage u : ingest.usage(startMs, endMs, pipe == null ? null : ((String) pipe).toUpperCase(java.util.Locale.ROOT))) {
            c.add(u.pipeId(), u.pipeName(), nanos(u.startMs()), nanos(u.endMs()), 0L, (double) u.bytesInserted(), 0L);
        }
        return c.node();
    }

    /** A DATE_RANGE_* argument: a timestamp (epoch nanoseconds) or a timestamp string. */
    private static long epochMillis(String arg, Map<String, Object> args) {
        Object v = args.get(arg);
        if (v instanceof Long) return Math.floorDiv((Long) v, 1_000_000L);
        if (v instanceof TimestampTz) return Math.floorDiv(((TimestampTz) v).epochNanos(), 1_000_000L);
        if (v instanceof String) {
            try {
                return Math.floorDiv(new DateTimeParser().parseTimestampLtz((String) v, java.time.ZoneOffset.UTC), 1_000_000L);
            } catch (IllegalArgumentException e) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, arg + ": " + e.getMessage());
            }
        }
        throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, arg + " must be a timestamp, got " + v);
    }

    private ValuesNode queryHistory(Map<String, Object> args) {
        Object limitArg = args.get("RESULT_LIMIT");
        long limit = limitArg == null ? 100 : ((Number) limitArg).longValue();
        if (limit < 1 || limit > 10_000) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "RESULT_LIMIT must be between 1 and 10000, got " + limit);
        }
        Columns c = new Columns("QUERY_ID", TEXT, "QUERY_TEXT", TEXT, "DATABASE_NAME", TEXT, "SCHEMA_NAME", TEXT,
                "QUERY_TYPE", TEXT, "SESSION_ID", NUM, "USER_NAME", TEXT, "ROLE_NAME", TEXT, "WAREHOUSE_NAME", TEXT,
                "WAREHOUSE_SIZE", TEXT, "WAREHOUSE_TYPE", TEXT, "EXECUTION_STATUS", TEXT, "ERROR_CODE", TEXT,
                "ERROR_MESSAGE", TEXT, "START_TIME", LTZ, "END_TIME", LTZ, "TOTAL_ELAPSED_TIME", NUM, "ROWS_PRODUCED", NUM,
                "ROWS_SCANNED", NUM);
        for (QueryRecord r : history.newest((int) limit)) {
            c.add(r.queryId(), r.queryText(), r.databaseName(), r.schemaName(), r.queryType(), r.sessionId(), r.userName(),
                    r.roleName(), r.warehouseName(), r.warehouseSize(), r.warehouseType(), r.executionStatus(), r.errorCode(),
                    r.errorMessage(), nanos(r.startMillis()), nanos(r.endMillis()), r.endMillis() - r.startMillis(),
                    r.rowsProduced(), r.rowsScanned());
        }
        return c.node();
    }

    private static void requireOnly(String function, Map<String, Object> args, String... allowed) {
        for (String key : args.keySet()) {
            if (!List.of(allowed).contains(key)) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "invalid argument '" + key + "' for function " + function
                        + "; expected one of " + String.join(", ", allowed));
            }
        }
    }

    private static Long nanos(long millis) {
        return millis * 1_000_000L;
    }

    /** Declared columns and collected rows of a view. */
    private static final class Columns {
        private final List<Field> fields = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();

        Columns(Object... nameTypePairs) {
            for (int i = 0; i < nameTypePairs.length; i += 2) {
                fields.add(new Field(null, (String) nameTypePairs[i], (SqlType) nameTypePairs[i + 1], true));
            }
        }

        void add(Object... values) {
            rows.add(values);
        }

        ValuesNode node() {
            return new ValuesNode(fields, rows);
        }
    }
}
