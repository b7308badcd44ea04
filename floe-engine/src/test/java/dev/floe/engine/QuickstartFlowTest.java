package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.storage.StoreOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quickstart end to end: its setup SQL (notebook Parts 1-7), then about 5,000 sensor readings
 * from 20 devices in 5 buildings, stamped over the last 10 minutes relative to CURRENT_TIMESTAMP(),
 * then the three Part 8 queries verbatim on the interactive warehouse. Their answers are checked
 * against what Java computes from the same generated readings: while the rows are in the open
 * segment, after the table's storage is sealed, and after close and reopen.
 *
 * <p>A reading's timestamp is the INSERT's CURRENT_TIMESTAMP() minus its age, and each query's window
 * ends at that query's CURRENT_TIMESTAMP(), a little later. No age falls within {@link #CLOCK_SLACK_MILLIS}
 * inside a window's edge, so the answers stay the same as long as the whole test runs within that slack.
 */
class QuickstartFlowTest {
    private static final int READINGS = 5_000;
    private static final long TEN_MINUTES_MILLIS = 600_000;
    private static final long CLOCK_SLACK_MILLIS = 20_000;
    private static final long[] WINDOWS_MILLIS = {30_000, 60_000, 300_000};
    private static final String[] BUILDINGS = {"HQ", "Annex", "Lab", "Warehouse", "Plant"};
    private static final String[] ZONES = {"A", "B", "C", "D"};
    private static final String[] SENSOR_TYPES = {"temperature", "humidity", "pressure", "co2", "light"};
    private static final String[] UNITS = {"celsius", "percent", "hPa", "ppm", "lux"};
    private static final double[] BASE_VALUES = {20, 40, 1000, 400, 300};
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private static final String SETUP = String.join(";\n",
            "CREATE WAREHOUSE LOAD_WH WITH WAREHOUSE_SIZE = 'XSMALL'",
            "CREATE DATABASE KAFKA_INTERACTIVE",
            "CREATE SCHEMA STREAMING",
            "CREATE ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT USAGE ON DATABASE KAFKA_INTERACTIVE TO ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT USAGE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
            "GRANT CREATE TABLE ON SCHEMA KAFKA_INTERACTIVE.STREAMING TO ROLE KAFKA_CONNECTOR_ROLE",
            "CREATE USER KAFKA_USER DEFAULT_ROLE = KAFKA_CONNECTOR_ROLE",
            "GRANT ROLE KAFKA_CONNECTOR_ROLE TO USER KAFKA_USER",
            "ALTER USER KAFKA_USER SET RSA_PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy0mHbqMpcaWOUZaYhtT2qiMWcgZOdVn1uON1v56A3EnAJopoNzb4Sqm4EHWQyVViVULxDgHABAn/CNkMVXz67XFznXwxDZPjvc9znN09NC1EBXxRbyW51o4DM37cMvVXBz0zwQm4pFzkEf2OOBuCbBwqKlAQ/xQ9LPm6z+pCGMZLMFeT8coJl6XoZKenhVLBiaGxVO2cfAHy661iwUciXaPkcAa+sJuPyAtmB7MfwdWBvK7ptNI6daMC3prBvVXo2177I5pZY15ZFN49Ou22Ua4CzVzhg7HYF8s5JQvuv6Vdh618NFJacij91TOTURb/62bZV9Lxc6YJPN7jHJvn3wIDAQAB'",
            "CREATE INTERACTIVE TABLE SENSOR_DATA (\n"
                    + "    device_id VARCHAR,\n"
                    + "    sensor_type VARCHAR,\n"
                    + "    value FLOAT,\n"
                    + "    unit VARCHAR,\n"
                    + "    timestamp TIMESTAMP_NTZ,\n"
                    + "    location VARIANT\n"
                    + ") CLUSTER BY (device_id, timestamp)",
            "GRANT SELECT, INSERT ON TABLE SENSOR_DATA TO ROLE KAFKA_CONNECTOR_ROLE",
            "CREATE INTERACTIVE WAREHOUSE SENSOR_IWH TABLES (SENSOR_DATA) WAREHOUSE_SIZE = 'XSMALL'",
            "GRANT USAGE ON WAREHOUSE SENSOR_IWH TO ROLE KAFKA_CONNECTOR_ROLE");

    /** "Switch to Interactive Warehouse", verbatim. */
    private static final String SWITCH = "USE ROLE ACCOUNTADMIN;\n"
            + "USE DATABASE KAFKA_INTERACTIVE;\n"
            + "USE SCHEMA STREAMING;\n"
            + "\n"
            + "-- Switch to the Interactive Warehouse\n"
            + "USE WAREHOUSE SENSOR_IWH;";

    private static final String RECENT_READINGS = "-- Get the most recent readings\n"
            + "SELECT \n"
            + "    device_id,\n"
            + "    sensor_type,\n"
            + "    value,\n"
            + "    unit,\n"
            + "    timestamp,\n"
            + "    location:building::STRING as building,\n"
            + "    location:floor::INTEGER as floor,\n"
            + "    location:zone::STRING as zone\n"
            + "FROM SENSOR_DATA\n"
            + "WHERE timestamp >= DATEADD(minute, -5, CURRENT_TIMESTAMP())\n"
            + "ORDER BY timestamp DESC\n"
            + "LIMIT 100;";

    private static final String BY_SENSOR_TYPE = "-- Average readings by sensor type in last minute\n"
            + "SELECT \n"
            + "    sensor_type,\n"
            + "    COUNT(*) as reading_count,\n"
            + "    AVG(value) as avg_value,\n"
            + "    MIN(value) as min_value,\n"
            + "    MAX(value) as max_value\n"
            + "FROM SENSOR_DATA\n"
            + "WHERE timestamp >= DATEADD(minute, -1, CURRENT_TIMESTAMP())\n"
            + "GROUP BY sensor_type\n"
            + "ORDER BY reading_count DESC;";

    private static final String ACTIVE_DEVICES = "-- Active devices in last 30 seconds\n"
            + "SELECT \n"
            + "    device_id,\n"
            + "    COUNT(*) as readings,\n"
            + "    MAX(timestamp) as last_reading\n"
            + "FROM SENSOR_DATA\n"
            + "WHERE timestamp >= DATEADD(second, -30, CURRENT_TIMESTAMP())\n"
            + "GROUP BY device_id\n"
            + "ORDER BY readings DESC;";

    @TempDir
    Path dataDir;

    /** One generated reading; its timestamp is the INSERT's CURRENT_TIMESTAMP() minus {@code ageMillis}. */
    private record Reading(int device, int type, double value, long ageMillis) {
        String deviceId() {
            return String.format("DEVICE_%03d", device);
        }

        String building() {
            return BUILDINGS[(device - 1) % BUILDINGS.length];
        }

        int floor() {
            return (device - 1) % 3 + 1;
        }

        String zone() {
            return ZONES[(device - 1) % ZONES.length];
        }
    }

    @Test
    void partEightQueriesMatchTheGeneratedReadingsBeforeAndAfterSealAndReopen() throws IOException {
        List<Reading> readings = generate();
        StoreOptions options = StoreOptions.builder().backgroundMaintenance(false).build();
        long loadedNanos;
        LocalDateTime insertTime;
        try (Floe floe = Floe.open(dataDir, options)) {
            Session session = floe.newSession();
            session.execute(SETUP);
            load(session, readings);
            loadedNanos = System.nanoTime();
            insertTime = insertTime(session, readings);

            TableDef table = floe.catalog().current().table(ObjectName.object("KAFKA_INTERACTIVE", "STREAMING", "SENSOR_DATA"));
            assertEquals(0, floe.stats(table).segmentCount(), "rows sealed before the test sealed them");
            checkPartEight(session, readings, insertTime, "open segment");

            floe.store(table).sealNow();
            assertEquals(1, floe.stats(table).segmentCount(), "the seal did not produce a segment");
            assertEquals(READINGS, floe.stats(table).rowCount());
            checkPartEight(floe.newSession(), readings, insertTime, "sealed segment");
        }
        try (Floe floe = Floe.open(dataDir, options)) {
            checkPartEight(floe.newSession(), readings, insertTime, "reopened");
        }
        long elapsedMillis = (System.nanoTime() - loadedNanos) / 1_000_000;
        assertTrue(elapsedMillis < CLOCK_SLACK_MILLIS, "queries ran " + elapsedMillis
                + " ms after the INSERT, beyond the " + CLOCK_SLACK_MILLIS + " ms the expected answers allow");
    }

    /**
     * Readings with unique ages spread over ten minutes, none within the clock slack inside a window's
     * edge. Values are multiples of 0.25, so sums and averages are exact in both Java and SQL.
     */
    private static List<Reading> generate() {
        List<Reading> out = new ArrayList<>();
        for (long i = 0; out.size() < READINGS; i++) {
            long age = i * 271_829 % TEN_MINUTES_MILLIS; // 271,829 is coprime to 600,000: ages never repeat
            if (nearWindowEdge(age)) continue;
            int n = out.size();
            int type = n / 20 % SENSOR_TYPES.length;
            out.add(new Reading(n % 20 + 1, type, BASE_VALUES[type] + (n * 13 % 40) * 0.25, age));
        }
        return out;
    }

    private static boolean nearWindowEdge(long ageMillis) {
        for (long w : WINDOWS_MILLIS) {
            if (ageMillis > w - CLOCK_SLACK_MILLIS && ageMillis <= w) return true;
        }
        return false;
    }

    /**
     * Loads the readings the way the quickstart's stream would: raw values into a helper table, then
     * one INSERT ... SELECT stamping every row relative to its CURRENT_TIMESTAMP().
     */
    private static void load(Session session, List<Reading> readings) {
        session.execute("USE WAREHOUSE LOAD_WH;"
                + "CREATE TABLE GENERATED_READINGS (device_id VARCHAR, sensor_type VARCHAR, value FLOAT, unit VARCHAR, "
                + "age_ms NUMBER, building VARCHAR, floor NUMBER, zone VARCHAR)");
        for (int from = 0; from < readings.size(); from += 500) {
            StringBuilder sql = new StringBuilder("INSERT INTO GENERATED_READINGS VALUES ");
            for (int i = from; i < Math.min(from + 500, readings.size()); i++) {
                Reading r = readings.get(i);
                if (i > from) sql.append(", ");
                sql.append("('").append(r.deviceId()).append("', '").append(SENSOR_TYPES[r.type()]).append("', ").append(r.value())
                        .append(", '").append(UNITS[r.type()]).append("', ").append(r.ageMillis()).append(", '").append(r.building())
                        .append("', ").append(r.floor()).append(", '").append(r.zone()).append("')");
            }
            session.executeOne(sql.toString());
        }
        StatementResult inserted = session.executeOne("INSERT INTO SENSOR_DATA (device_id, sensor_type, value, unit, timestamp, location)\n"
                + "SELECT device_id, sensor_type, value, unit, DATEADD(millisecond, -age_ms, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ,\n"
                + "    PARSE_JSON('{\"building\": \"' || building || '\", \"floor\": ' || floor || ', \"zone\": \"' || zone || '\"}')\n"
                + "FROM GENERATED_READINGS");
        assertEquals(READINGS, inserted.rowsAffected());
    }

    /** The INSERT's CURRENT_TIMESTAMP(): the newest reading's timestamp plus its age. */
    private static LocalDateTime insertTime(Session session, List<Reading> readings) {
        long youngest = Long.MAX_VALUE;
        for (Reading r : readings) youngest = Math.min(youngest, r.ageMillis());
        String newest = session.executeOne("SELECT MAX(timestamp) FROM KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA").text(0, 0);
        return LocalDateTime.parse(newest, TIMESTAMP).plusNanos(youngest * 1_000_000);
    }

    private static void checkPartEight(Session session, List<Reading> readings, LocalDateTime insertTime, String stage) {
        session.execute(SWITCH);
        assertEquals("SENSOR_IWH", session.executeOne("SELECT CURRENT_WAREHOUSE()").text(0, 0));
        checkRecentReadings(session.executeOne(RECENT_READINGS), readings, insertTime, stage);
        checkBySensorType(session.executeOne(BY_SENSOR_TYPE), readings, stage);
        checkActiveDevices(session.executeOne(ACTIVE_DEVICES), readings, insertTime, stage);
    }

    /** The 100 youngest readings of the last 5 minutes, youngest first (ages are unique, so the order is total). */
    private static void checkRecentReadings(StatementResult result, List<Reading> readings, LocalDateTime insertTime, String stage) {
        List<Reading> recent = new ArrayList<>();
        for (Reading r : readings) if (r.ageMillis() <= 300_000) recent.add(r);
        recent.sort(Comparator.comparingLong(Reading::ageMillis));
        List<String> expected = new ArrayList<>();
        for (Reading r : recent.subList(0, 100)) {
            expected.add(r.deviceId() + "|" + SENSOR_TYPES[r.type()] + "|" + r.value() + "|" + UNITS[r.type()] + "|"
                    + stamp(insertTime, r.ageMillis()) + "|" + r.building() + "|" + r.floor() + "|" + r.zone());
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            actual.add(result.text(i, 0) + "|" + result.text(i, 1) + "|" + result.rows().get(i)[2] + "|" + result.text(i, 3) + "|"
                    + result.text(i, 4) + "|" + result.text(i, 5) + "|" + result.text(i, 6) + "|" + result.text(i, 7));
        }
        assertEquals(expected, actual, "most recent readings, " + stage);
    }

    /** Per sensor type over the last minute: count, average, minimum, maximum; ordered by count, descending. */
    private static void checkBySensorType(StatementResult result, List<Reading> readings, String stage) {
        Map<String, double[]> stats = new TreeMap<>(); // count, sum, min, max
        for (Reading r : readings) {
            if (r.ageMillis() > 60_000) continue;
            double[] s = stats.computeIfAbsent(SENSOR_TYPES[r.type()],
                    k -> new double[] {0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            s[0]++;
            s[1] += r.value();
            s[2] = Math.min(s[2], r.value());
            s[3] = Math.max(s[3], r.value());
        }
        assertEquals(SENSOR_TYPES.length, stats.size(), "every sensor type has readings in the last minute");
        Map<String, String> expected = new TreeMap<>();
        for (Map.Entry<String, double[]> e : stats.entrySet()) {
            double[] s = e.getValue();
            expected.put(e.getKey(), (long) s[0] + "|" + s[1] / s[0] + "|" + s[2] + "|" + s[3]);
        }
        Map<String, String> actual = new TreeMap<>();
        for (int i = 0; i < result.rows().size(); i++) {
            Object[] row = result.rows().get(i);
            actual.put(result.text(i, 0), row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4]);
        }
        assertEquals(expected, actual, "readings by sensor type, " + stage);
        assertOrderedByCountDescending(result, "readings by sensor type, " + stage);
    }

    /** Per device over the last 30 seconds: readings and the newest timestamp; ordered by readings, descending. */
    private static void checkActiveDevices(StatementResult result, List<Reading> readings, LocalDateTime insertTime, String stage) {
        Map<String, long[]> devices = new HashMap<>(); // count, youngest age
        for (Reading r : readings) {
            if (r.ageMillis() > 30_000) continue;
            long[] d = devices.computeIfAbsent(r.deviceId(), k -> new long[] {0, Long.MAX_VALUE});
            d[0]++;
            d[1] = Math.min(d[1], r.ageMillis());
        }
        assertTrue(devices.size() >= 10, "only " + devices.size() + " devices active in the last 30 s");
        Map<String, String> expected = new TreeMap<>();
        for (Map.Entry<String, long[]> e : devices.entrySet()) {
            expected.put(e.getKey(), e.getValue()[0] + "|" + stamp(insertTime, e.getValue()[1]));
        }
        Map<String, String> actual = new TreeMap<>();
        for (int i = 0; i < result.rows().size(); i++) {
            actual.put(result.text(i, 0), result.text(i, 1) + "|" + result.text(i, 2));
        }
        assertEquals(expected, actual, "active devices, " + stage);
        assertEquals(expected.size(), result.rows().size(), "active devices listed twice, " + stage);
        assertOrderedByCountDescending(result, "active devices, " + stage);
    }

    private static void assertOrderedByCountDescending(StatementResult result, String what) {
        for (int i = 1; i < result.rows().size(); i++) {
            long before = Long.parseLong(result.text(i - 1, 1));
            long here = Long.parseLong(result.text(i, 1));
            assertTrue(before >= here, what + ": row " + i + " has count " + here + " after " + before);
        }
    }

    private static String stamp(LocalDateTime insertTime, long ageMillis) {
        return TIMESTAMP.format(insertTime.minusNanos(ageMillis * 1_000_000));
    }
}
