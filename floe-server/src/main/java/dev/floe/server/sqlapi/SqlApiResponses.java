package dev.floe.server.sqlapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.floe.engine.ResultColumn;
import dev.floe.engine.StatementResult;
import dev.floe.server.http.HttpReply;
import dev.floe.types.SqlType;
import java.util.List;

/**
 * The JSON bodies of Snowflake's SQL API v2: a ResultSet (200) for a finished statement, a
 * QueryStatus (202) for one still running, an error (422) for one that failed, and the summary of a
 * multi-statement request whose statements each have a handle to fetch.
 */
final class SqlApiResponses {
    static final String SUCCESS_CODE = "090001";
    static final String RUNNING_CODE = "333334";
    static final String MULTI_STATEMENT_MESSAGE = "Multiple statements executed successfully.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SqlApiResponses() {
    }

    /** How a submission stands: its single statement's reply, or for several statements the summary. */
    static HttpReply of(Submission submission, boolean nullAsJsonNull) {
        if (!submission.multiStatement()) {
            return of(submission.runs().get(0), nullAsJsonNull);
        }
        for (StatementRun run : submission.runs()) {
            if (run.status() == StatementRun.Status.FAILED) {
                return error(run.error(), submission.handle(), submission.requestId());
            }
        }
        if (!submission.finished()) {
            return running(submission.handle(), submission.requestId());
        }
        return multiStatement(submission);
    }

    static HttpReply of(StatementRun run, boolean nullAsJsonNull) {
        String handle = run.handle();
        String requestId = run.submission().requestId();
        switch (run.status()) {
            case SUCCEEDED: return resultSet(run.result(), handle, requestId, run.submission().createdMillis(), nullAsJsonNull);
            case FAILED: return error(run.error(), handle, requestId);
            default: return running(handle, requestId);
        }
    }

    /** The answer to an asynchronous submission: 202 and the handle to poll, whatever the statement's progress. */
    static HttpReply accepted(Submission submission) {
        return running(submission.handle(), submission.requestId());
    }

    static HttpReply cancelled(String handle) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", "000604");
        body.put("sqlState", "00000");
        body.put("message", "successfully canceled");
        body.put("statementHandle", handle);
        body.put("statementStatusUrl", statusUrl(handle, null));
        return HttpReply.json(200, body.toString());
    }

    private static HttpReply running(String handle, String requestId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", RUNNING_CODE);
        body.put("message", "Asynchronous execution in progress. Use provided query id to perform query monitoring and management.");
        body.put("statementHandle", handle);
        body.put("statementStatusUrl", statusUrl(handle, requestId));
        return HttpReply.json(202, body.toString());
    }

    private static HttpReply error(StatementError error, String handle, String requestId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", error.code());
        body.put("message", error.message());
        body.put("sqlState", error.sqlState());
        body.put("statementHandle", handle);
        body.put("statementStatusUrl", statusUrl(handle, requestId));
        return HttpReply.json(422, body.toString());
    }

    private static HttpReply resultSet(StatementResult result, String handle, String requestId, long createdMillis,
                                       boolean nullAsJsonNull) {
        List<ResultColumn> columns = result.columns();
        List<Object[]> rows = result.rows();
        ObjectNode body = JSON.createObjectNode();
        ArrayNode rowType = JSON.createArrayNode();
        for (ResultColumn column : columns) {
            rowType.add(rowType(column));
        }
        ArrayNode data = JSON.createArrayNode();
        long bytes = 0;
        for (Object[] row : rows) {
            ArrayNode out = data.addArray();
            for (int c = 0; c < columns.size(); c++) {
                String value = SqlApiValues.encode(row[c], columns.get(c).type());
                if (value == null) {
                    if (nullAsJsonNull) {
                        out.addNull();
                    } else {
                        out.add("null");
                    }
                } else {
                    out.add(value);
                    bytes += value.length();
                }
            }
        }
        ObjectNode metadata = body.putObject("resultSetMetaData");
        metadata.put("numRows", rows.size());
        metadata.put("format", "jsonv2");
        ObjectNode partition = metadata.putArray("partitionInfo").addObject();
        partition.put("rowCount", rows.size());
        partition.put("uncompressedSize", bytes);
        metadata.set("rowType", rowType);
        body.set("data", data);
        body.put("code", SUCCESS_CODE);
        body.put("statementStatusUrl", statusUrl(handle, requestId));
        body.put("requestId", requestId);
        body.put("sqlState", "00000");
        body.put("statementHandle", handle);
        body.put("message", "Statement executed successfully.");
        body.put("createdOn", createdMillis);
        ObjectNode stats = stats(result);
        if (stats != null) {
            body.set("stats", stats);
        }
        return HttpReply.json(200, body.toString());
    }

    private static HttpReply multiStatement(Submission submission) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode metadata = body.putObject("resultSetMetaData");
        metadata.put("numRows", 1);
        metadata.put("format", "jsonv2");
        ObjectNode partition = metadata.putArray("partitionInfo").addObject();
        partition.put("rowCount", 1);
        partition.put("uncompressedSize", MULTI_STATEMENT_MESSAGE.length());
        metadata.putArray("rowType").add(rowType(new ResultColumn("multiple statement execution", SqlType.VARCHAR, false)));
        body.putArray("data").addArray().add(MULTI_STATEMENT_MESSAGE);
        body.put("code", SUCCESS_CODE);
        body.put("statementStatusUrl", statusUrl(submission.handle(), submission.requestId()));
        body.put("requestId", submission.requestId());
        body.put("sqlState", "00000");
        body.put("statementHandle", submission.handle());
        body.put("message", "Statement executed successfully.");
        body.put("createdOn", submission.createdMillis());
        ArrayNode handles = body.putArray("statementHandles");
        for (StatementRun run : submission.runs()) {
            handles.add(run.handle());
        }
        return HttpReply.json(200, body.toString());
    }

    private static ObjectNode rowType(ResultColumn column) {
        SqlType type = column.type();
        ObjectNode node = JSON.createObjectNode();
        node.put("name", column.name());
        node.put("database", "");
        node.put("schema", "");
        node.put("table", "");
        node.put("type", SqlApiValues.typeName(type));
        node.put("nullable", column.nullable());
        switch (type.kind()) {
            case NUMBER:
                node.put("precision", type.precision());
                node.put("scale", type.scale());
                node.putNull("length");
                node.putNull("byteLength");
                break;
            case VARCHAR:
                node.putNull("precision");
                node.putNull("scale");
                node.put("length", type.precision());
                node.put("byteLength", Math.min(16_777_216L, 4L * type.precision()));
                break;
            case TIME:
            case TIMESTAMP_NTZ:
            case TIMESTAMP_LTZ:
            case TIMESTAMP_TZ:
                node.put("precision", 0);
                node.put("scale", type.precision());
                node.putNull("length");
                node.putNull("byteLength");
                break;
            default:
                node.putNull("precision");
                node.putNull("scale");
                node.putNull("length");
                node.putNull("byteLength");
        }
        node.putNull("collation");
        return node;
    }

    /** Rows changed by DML, under the names Snowflake uses. */
    private static ObjectNode stats(StatementResult result) {
        String type = result.statementType();
        if (!type.equals("INSERT") && !type.equals("DML")) {
            return null;
        }
        ObjectNode stats = JSON.createObjectNode();
        String column = result.columns().get(0).name();
        String name = type.equals("INSERT") ? "numRowsInserted"
                : column.contains("deleted") ? "numRowsDeleted" : "numRowsUpdated";
        stats.put(name, result.rowsAffected());
        return stats;
    }

    static String statusUrl(String handle, String requestId) {
        return "/api/v2/statements/" + handle + (requestId == null ? "" : "?requestId=" + requestId);
    }
}
