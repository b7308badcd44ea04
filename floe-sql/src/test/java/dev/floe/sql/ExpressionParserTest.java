package dev.floe.sql;

import dev.floe.sql.tree.Between;
import dev.floe.sql.tree.BinaryExpression;
import dev.floe.sql.tree.Case;
import dev.floe.sql.tree.Cast;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.DatePart;
import dev.floe.sql.tree.Exists;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FrameBound;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.InSubquery;
import dev.floe.sql.tree.IntervalLiteral;
import dev.floe.sql.tree.Like;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.Parameter;
import dev.floe.sql.tree.PathElement;
import dev.floe.sql.tree.PositionalColumn;
import dev.floe.sql.tree.QualifiedStar;
import dev.floe.sql.tree.ScalarSubquery;
import dev.floe.sql.tree.StringLiteral;
import dev.floe.sql.tree.VariantPath;
import dev.floe.sql.tree.WindowFrame;
import dev.floe.sql.tree.WindowSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.floe.sql.Sql.assertExpression;
import static dev.floe.sql.Sql.expression;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionParserTest {

    @Test
    void arithmeticPrecedence() {
        assertExpression("(1 + (2 * 3))", "1 + 2 * 3");
        assertExpression("((1 * 2) + 3)", "1 * 2 + 3");
        assertExpression("((1 - 2) - 3)", "1 - 2 - 3");
        assertExpression("((8 / 4) / 2)", "8 / 4 / 2");
        assertExpression("(a + (b % c))", "a + b % c");
        assertExpression("((1 + 2) * 3)", "(1 + 2) * 3");
        assertExpression("((a || b) || c)", "a || b || c");
        assertExpression("(a || (b * c))", "a || b * c");
        assertExpression("((a + b) || c)", "a + b || c");
    }

    @Test
    void unaryOperators() {
        assertExpression("((-a) * b)", "-a * b");
        assertExpression("(-(-a))", "- -a");
        assertExpression("(+a)", "+a");
        assertExpression("(-(x::INT))", "-x::int");
        assertExpression("(a - (-1))", "a - -1");
    }

    @Test
    void logicalPrecedence() {
        assertExpression("((a = 1) OR ((b = 2) AND (c = 3)))", "a = 1 OR b = 2 AND c = 3");
        assertExpression("(((a = 1) AND (b = 2)) OR (c = 3))", "a = 1 AND b = 2 OR c = 3");
        assertExpression("((NOT (a = b)) AND c)", "NOT a = b AND c");
        assertExpression("(NOT (NOT a))", "NOT NOT a");
        assertExpression("((NOT a) OR (NOT b))", "NOT a OR NOT b");
        assertExpression("(a AND (b OR c))", "a AND (b OR c)");
    }

    @Test
    void comparisons() {
        assertExpression("(a = b)", "a = b");
        assertExpression("(a != b)", "a != b");
        assertExpression("(a != b)", "a <> b");
        assertExpression("(a < b)", "a < b");
        assertExpression("(a <= b)", "a <= b");
        assertExpression("(a > b)", "a > b");
        assertExpression("(a >= b)", "a >= b");
        assertExpression("((a + 1) > (b * 2))", "a + 1 > b * 2");
        assertExpression("((a || 'x') = 'yx')", "a || 'x' = 'yx'");
    }

    @Test
    void predicates() {
        assertExpression("(a IS NULL)", "a IS NULL");
        assertExpression("(a IS NOT NULL)", "a is not null");
        assertExpression("(a IS DISTINCT FROM (b + 1))", "a IS DISTINCT FROM b + 1");
        assertExpression("(a IS NOT DISTINCT FROM b)", "a IS NOT DISTINCT FROM b");
        assertExpression("(a IN (1, 2, 3))", "a IN (1, 2, 3)");
        assertExpression("(a NOT IN ('x'))", "a NOT IN ('x')");
        assertExpression("((a BETWEEN 1 AND (2 + 3)) AND b)", "a BETWEEN 1 AND 2 + 3 AND b");
        assertExpression("(a NOT BETWEEN low AND high)", "a NOT BETWEEN low AND high");
        assertExpression("(a LIKE 'x%')", "a LIKE 'x%'");
        assertExpression("(a NOT ILIKE 'x%')", "a NOT ILIKE 'x%'");
        assertExpression("(a LIKE 'x!%' ESCAPE '!')", "a LIKE 'x!%' ESCAPE '!'");
        assertExpression("RLIKE(a, 'x.*')", "a RLIKE 'x.*'");
        assertExpression("(NOT RLIKE(a, 'x'))", "a NOT REGEXP 'x'");
        assertExpression("(NOT (a IS NULL))", "NOT a IS NULL");
        assertExpression("((a IS NULL) OR (b IN (1)))", "a IS NULL OR b IN (1)");
    }

    @Test
    void likeFlags() {
        Like like = (Like) expression("name NOT ILIKE 'a%' ESCAPE '\\\\'");
        assertTrue(like.negated());
        assertTrue(like.caseInsensitive());
        assertEquals("\\", ((StringLiteral) like.escape().get()).value());
        Like plain = (Like) expression("name LIKE 'a%'");
        assertFalse(plain.negated());
        assertFalse(plain.caseInsensitive());
        assertTrue(plain.escape().isEmpty());
    }

    @Test
    void betweenParts() {
        Between between = (Between) expression("x BETWEEN 1 AND 10");
        assertEquals("X", ((ColumnRef) between.operand()).name().canonical());
        assertEquals("1", between.low().toString());
        assertEquals("10", between.high().toString());
        assertFalse(between.negated());
    }

    @Test
    void variantPaths() {
        assertExpression("col:a.b", "col:a.b");
        assertExpression("col:\"Quoted\"", "col:\"Quoted\"");
        assertExpression("col['k']", "col['k']");
        assertExpression("col[0]", "col[0]");
        assertExpression("col:a[0].b", "col:a[0].b");
        assertExpression("t.col:a", "t.col:a");
        assertExpression("col[0][1]", "col[0][1]");
        assertExpression("col[(i + 1)]", "col[i + 1]");
        assertExpression("(col:a.b::STRING)", "col:a.b::string");
        assertExpression("(col:a::VARIANT):b", "col:a::variant:b");
    }

    @Test
    void variantPathStructure() {
        VariantPath path = (VariantPath) expression("src:Device.\"readings\"[2]['unit'].select");
        assertEquals("SRC", ((ColumnRef) path.base()).name().canonical());
        List<PathElement> elements = path.elements();
        assertEquals(5, elements.size());
        PathElement.Field device = (PathElement.Field) elements.get(0);
        assertEquals("Device", device.name());
        assertFalse(device.quoted());
        PathElement.Field readings = (PathElement.Field) elements.get(1);
        assertEquals("readings", readings.name());
        assertTrue(readings.quoted());
        assertEquals(2, ((PathElement.Index) elements.get(2)).index());
        assertEquals("unit", ((StringLiteral) ((PathElement.Key) elements.get(3)).key()).value());
        assertEquals("select", ((PathElement.Field) elements.get(4)).name());
        assertEquals(7, path.position().column());
        assertEquals(11, device.position().column());
    }

    @Test
    void castsAndTypes() {
        Cast cast = (Cast) expression("CAST(a AS NUMBER(38, 2))");
        assertEquals(Cast.Style.CAST, cast.style());
        assertEquals("NUMBER", cast.type().name());
        assertEquals(List.of(38, 2), cast.type().parameters());
        assertExpression("CAST(a AS NUMBER(38,2))", "CAST(a AS NUMBER(38, 2))");
        Cast tryCast = (Cast) expression("TRY_CAST(a AS varchar(10))");
        assertTrue(tryCast.isTry());
        assertEquals("VARCHAR(10)", tryCast.type().toString());
        assertExpression("(ts::TIMESTAMP_NTZ(9))", "ts::timestamp_ntz(9)");
        assertExpression("((a::VARIANT)::STRING)", "a::variant::string");
        assertExpression("(x::DOUBLE PRECISION)", "x::double precision");
        assertExpression("CAST('2024-01-15' AS DATE)", "DATE '2024-01-15'");
        assertExpression("CAST('2024-01-15 10:30:00' AS TIMESTAMP_NTZ)", "TIMESTAMP_NTZ '2024-01-15 10:30:00'");
    }

    @Test
    void literals() {
        NumericLiteral decimal = (NumericLiteral) expression("3.14");
        assertEquals("3.14", decimal.text());
        assertFalse(decimal.hasExponent());
        NumericLiteral exponent = (NumericLiteral) expression("1.5e-3");
        assertEquals("1.5e-3", exponent.text());
        assertTrue(exponent.hasExponent());
        assertEquals(".5", ((NumericLiteral) expression(".5")).text());
        assertExpression("TRUE", "true");
        assertExpression("FALSE", "False");
        assertExpression("NULL", "null");
        assertExpression("'it''s'", "'it''s'");
        IntervalLiteral interval = (IntervalLiteral) expression("INTERVAL '5 minutes'");
        assertEquals("5 minutes", interval.text());
        assertExpression("(ts + INTERVAL '1 hour')", "ts + INTERVAL '1 hour'");
    }

    @Test
    void bindVariablesAndPositionalColumns() {
        assertEquals(1, ((Parameter) expression("?")).index());
        FunctionCall call = (FunctionCall) expression("f(?, ?, :7)");
        assertEquals(1, ((Parameter) call.arguments().get(0)).index());
        assertEquals(2, ((Parameter) call.arguments().get(1)).index());
        assertEquals(7, ((Parameter) call.arguments().get(2)).index());
        assertEquals(3, ((PositionalColumn) expression("$3")).index());
        assertExpression("($1:order_id::STRING)", "$1:order_id::STRING");
    }

    @Test
    void functionCalls() {
        FunctionCall countDistinct = (FunctionCall) expression("COUNT(DISTINCT device_id)");
        assertTrue(countDistinct.distinct());
        assertFalse(countDistinct.starArgument());
        assertExpression("count(DISTINCT device_id)", "count(distinct device_id)");
        assertExpression("IFF((a > 0), 'pos', 'neg')", "IFF(a > 0, 'pos', 'neg')");
        assertExpression("COALESCE(a, b, 0)", "COALESCE(a, b, 0)");
        assertExpression("f()", "f()");
        assertExpression("db.s.f(1)", "db.s.f(1)");
        assertExpression("LEFT(s, 2)", "LEFT(s, 2)");
        assertExpression("CURRENT_DATE()", "CURRENT_DATE");
        assertExpression("CURRENT_TIMESTAMP(3)", "CURRENT_TIMESTAMP(3)");
        assertExpression("SYSDATE()", "SYSDATE()");
        assertExpression("OBJECT_CONSTRUCT('a', 1)", "OBJECT_CONSTRUCT('a', 1)");
    }

    @Test
    void datePartArguments() {
        FunctionCall diff = (FunctionCall) expression("DATEDIFF(second, a, b)");
        assertEquals(new DatePart(diff.position(), "SECOND"), diff.arguments().get(0));
        FunctionCall trunc = (FunctionCall) expression("DATE_TRUNC('hour', ts)");
        assertEquals("hour", ((StringLiteral) trunc.arguments().get(0)).value());
        assertExpression("date_trunc(HOUR, ts)", "date_trunc(hour, ts)");
        assertExpression("DATE_PART(EPOCH_SECOND, ts)", "DATE_PART(epoch_second, ts)");
        assertExpression("TIME_SLICE(ts, 5, MINUTE)", "TIME_SLICE(ts, 5, minute)");
        FunctionCall slice = (FunctionCall) expression("TIME_SLICE(minute, 5, 'MINUTE')");
        assertTrue(slice.arguments().get(0) instanceof ColumnRef, "only the unit argument is a date part");
        FunctionCall extract = (FunctionCall) expression("EXTRACT(year FROM ts)");
        assertEquals("EXTRACT", extract.name().canonical());
        assertEquals("YEAR", ((DatePart) extract.arguments().get(0)).unit());
        assertEquals("TS", ((ColumnRef) extract.arguments().get(1)).name().canonical());
        assertExpression("EXTRACT('month', (ts + 1))", "EXTRACT('month' FROM ts + 1)");
        assertExpression("DATEADD(DAY, 1, (a + b))", "DATEADD(day, 1, a + b)");
        FunctionCall dateadd = (FunctionCall) expression("DATEADD(d, n, t)");
        assertTrue(dateadd.arguments().get(1) instanceof ColumnRef);
    }

    @Test
    void positionIn() {
        assertExpression("POSITION('b', s)", "POSITION('b' IN s)");
        assertExpression("POSITION('b', s, 2)", "POSITION('b', s, 2)");
    }

    @Test
    void namedArguments() {
        FunctionCall call = (FunctionCall) expression("FLATTEN(INPUT => v:items, OUTER => TRUE)");
        assertEquals(2, call.namedArguments().size());
        assertEquals("INPUT", call.namedArguments().get(0).name().canonical());
        assertEquals("v:items", call.namedArguments().get(0).value().toString());
        assertEquals("TRUE", call.namedArguments().get(1).value().toString());
    }

    @Test
    void windowFunctions() {
        FunctionCall rowNumber = (FunctionCall) expression(
                "ROW_NUMBER() OVER (PARTITION BY device_id ORDER BY timestamp DESC)");
        WindowSpec window = rowNumber.window().get();
        assertEquals("DEVICE_ID", ((ColumnRef) window.partitionBy().get(0)).name().canonical());
        assertFalse(window.orderBy().get(0).ascending());
        assertTrue(window.frame().isEmpty());
        assertExpression("SUM(x) OVER (PARTITION BY a, b ORDER BY t ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)",
                "SUM(x) OVER (PARTITION BY a, b ORDER BY t ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
        assertExpression("AVG(x) OVER (ORDER BY t RANGE BETWEEN 3 PRECEDING AND 1 FOLLOWING)",
                "AVG(x) OVER (ORDER BY t RANGE BETWEEN 3 PRECEDING AND 1 FOLLOWING)");
        assertExpression("COUNT(*) OVER ()", "COUNT(*) OVER ()");
        FunctionCall lag = (FunctionCall) expression("LAG(v, 1) OVER (ORDER BY t ROWS 2 PRECEDING)");
        WindowFrame frame = lag.window().get().frame().get();
        assertEquals(WindowFrame.Unit.ROWS, frame.unit());
        assertEquals(FrameBound.Kind.PRECEDING, frame.start().kind());
        assertEquals("2", frame.start().offset().get().toString());
        assertTrue(frame.end().isEmpty());
        FunctionCall ignoring = (FunctionCall) expression("FIRST_VALUE(v) IGNORE NULLS OVER (ORDER BY t)");
        assertTrue(ignoring.ignoreNulls());
        assertExpression("first_value(v) IGNORE NULLS OVER (ORDER BY t)", "first_value(v) ignore nulls over (order by t)");
        assertFalse(((FunctionCall) expression("LAG(v) RESPECT NULLS OVER (ORDER BY t)")).ignoreNulls());
        assertEquals("ignore", Sql.select("SELECT f(x) ignore FROM t").selectItems().get(0).alias().get().text());
    }

    @Test
    void caseExpressions() {
        Case searched = (Case) expression("CASE WHEN a > 1 THEN 'big' WHEN a = 1 THEN 'one' ELSE 'small' END");
        assertTrue(searched.operand().isEmpty());
        assertEquals(2, searched.whenClauses().size());
        assertEquals("'small'", searched.elseResult().get().toString());
        assertExpression("CASE x WHEN 1 THEN 'a' END", "CASE x WHEN 1 THEN 'a' END");
    }

    @Test
    void subqueries() {
        ScalarSubquery scalar = (ScalarSubquery) expression("(SELECT MAX(a) FROM t)");
        assertEquals("SELECT MAX(a) FROM t", scalar.query().toString());
        InSubquery in = (InSubquery) expression("a NOT IN (SELECT b FROM t)");
        assertTrue(in.negated());
        Exists exists = (Exists) expression("EXISTS (SELECT 1 FROM t WHERE t.a = u.a)");
        assertEquals("SELECT 1 FROM t WHERE (t.a = u.a)", exists.query().toString());
    }

    @Test
    void identifiers() {
        ColumnRef quoted = (ColumnRef) expression("\"My Col\"");
        assertEquals("My Col", quoted.name().canonical());
        assertTrue(quoted.name().last().quoted());
        ColumnRef mixed = (ColumnRef) expression("Sensor_Data.Device_Id");
        assertEquals("SENSOR_DATA.DEVICE_ID", mixed.name().canonical());
        assertEquals("Sensor_Data.Device_Id", mixed.toString());
        ColumnRef escaped = (ColumnRef) expression("\"a\"\"b\"");
        assertEquals("a\"b", escaped.name().canonical());
        assertEquals("\"a\"\"b\"", escaped.toString());
        assertExpression("t.*", "t.*");
        assertEquals("DB.T", ((QualifiedStar) expression("db.t.*")).qualifier().canonical());
        for (String word : List.of("timestamp", "value", "date", "type", "name", "comment", "location", "zone", "floor")) {
            ColumnRef column = (ColumnRef) expression(word);
            assertEquals(word.toUpperCase(), column.name().canonical());
        }
        ColumnRef dollars = (ColumnRef) expression("a$b_1");
        assertEquals("A$B_1", dollars.name().canonical());
    }

    @Test
    void positionsAreWhereTheTextStarts() {
        Expression sum = expression("  a +\n  b * c");
        BinaryExpression add = (BinaryExpression) sum;
        assertEquals(1, add.position().line());
        assertEquals(9, add.position().column());
        BinaryExpression multiply = (BinaryExpression) add.right();
        assertEquals(2, multiply.position().line());
        assertEquals(2, multiply.position().column());
    }
}
