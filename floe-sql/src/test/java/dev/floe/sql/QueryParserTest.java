package dev.floe.sql;

import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Join;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.OrderItem;
import dev.floe.sql.tree.ParenthesizedQuery;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.SetOperation;
import dev.floe.sql.tree.Star;
import dev.floe.sql.tree.SubqueryRelation;
import dev.floe.sql.tree.TableRef;
import org.junit.jupiter.api.Test;

import static dev.floe.sql.Sql.assertStatement;
import static dev.floe.sql.Sql.query;
import static dev.floe.sql.Sql.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParserTest {

    @Test
    void selectClauses() {
        QuerySpecification select = select("SELECT DISTINCT a, b AS x, c y FROM t WHERE a > 1 GROUP BY 1, b "
                + "HAVING COUNT(*) > 2 QUALIFY ROW_NUMBER() OVER (ORDER BY a) = 1");
        assertTrue(select.distinct());
        assertEquals(3, select.selectItems().size());
        assertTrue(select.selectItems().get(0).alias().isEmpty());
        assertEquals("X", select.selectItems().get(1).alias().get().canonical());
        assertEquals("Y", select.selectItems().get(2).alias().get().canonical());
        assertEquals("1", ((NumericLiteral) select.groupBy().get(0)).text());
        assertEquals("B", ((ColumnRef) select.groupBy().get(1)).name().canonical());
        assertEquals("(COUNT(*) > 2)", select.having().get().toString());
        assertEquals("(ROW_NUMBER() OVER (ORDER BY a) = 1)", select.qualify().get().toString());
        assertFalse(select("SELECT ALL a FROM t").distinct());
    }

    @Test
    void doubleDotNamesThePublicSchema() {
        QuerySpecification select = select("SELECT a FROM mydb..t");
        assertEquals("SELECT a FROM mydb.PUBLIC.t", select.toString());
        Sql.assertSyntaxError("SELECT a FROM mydb...t", 1, 18, ".");
    }

    @Test
    void fromValuesIsAnInlineTable() {
        QuerySpecification select = select("SELECT column1 FROM VALUES (1, 'a'), (2, 'b') AS v WHERE column1 > 1");
        assertEquals("SELECT column1 FROM (VALUES (1, 'a'), (2, 'b')) AS v WHERE (column1 > 1)", select.toString());
        Sql.assertSyntaxError("SELECT * FROM VALUES 1", 1, 21, "1");
        assertEquals("SELECT id FROM (VALUES (1, 'a')) AS t (id, s)",
                select("SELECT id FROM VALUES (1, 'a') AS t (id, s)").toString());
        assertEquals("SELECT x FROM (SELECT 1) AS q (x)", select("SELECT x FROM (SELECT 1) q(x)").toString());
    }

    @Test
    void selectWithoutFrom() {
        QuerySpecification select = select("SELECT 1, 'a' AS \"Label\"");
        assertTrue(select.from().isEmpty());
        assertEquals("Label", select.selectItems().get(1).alias().get().canonical());
    }

    @Test
    void stars() {
        QuerySpecification select = select("SELECT *, t.* FROM t");
        assertTrue(select.selectItems().get(0).expression() instanceof Star);
        assertEquals("SELECT *, t.* FROM t", select.toString());
    }

    @Test
    void orderByLimitOffset() {
        Query query = query("SELECT a FROM t ORDER BY a ASC NULLS FIRST, b DESC NULLS LAST, c LIMIT 10 OFFSET 20");
        OrderItem first = query.orderBy().get(0);
        assertTrue(first.ascending());
        assertEquals(OrderItem.NullOrdering.FIRST, first.nulls());
        assertTrue(first.nullsFirst());
        OrderItem second = query.orderBy().get(1);
        assertFalse(second.ascending());
        assertFalse(second.nullsFirst());
        OrderItem third = query.orderBy().get(2);
        assertEquals(OrderItem.NullOrdering.DEFAULT, third.nulls());
        assertFalse(third.nullsFirst());
        assertEquals("10", query.limit().get().toString());
        assertEquals("20", query.offset().get().toString());
        assertEquals("SELECT a FROM t ORDER BY a NULLS FIRST, b DESC NULLS LAST, c LIMIT 10 OFFSET 20", query.toString());
    }

    @Test
    void offsetFetch() {
        Query query = query("SELECT a FROM t ORDER BY a OFFSET 5 ROWS FETCH NEXT 10 ROWS ONLY");
        assertEquals("5", query.offset().get().toString());
        assertEquals("10", query.limit().get().toString());
        Query fetchOnly = query("SELECT a FROM t FETCH FIRST 3 ROW ONLY");
        assertEquals("3", fetchOnly.limit().get().toString());
        assertTrue(fetchOnly.offset().isEmpty());
    }

    @Test
    void limitIsNotAnAlias() {
        QuerySpecification select = (QuerySpecification) query("SELECT a FROM t LIMIT 1").body();
        assertTrue(((TableRef) select.from().get()).alias().isEmpty());
        assertTrue(select.selectItems().get(0).alias().isEmpty());
    }

    @Test
    void joins() {
        QuerySpecification select = select("SELECT * FROM s JOIN d ON s.id = d.id LEFT OUTER JOIN e USING (k, j) "
                + "RIGHT JOIN f ON TRUE FULL JOIN g ON 1 = 1 CROSS JOIN h INNER JOIN i ON x");
        assertEquals("SELECT * FROM ((((((s INNER JOIN d ON (s.id = d.id)) LEFT JOIN e USING (k, j)) RIGHT JOIN f ON TRUE) "
                + "FULL JOIN g ON (1 = 1)) CROSS JOIN h) INNER JOIN i ON x)", select.toString());
        Join inner = (Join) select.from().get();
        assertEquals(Join.Kind.INNER, inner.kind());
        assertEquals("I", ((TableRef) inner.right()).name().canonical());
    }

    @Test
    void commaJoinAndAliases() {
        QuerySpecification select = select("SELECT * FROM db.s.a AS x, b y, (SELECT 1 AS one) AS sub");
        Join outer = (Join) select.from().get();
        assertEquals(Join.Kind.CROSS, outer.kind());
        SubqueryRelation sub = (SubqueryRelation) outer.right();
        assertEquals("SUB", sub.alias().get().canonical());
        Join inner = (Join) outer.left();
        TableRef a = (TableRef) inner.left();
        assertEquals("DB.S.A", a.name().canonical());
        assertEquals("X", a.alias().get().canonical());
        assertEquals("Y", ((TableRef) inner.right()).alias().get().canonical());
    }

    @Test
    void streamingFactJoinedToDimension() {
        assertStatement("SELECT d.building, AVG(s.value) AS avg_value FROM (SENSOR_DATA AS s LEFT JOIN DEVICES AS d "
                        + "ON (s.device_id = d.device_id)) GROUP BY d.building",
                "SELECT d.building, AVG(s.value) AS avg_value FROM SENSOR_DATA s LEFT JOIN DEVICES d "
                        + "ON s.device_id = d.device_id GROUP BY d.building");
    }

    @Test
    void commonTableExpressions() {
        Query query = query("WITH recent AS (SELECT * FROM t WHERE ts > 0), counts (k, n) AS (SELECT k, COUNT(*) FROM recent GROUP BY k) "
                + "SELECT * FROM counts");
        assertEquals(2, query.with().size());
        assertEquals("RECENT", query.with().get(0).name().canonical());
        assertEquals(2, query.with().get(1).columnNames().size());
        assertEquals("WITH recent AS (SELECT * FROM t WHERE (ts > 0)), counts (k, n) AS (SELECT k, COUNT(*) FROM recent GROUP BY k) "
                + "SELECT * FROM counts", query.toString());
    }

    @Test
    void setOperations() {
        SetOperation union = (SetOperation) query("SELECT a FROM t UNION ALL SELECT a FROM u").body();
        assertEquals(SetOperation.Operator.UNION, union.operator());
        assertTrue(union.all());
        assertStatement("((SELECT 1 UNION SELECT 2) EXCEPT SELECT 3)", "SELECT 1 UNION SELECT 2 EXCEPT SELECT 3");
        assertStatement("((SELECT 1 EXCEPT SELECT 2) UNION SELECT 3)", "SELECT 1 MINUS SELECT 2 UNION DISTINCT SELECT 3");
        assertStatement("(SELECT 1 UNION (SELECT 2 INTERSECT SELECT 3))", "SELECT 1 UNION SELECT 2 INTERSECT SELECT 3");
        assertStatement("((SELECT 1 INTERSECT SELECT 2) UNION ALL SELECT 3)", "SELECT 1 INTERSECT SELECT 2 UNION ALL SELECT 3");
    }

    @Test
    void parenthesizedQueriesKeepTheirOwnOrderAndLimit() {
        Query query = query("(SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL (SELECT a FROM u) ORDER BY 1 LIMIT 5");
        SetOperation union = (SetOperation) query.body();
        ParenthesizedQuery left = (ParenthesizedQuery) union.left();
        assertEquals("1", left.query().limit().get().toString());
        assertEquals("5", query.limit().get().toString());
        assertEquals("((SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL (SELECT a FROM u)) ORDER BY 1 LIMIT 5", query.toString());
    }

    @Test
    void inSubqueryInWhere() {
        assertStatement("SELECT * FROM t WHERE (device_id IN (SELECT device_id FROM d WHERE (building = 'HQ')))",
                "SELECT * FROM t WHERE device_id IN (SELECT device_id FROM d WHERE building = 'HQ')");
    }
}
