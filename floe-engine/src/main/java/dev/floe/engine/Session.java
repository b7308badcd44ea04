package dev.floe.engine;

import dev.floe.engine.system.QueryRecord;
import dev.floe.sql.ParsedStatement;
import dev.floe.sql.SqlParseException;
import dev.floe.sql.SqlParser;
import dev.floe.sql.tree.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SQL session: current database, schema, warehouse and role, and session parameters
 * (TIMEZONE defaults to UTC in Floe, not America/Los_Angeles as in Snowflake). Not thread-safe:
 * one statement at a time, as in a Snowflake session.
 */
public final class Session {
    private final Floe floe;
    private String database;
    private String schema;
    private String warehouse;
    private String role = "ACCOUNTADMIN";
    private String user = "FLOE";
    private final Map<String, String> parameters = new TreeMap<>();
    private volatile StatementContext running;

    private final long id;

    Session(Floe floe, long id) {
        this.floe = floe;
        this.id = id;
        parameters.put("TIMEZONE", "UTC");
    }

    /** Parses a script (statements separated by {@code ;}); syntax errors become {@link FloeException}s. */
    public static List<ParsedStatement> parse(String sql) {
        try {
            return SqlParser.parseScript(sql);
        } catch (SqlParseException e) {
            throw new FloeException(ErrorCode.SYNTAX_ERROR, e.getMessage(), e.getLine(), e.getColumn(), e);
        }
    }

    /** Runs every statement of a script in order, stopping at the first failure. */
    public List<StatementResult> execute(String sql) {
        List<StatementResult> results = new ArrayList<>();
        for (ParsedStatement s : parse(sql)) {
            results.add(execute(s));
        }
        return results;
    }

    /** Runs one statement of a script, e.g. {@code SELECT 1}; fails if the text holds more than one. */
    public StatementResult executeOne(String sql) {
        List<ParsedStatement> statements = parse(sql);
        if (statements.size() != 1) {
            throw new FloeException(ErrorCode.INVALID_ARGUMENT, "expected one statement, got " + statements.size());
        }
        return execute(statements.get(0));
    }

    public StatementResult execute(ParsedStatement parsed) {
        Statement statement = parsed.statement();
        long start = System.currentTimeMillis();
        StatementContext ctx = new StatementContext(floe, this, start);
        running = ctx;
        String db = database;
        String sch = schema;
        try {
            StatementResult result = new StatementExecutor(ctx).execute(statement);
            record(parsed, db, sch, result.statementType(), null, start, result.rows().size(), ctx);
            return result;
        } catch (FloeException e) {
            record(parsed, db, sch, "UNKNOWN", e, start, 0, ctx);
            throw e;
        } finally {
            running = null;
        }
    }

    private void record(ParsedStatement parsed, String db, String sch, String type, FloeException error, long start,
                        long rows, StatementContext ctx) {
        dev.floe.engine.catalog.WarehouseDef w = warehouse == null ? null : ctx.catalog().warehouse(warehouse);
        floe.history().add(new QueryRecord(java.util.UUID.randomUUID().toString(), redacted(parsed), db, sch, type, id,
                user, role, warehouse, w == null ? null : w.size(), w == null ? null : w.interactive() ? "INTERACTIVE" : "STANDARD",
                error == null ? "SUCCESS" : "FAILED_WITH_ERROR",
                error == null ? null : String.format("%06d", error.code().snowflakeCode()),
                error == null ? null : error.getMessage(), start, System.currentTimeMillis(), rows,
                ctx.scanStats().rowsScanned.get()));
    }

    private static final java.util.regex.Pattern PASSWORD = java.util.regex.Pattern.compile(
            "(?i)(PASSWORD\\s*=\\s*)'(?:[^']|'')*'");

    /** The statement text for the query history, with user passwords masked. */
    private static String redacted(ParsedStatement parsed) {
        Statement s = parsed.statement();
        boolean userStatement = s instanceof dev.floe.sql.tree.CreateUser || s instanceof dev.floe.sql.tree.AlterUser;
        return userStatement ? PASSWORD.matcher(parsed.sourceText()).replaceAll("$1'****'") : parsed.sourceText();
    }

    public long id() {
        return id;
    }

    /** Cancels the statement running now, if any; it fails with a cancellation error. */
    public void cancel() {
        StatementContext ctx = running;
        if (ctx != null) ctx.cancel();
    }

    public String database() {
        return database;
    }

    public String schema() {
        return schema;
    }

    public String warehouse() {
        return warehouse;
    }

    public String role() {
        return role;
    }

    public String user() {
        return user;
    }

    public ZoneId timeZone() {
        return ZoneId.of(parameters.get("TIMEZONE"));
    }

    public Map<String, String> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    void useDatabase(String name) {
        database = name;
        schema = null;
    }

    void useSchema(String database, String name) {
        this.database = database;
        this.schema = name;
    }

    void useWarehouse(String name) {
        warehouse = name;
    }

    void useRole(String name) {
        role = name;
    }

    void setUser(String name) {
        user = name;
    }

    void setParameter(String name, String value) {
        String key = name.toUpperCase(Locale.ROOT);
        if (key.equals("TIMEZONE")) {
            try {
                ZoneId.of(value);
            } catch (java.time.DateTimeException e) {
                throw new FloeException(ErrorCode.INVALID_ARGUMENT, "invalid value ['" + value + "'] for parameter 'TIMEZONE'");
            }
        }
        parameters.put(key, value);
    }

    void unsetParameter(String name) {
        String key = name.toUpperCase(Locale.ROOT);
        if (key.equals("TIMEZONE")) {
            parameters.put(key, "UTC");
        } else {
            parameters.remove(key);
        }
    }
}
