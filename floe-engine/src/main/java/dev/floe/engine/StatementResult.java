package dev.floe.engine;

import dev.floe.engine.exec.ScanStats;
import dev.floe.engine.expr.ValueFormatter;
import java.time.ZoneId;
import java.util.List;

/**
 * What a statement returned: columns and rows (values as in {@code dev.floe.engine.expr.Values}),
 * its kind (Snowflake's statement types: SELECT, INSERT, DDL, ...), and what the scans touched.
 * DDL statements return one row with a status message, as Snowflake does.
 */
public final class StatementResult {
    private final String statementType;
    private final List<ResultColumn> columns;
    private final List<Object[]> rows;
    private final long rowsAffected;
    private final ScanStats scanStats;
    private final ZoneId timeZone;

    public StatementResult(String statementType, List<ResultColumn> columns, List<Object[]> rows, long rowsAffected,
                           ScanStats scanStats, ZoneId timeZone) {
        this.statementType = statementType;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.rowsAffected = rowsAffected;
        this.scanStats = scanStats;
        this.timeZone = timeZone;
    }

    public static StatementResult status(String statementType, String message, ZoneId zone) {
        return new StatementResult(statementType, List.of(new ResultColumn("status", dev.floe.types.SqlType.VARCHAR, false)),
                List.<Object[]>of(new Object[] {message}), 0, new ScanStats(), zone);
    }

    public String statementType() {
        return statementType;
    }

    public List<ResultColumn> columns() {
        return columns;
    }

    public List<Object[]> rows() {
        return rows;
    }

    public long rowsAffected() {
        return rowsAffected;
    }

    public ScanStats scanStats() {
        return scanStats;
    }

    /** A value rendered as Snowflake shows it; null for SQL NULL. */
    public String text(int row, int column) {
        Object v = rows.get(row)[column];
        return v == null ? null : ValueFormatter.format(v, columns.get(column).type(), timeZone);
    }
}
