package dev.floe.engine;

import dev.floe.storage.StoreOptions;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child process of {@link EngineCrashTest}: opens Floe on {@code args[0]}, creates the sensor
 * table if missing, then inserts {@link #ROWS_PER_STATEMENT} rows per INSERT ... SELECT forever,
 * printing {@code ACK <firstId> <lastId>} once each INSERT has returned. Ids continue after the
 * largest stored id, so they stay unique across restarts. Small seal thresholds make the
 * background thread seal segments while rows arrive, so a kill can land in the middle of a seal.
 */
public final class CrashWriterMain {
    static final int ROWS_PER_STATEMENT = 20;
    static final String TABLE = "KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA";

    private CrashWriterMain() {
    }

    static StoreOptions storeOptions() {
        return StoreOptions.builder().sealRows(2_000).sealAgeMillis(200).maintenanceIntervalMillis(20).build();
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Floe floe = Floe.open(Path.of(args[0]), storeOptions());
        Session session = floe.newSession();
        session.execute("CREATE DATABASE IF NOT EXISTS KAFKA_INTERACTIVE;"
                + "CREATE SCHEMA IF NOT EXISTS KAFKA_INTERACTIVE.STREAMING;"
                + "CREATE INTERACTIVE TABLE IF NOT EXISTS " + TABLE
                + " (id NUMBER, device_id VARCHAR, ts TIMESTAMP_NTZ, location VARIANT) CLUSTER BY (device_id, ts)");
        long next = Long.parseLong(session.executeOne("SELECT COALESCE(MAX(id), 0) + 1 FROM " + TABLE).text(0, 0));
        out.println("READY " + next);
        out.flush();
        while (true) {
            long last = next + ROWS_PER_STATEMENT - 1;
            session.executeOne(insert(next, last));
            out.println("ACK " + next + " " + last);
            out.flush();
            next = last + 1;
        }
    }

    /** One INSERT of ids first..last; every column is derived from the id, so the reader can check each row. */
    static String insert(long first, long last) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(TABLE).append(' ');
        for (long id = first; id <= last; id++) {
            if (id > first) sql.append(" UNION ALL ");
            sql.append("SELECT ").append(id).append(", '").append(deviceId(id))
                    .append("', DATEADD(second, ").append(id).append(", '2024-01-01 00:00:00'::TIMESTAMP_NTZ), PARSE_JSON('{\"seq\": ")
                    .append(id).append(", \"building\": \"").append(building(id)).append("\"}')");
        }
        return sql.toString();
    }

    static String deviceId(long id) {
        return String.format("DEVICE_%03d", id % 20 + 1);
    }

    static String building(long id) {
        return "B" + (id % 5);
    }
}
