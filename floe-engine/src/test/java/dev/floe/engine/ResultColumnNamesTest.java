package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result columns are named by their alias, their column, or their expression's text upper-cased, as in Snowflake. */
class ResultColumnNamesTest {
    @TempDir
    Path dir;

    @Test
    void unaliasedExpressionsAreNamedByTheirText() {
        try (Floe floe = Floe.open(dir)) {
            Session s = floe.newSession();
            s.execute("CREATE DATABASE d; CREATE TABLE t (device_id VARCHAR, location VARIANT)");
            StatementResult r = s.executeOne("SELECT device_id, device_id AS \"Dev\", location:building::STRING, 1 + 2,"
                    + " (1 + 2) * 3, COUNT(*), CURRENT_DATE() FROM t GROUP BY device_id, location");
            List<String> names = new ArrayList<>();
            for (ResultColumn c : r.columns()) names.add(c.name());
            assertEquals(List.of("DEVICE_ID", "Dev", "LOCATION:BUILDING::STRING", "1 + 2", "(1 + 2) * 3", "COUNT(*)",
                    "CURRENT_DATE()"), names);
        }
    }
}
