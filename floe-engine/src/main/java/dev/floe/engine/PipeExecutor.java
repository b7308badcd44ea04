package dev.floe.engine;

import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.ingest.IngestException;
import dev.floe.engine.ingest.PipeInfo;
import dev.floe.engine.security.Principal;
import dev.floe.sql.tree.Cast;
import dev.floe.sql.tree.CopyInto;
import dev.floe.sql.tree.CreatePipe;
import dev.floe.sql.tree.Drop;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.PathElement;
import dev.floe.sql.tree.PositionalColumn;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.SelectItem;
import dev.floe.sql.tree.Star;
import dev.floe.sql.tree.TableFunction;
import dev.floe.sql.tree.VariantPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CREATE PIPE and DROP PIPE for streaming ingest. A pipe's COPY INTO reads
 * {@code TABLE(DATA_SOURCE(TYPE => 'STREAMING'))} and either selects {@code *} (JSON keys match
 * columns by name, as in the default pipe) or a list of {@code $1:key} fields, optionally cast,
 * that fill the COPY's columns (or the table's, in order). Other transformations are refused.
 */
final class PipeExecutor {
    private final StatementContext ctx;

    PipeExecutor(StatementContext ctx) {
        this.ctx = ctx;
    }

    StatementResult create(CreatePipe s) {
        ObjectName name = ctx.qualify(s.name());
        CopyInto copy = s.copy();
        ObjectName tableName = ctx.qualify(copy.table());
        if (!tableName.schemaName().equals(name.schemaName())) {
            throw FloeException.compilation(ErrorCode.NOT_SUPPORTED, "A pipe must load a table of its own schema "
                    + name.schemaName() + ", not " + tableName);
        }
        TableDef table = ctx.catalog().table(tableName);
        if (table == null) throw FloeException.notFound("Table", tableName.toString());
        Map<String, String> mapping = fieldMapping(copy, table);
        String comment = s.properties().get("COMMENT").map(PropertyValues::text).orElse(null);
        boolean existed = pipeExists(name);
        try {
            ctx.floe().ingest().createPipe(principal(), name.database(), name.schema(), name.object(), table.name().object(),
                    copy.toString(), mapping, s.orReplace(), s.ifNotExists(), comment);
        } catch (IngestException e) {
            if (e.code().equals(IngestException.PIPE_ALREADY_EXISTS)) throw FloeException.alreadyExists("Pipe", name.toString());
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        }
        String message = existed && s.ifNotExists() ? name.object() + " already exists, statement succeeded."
                : "Pipe " + name.object() + " successfully created.";
        return StatementResult.status("CREATE", message, ctx.timeZone());
    }

    StatementResult drop(Drop s) {
        ObjectName name = ctx.qualify(s.name());
        boolean dropped;
        try {
            dropped = ctx.floe().ingest().dropPipe(principal(), name.database(), name.schema(), name.object());
        } catch (IngestException e) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        }
        if (!dropped && !s.ifExists()) throw FloeException.notFound("Pipe", name.toString());
        String message = dropped ? name.object() + " successfully dropped."
                : "Drop statement executed successfully (" + name + " already dropped).";
        return StatementResult.status("DROP", message, ctx.timeZone());
    }

    private boolean pipeExists(ObjectName name) {
        for (PipeInfo p : ctx.floe().ingest().pipes()) {
            if (ObjectName.object(p.databaseName(), p.schemaName(), p.pipeName()).equals(name)) return true;
        }
        return false;
    }

    private Principal principal() {
        return new Principal(ctx.currentUser(), ctx.currentRole());
    }

    /** JSON key to column from the COPY's SELECT; empty for SELECT *. */
    private static Map<String, String> fieldMapping(CopyInto copy, TableDef table) {
        if (!copy.source().with().isEmpty() || !copy.source().orderBy().isEmpty() || copy.source().limit().isPresent()
                || !(copy.source().body() instanceof QuerySpecification)) {
            throw unsupported(copy);
        }
        QuerySpecification select = (QuerySpecification) copy.source().body();
        boolean streamingSource = select.from().isPresent() && select.from().get() instanceof TableFunction
                && ((TableFunction) select.from().get()).call().name().toString().equalsIgnoreCase("DATA_SOURCE");
        if (!streamingSource || select.distinct() || select.where().isPresent() || !select.groupBy().isEmpty()
                || select.having().isPresent() || select.qualify().isPresent()) {
            throw unsupported(copy);
        }
        List<SelectItem> items = select.selectItems();
        if (items.size() == 1 && items.get(0).expression() instanceof Star) {
            if (!copy.columns().isEmpty()) throw unsupported(copy);
            return Map.of();
        }
        List<String> targets = copy.columns().isEmpty() ? null : copy.columns().stream().map(c -> c.canonical()).toList();
        int available = targets == null ? table.columns().size() : targets.size();
        if (items.size() != available && (targets != null || items.size() > available)) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "The pipe selects " + items.size() + " fields for "
                    + available + " columns");
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String column = targets == null ? table.columns().get(i).name() : targets.get(i);
            if (table.columnIndex(column) < 0) {
                throw FloeException.compilation(ErrorCode.INVALID_IDENTIFIER, "invalid identifier '" + column + "'");
            }
            String key = fieldKey(items.get(i).expression(), copy);
            if (mapping.put(key, column) != null) {
                throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, "The pipe selects $1:" + key + " twice");
            }
        }
        return mapping;
    }

    /** The key of {@code $1:key} or {@code $1:key::TYPE}. */
    private static String fieldKey(Expression e, CopyInto copy) {
        Expression value = e instanceof Cast ? ((Cast) e).operand() : e;
        if (value instanceof VariantPath) {
            VariantPath path = (VariantPath) value;
            if (path.base() instanceof PositionalColumn && ((PositionalColumn) path.base()).index() == 1
                    && path.elements().size() == 1 && path.elements().get(0) instanceof PathElement.Field) {
                return ((PathElement.Field) path.elements().get(0)).name();
            }
        }
        throw unsupported(copy);
    }

    private static FloeException unsupported(CopyInto copy) {
        return FloeException.compilation(ErrorCode.NOT_SUPPORTED, "A streaming pipe must be COPY INTO <table> [(columns)] FROM"
                + " (SELECT * | $1:field[::type], ... FROM TABLE(DATA_SOURCE(TYPE => 'STREAMING'))); not supported: " + copy);
    }
}
