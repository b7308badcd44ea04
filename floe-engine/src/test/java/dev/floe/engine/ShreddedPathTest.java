package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.catalog.TableDef;
import dev.floe.storage.SegmentView;
import dev.floe.storage.StoreOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test: VARIANT path queries answer the same from the open segment (paths extracted
 * from the VARIANT values) and from a sealed segment (paths served by shredded sub-columns), and
 * the plan reads the path as a scan column instead of decoding the VARIANT.
 */
class ShreddedPathTest {
    private static final List<String> QUERIES = List.of(
            "SELECT location:building::STRING AS b, COUNT(*), SUM(location:floor::INTEGER) FROM t GROUP BY b ORDER BY b",
            "SELECT id, location:building::STRING, location:floor::INTEGER, location:zone::STRING, location:temp::FLOAT,"
                    + " location:ok::BOOLEAN FROM t ORDER BY id",
            "SELECT id FROM t WHERE location:floor::INTEGER = 2 AND location:building::STRING = 'HQ' ORDER BY id",
            "SELECT location:floor::STRING, location:mixed::STRING, location:missing::STRING FROM t ORDER BY id",
            "SELECT TRY_CAST(location:zone AS INTEGER), location:floor::NUMBER(10,2) FROM t ORDER BY id");

    @TempDir
    Path dir;

    @Test
    void shreddedAndUnshreddedSegmentsGiveTheSameAnswers() throws Exception {
        StoreOptions options = StoreOptions.builder().backgroundMaintenance(false).build();
        try (Floe floe = Floe.open(dir, options)) {
            Session s = floe.newSession();
            s.execute("CREATE DATABASE d; CREATE TABLE t (id INT, location VARIANT) CLUSTER BY (id)");
            StringBuilder insert = new StringBuilder("INSERT INTO t SELECT column1, PARSE_JSON(column2) FROM (VALUES ");
            for (int i = 0; i < 400; i++) {
                if (i > 0) insert.append(", ");
                String building = new String[] {"HQ", "Annex", "Lab"}[i % 3];
                String mixed = i % 7 == 0 ? "1" : "\"x" + i + "\"";
                String extra = i % 50 == 0 ? "" : ",\"zone\":\"" + (char) ('A' + i % 4) + "\"";
                insert.append("(").append(i).append(", '{\"building\":\"").append(building).append("\",\"floor\":")
                        .append(i % 4 + 1).append(",\"temp\":").append(20 + i % 9).append(".5,\"ok\":")
                        .append(i % 2 == 0).append(",\"mixed\":").append(mixed).append(extra).append("}')");
            }
            s.executeOne(insert.append(")").toString());
            List<List<String>> open = answers(s);

            TableDef table = floe.catalog().current().table(ObjectName.object("D", "PUBLIC", "T"));
            floe.store(table).sealNow();
            SegmentView sealed = floe.store(table).snapshot().segments().get(0);
            assertTrue(sealed.sealed());
            assertTrue(sealed.shredded(1, "building") != null, "building should be shredded");
            assertTrue(sealed.shredded(1, "floor") != null, "floor should be shredded");
            assertEquals(null, sealed.shredded(1, "mixed"), "a path of mixed types is not shredded");

            assertEquals(open, answers(s));

            String plan = String.join("\n", texts(s.executeOne("EXPLAIN SELECT location:building::STRING, COUNT(*) FROM t GROUP BY 1")));
            assertTrue(plan.contains("TableScan D.PUBLIC.T columns=0 paths=[PathColumn[tableColumn=1, path=building"),
                    "the path should be read by the scan, not extracted from the VARIANT above it:\n" + plan);
        }
    }

    private static List<List<String>> answers(Session s) {
        List<List<String>> all = new ArrayList<>();
        for (String q : QUERIES) all.add(texts(s.executeOne(q)));
        return all;
    }

    private static List<String> texts(StatementResult r) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < r.columns().size(); c++) row.append(c > 0 ? "|" : "").append(r.text(i, c));
            rows.add(row.toString());
        }
        return rows;
    }
}
