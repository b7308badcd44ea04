package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.storage.StoreOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query on the last minute of a table with many sealed segments reads only the newest
 * segments: asserted on the scan statistics, not on time.
 */
class PruningTest {
    private static final int HOURS = 12;

    @TempDir
    Path dir;

    @Test
    void lastMinuteQueryReadsOnlyTheNewestSegment() throws Exception {
        StoreOptions options = StoreOptions.builder().backgroundMaintenance(false).build();
        try (Floe floe = Floe.open(dir, options)) {
            Session s = floe.newSession();
            s.execute("CREATE DATABASE KAFKA_INTERACTIVE; CREATE SCHEMA STREAMING;"
                    + "CREATE INTERACTIVE TABLE SENSOR_DATA (device_id VARCHAR, sensor_type VARCHAR, value FLOAT,"
                    + " unit VARCHAR, timestamp TIMESTAMP_NTZ, location VARIANT) CLUSTER BY (device_id, timestamp)");
            TableDef table = floe.catalog().current().table(ObjectName.object("KAFKA_INTERACTIVE", "STREAMING", "SENSOR_DATA"));
            // One sealed segment per hour of data, oldest first; the newest covers the last 30 seconds.
            for (int h = HOURS; h >= 0; h--) {
                String from = h == 0 ? "DATEADD(second, -30, CURRENT_TIMESTAMP())" : "DATEADD(hour, -" + h + ", CURRENT_TIMESTAMP())";
                s.executeOne("INSERT INTO SENSOR_DATA SELECT 'DEVICE_00' || (seq % 5), 'temperature', seq, 'celsius',"
                        + " DATEADD(second, seq % 20, " + from + ")::TIMESTAMP_NTZ, PARSE_JSON('{\"building\":\"HQ\"}')"
                        + " FROM (SELECT column1 AS seq FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9),"
                        + " (10), (11), (12), (13), (14), (15), (16), (17), (18), (19)))");
                floe.store(table).sealNow();
            }
            assertEquals(HOURS + 1, floe.store(table).snapshot().segments().stream().filter(seg -> seg.sealed()).count());

            StatementResult recent = s.executeOne("SELECT COUNT(*) FROM SENSOR_DATA"
                    + " WHERE timestamp >= DATEADD(minute, -1, CURRENT_TIMESTAMP())");
            assertEquals(20L, recent.rows().get(0)[0]);
            assertEquals(HOURS + 1, recent.scanStats().segmentsTotal.get());
            assertEquals(1, recent.scanStats().segmentsScanned.get(), recent.scanStats().toString());
            assertTrue(recent.scanStats().rowsScanned.get() <= 20, recent.scanStats().toString());

            StatementResult all = s.executeOne("SELECT COUNT(*) FROM SENSOR_DATA");
            assertEquals(20L * (HOURS + 1), all.rows().get(0)[0]);
            assertEquals(HOURS + 1, all.scanStats().segmentsScanned.get());
        }
    }
}
