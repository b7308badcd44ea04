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
 * A GROUP BY over many rows in several segments runs in parallel parts whose partial states merge;
 * every aggregate must come out exactly as computed independently here.
 */
class ParallelAggregateTest {
    @TempDir
    Path dir;

    @Test
    void partialAggregatesMergeToExactResults() throws Exception {
        StoreOptions options = StoreOptions.builder().backgroundMaintenance(false).build();
        try (Floe floe = Floe.open(dir, options)) {
            assertTrue(floe.parallelism() >= 1);
            Session s = floe.newSession();
            s.execute("CREATE DATABASE d; CREATE TABLE t (k VARCHAR, n INT, x FLOAT)");
            TableDef table = floe.catalog().current().table(ObjectName.object("D", "PUBLIC", "T"));
            String digits = values(100);
            int parts = 3;
            for (int p = 0; p < parts; p++) {
                // 100 x 100 x 15 = 150,000 rows per part; n = a * 1500 + b * 15 + c + p * 150000.
                s.executeOne("INSERT INTO t SELECT 'k' || ((a.column1 + b.column1 + c.column1) % 7),"
                        + " a.column1 * 1500 + b.column1 * 15 + c.column1 + " + p * 150_000 + ", (b.column1 % 10) / 4"
                        + " FROM (VALUES " + digits + ") a, (VALUES " + digits + ") b, (VALUES " + values(15) + ") c");
                floe.store(table).sealNow();
            }
            assertEquals(parts, floe.store(table).snapshot().segments().size());

            long[] count = new long[7];
            long[] sum = new long[7];
            long[] min = new long[7];
            long[] max = new long[7];
            double[] xsum = new double[7];
            java.util.Arrays.fill(min, Long.MAX_VALUE);
            java.util.Arrays.fill(max, Long.MIN_VALUE);
            for (int p = 0; p < parts; p++) {
                for (int a = 0; a < 100; a++) {
                    for (int b = 0; b < 100; b++) {
                        for (int c = 0; c < 15; c++) {
                            int k = (a + b + c) % 7;
                            long n = a * 1500L + b * 15 + c + p * 150_000L;
                            count[k]++;
                            sum[k] += n;
                            min[k] = Math.min(min[k], n);
                            max[k] = Math.max(max[k], n);
                            xsum[k] += (b % 10) / 4.0;
                        }
                    }
                }
            }
            StatementResult r = s.executeOne("SELECT k, COUNT(*), SUM(n), MIN(n), MAX(n), SUM(x), COUNT(DISTINCT n % 1000)"
                    + " FROM t GROUP BY k ORDER BY k");
            assertEquals(7, r.rows().size());
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (int k = 0; k < 7; k++) {
                expected.add("k" + k + " " + count[k] + " " + sum[k] + " " + min[k] + " " + max[k] + " " + Math.round(xsum[k] * 100) + " 1000");
                Object[] row = r.rows().get(k);
                actual.add(row[0] + " " + row[1] + " " + row[2] + " " + row[3] + " " + row[4] + " "
                        + Math.round((Double) row[5] * 100) + " " + row[6]);
            }
            assertEquals(expected, actual);
            assertEquals(450_000L, r.scanStats().rowsScanned.get());
            long expectedParts = floe.parallelism() >= 2 ? Math.min(parts, floe.parallelism()) : 0;
            assertEquals(expectedParts, r.scanStats().parallelParts.get());
        }
    }

    private static String values(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i > 0 ? ", " : "").append('(').append(i).append(')');
        return sb.toString();
    }
}
