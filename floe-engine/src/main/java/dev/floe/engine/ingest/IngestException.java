package dev.floe.engine.ingest;

/**
 * A failed streaming ingest call, with the error code Snowflake's Snowpipe Streaming API uses and
 * the HTTP status the server answers with. Per-row conversion errors are not exceptions: they are
 * counted in the channel status and the call's good rows are kept.
 */
public final class IngestException extends RuntimeException {
    public static final String TABLE_DOES_NOT_EXIST = "ERR_TABLE_DOES_NOT_EXIST_NOT_AUTHORIZED";
    public static final String PIPE_DOES_NOT_EXIST = "ERR_PIPE_DOES_NOT_EXIST_OR_NOT_AUTHORIZED";
    public static final String CHANNEL_DOES_NOT_EXIST = "ERR_CHANNEL_DOES_NOT_EXIST_OR_IS_NOT_AUTHORIZED";
    public static final String CHANNEL_MUST_BE_REOPENED = "ERR_CHANNEL_MUST_BE_REOPENED";
    public static final String INVALID_ARGUMENT = "ERR_INVALID_ARGUMENT";
    public static final String PIPE_ALREADY_EXISTS = "ERR_PIPE_ALREADY_EXISTS";
    public static final String REQUEST_TOO_LARGE = "ERR_REQUEST_TOO_LARGE";
    public static final String RETRY_LATER = "ERR_SERVER_BUSY_RETRY_LATER";
    public static final String INTERNAL_ERROR = "ERR_INTERNAL_ERROR";

    private final String code;
    private final int httpStatus;

    public IngestException(String code, int httpStatus, String message) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public IngestException(String code, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    static IngestException tableNotFound(String db, String schema, String table) {
        return new IngestException(TABLE_DOES_NOT_EXIST, 404, "Table " + db + "." + schema + "." + table
                + " does not exist or not authorized.");
    }

    static IngestException pipeNotFound(String db, String schema, String pipe) {
        return new IngestException(PIPE_DOES_NOT_EXIST, 404, "Pipe " + db + "." + schema + "." + pipe
                + " does not exist or not authorized.");
    }

    static IngestException channelNotFound(String pipe, String channel) {
        return new IngestException(CHANNEL_DOES_NOT_EXIST, 404, "Channel " + channel + " on pipe " + pipe
                + " does not exist or is not authorized.");
    }

    static IngestException mustReopen(String channel, String why) {
        return new IngestException(CHANNEL_MUST_BE_REOPENED, 400, "Channel " + channel + " must be reopened: " + why);
    }

    static IngestException invalid(String message) {
        return new IngestException(INVALID_ARGUMENT, 400, message);
    }
}
