package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.storage.StoreOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ORDER BY a column LIMIT n reads blocks best-first by their zone maps and stops once no unread
 * block can beat the rows kept; the answer must equal the full sort's.
 */
class TopNTest {
    private static final int SEGMENTS = 10;
    private static final int ROWS = 50;

    @TempDir
    Path dir;

    @Test
    void topNReadsOnlyTheBlocksThatCanHoldItsRows() throws Exception {
        try (Floe floe = Floe.open(dir, StoreOptions.builder().backgroundMaintenance(false).build())) {
            Session s = floe.newSession();
            s.execute("CREATE DATABASE d; CREATE TABLE t (id INT, ts TIMESTAMP_NTZ, v FLOAT) CLUSTER BY (ts)");
            TableDef table = floe.catalog().current().table(ObjectName.object("D", "PUBLIC", "T"));
            for (int seg = 0; seg < SEGMENTS; seg++) {
                StringBuilder rows = new StringBuilder();
                for (int i = 0; i < ROWS; i++) {
                    int id = seg * ROWS + i;
                    rows.append(i > 0 ? ", " : "").append("(").append(id).append(", DATEADD(second, ").append(id)
                            .append(", '2024-01-15 00:00:00'::TIMESTAMP_NTZ), ").append(id % 7).append(")");
                }
                s.executeOne("INSERT INTO t SELECT column1, column2, column3 FROM (VALUES " + rows + ")");
                floe.store(table).sealNow();
            }

            StatementResult newest = s.executeOne("SELECT id, ts FROM t WHERE v >= 0 ORDER BY ts DESC LIMIT 7");
            assertEquals(ids(499, 498, 497, 496, 495, 494, 493), firstColumn(newest));
            assertEquals(1, newest.scanStats().blocksScanned.get(), newest.scanStats().toString());

            StatementResult oldest = s.executeOne("SELECT id FROM t ORDER BY ts LIMIT 3 OFFSET 49");
            assertEquals(ids(49, 50, 51), firstColumn(oldest));
            assertEquals(2, oldest.scanStats().blocksScanned.get(), oldest.scanStats().toString());

            // A NULL sorts first in DESC order: the column may hold NULLs now, so every block is read.
            s.executeOne("INSERT INTO t VALUES (1000, NULL, 1)");
            StatementResult withNull = s.executeOne("SELECT id FROM t ORDER BY ts DESC LIMIT 2");
            assertEquals(ids(1000, 499), firstColumn(withNull));
            assertTrue(withNull.scanStats().blocksScanned.get() > SEGMENTS, withNull.scanStats().toString());
        }
    }

    private static List<Object> ids(long... ids) {
        List<Object> out = new ArrayList<>();
        for (long id : ids) out.add(id);
        return out;
    }

    private static List<Object> firstColumn(StatementResult r) {
        List<Object> out = new ArrayList<>();
        for (Object[] row : r.rows()) out.add(row[0]);
        return out;
    }
}
