package dev.floe.sql;

import dev.floe.sql.tree.Cast;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Comparison;
import dev.floe.sql.tree.DatePart;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.NamedArgument;
import dev.floe.sql.tree.ObjectKind;
import dev.floe.sql.tree.OrderItem;
import dev.floe.sql.tree.PathElement;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.SelectItem;
import dev.floe.sql.tree.Show;
import dev.floe.sql.tree.ShowScope;
import dev.floe.sql.tree.TableFunction;
import dev.floe.sql.tree.TableRef;
import dev.floe.sql.tree.Unary;
import dev.floe.sql.tree.Use;
import dev.floe.sql.tree.VariantPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every SQL statement of the quickstart walkthrough, verbatim. */
class QuickstartStatementsTest {

    @Test
    void switchToInteractiveWarehouseScript() {
        List<ParsedStatement> statements = SqlParser.parseScript("USE ROLE ACCOUNTADMIN;\n"
                + "USE DATABASE KAFKA_INTERACTIVE;\n"
                + "USE SCHEMA STREAMING;\n"
                + "\n"
                + "-- Switch to the Interactive Warehouse\n"
                + "USE WAREHOUSE SENSOR_IWH;\n");
        assertEquals(4, statements.size());
        assertEquals("USE ROLE ACCOUNTADMIN", statements.get(0).statement().toString());
        assertEquals("USE DATABASE KAFKA_INTERACTIVE", statements.get(1).statement().toString());
        assertEquals("USE SCHEMA STREAMING", statements.get(2).statement().toString());
        Use use = (Use) statements.get(3).statement();
        assertEquals(ObjectKind.WAREHOUSE, use.kind().get());
        assertEquals("SENSOR_IWH", use.name().canonical());
        assertEquals(6, statements.get(3).line());
        assertEquals("USE WAREHOUSE SENSOR_IWH", statements.get(3).sourceText());
    }

    @Test
    void firstQueryScript() {
        List<ParsedStatement> statements = SqlParser.parseScript("USE WAREHOUSE SENSOR_IWH;\n\nSELECT * FROM SENSOR_DATA;");
        assertEquals(2, statements.size());
        assertEquals("SELECT * FROM SENSOR_DATA", statements.get(1).statement().toString());
        assertEquals(3, statements.get(1).line());
    }

    @Test
    void mostRecentReadings() {
        String sql = "-- Get the most recent readings\n"
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
        Query query = Sql.query(sql);
        assertEquals("SELECT device_id, sensor_type, value, unit, timestamp, (location:building::STRING) AS building, "
                + "(location:floor::INTEGER) AS floor, (location:zone::STRING) AS zone FROM SENSOR_DATA "
                + "WHERE (timestamp >= DATEADD(MINUTE, (-5), CURRENT_TIMESTAMP())) ORDER BY timestamp DESC LIMIT 100",
                query.toString());

        QuerySpecification select = (QuerySpecification) query.body();
        assertEquals(8, select.selectItems().size());
        ColumnRef timestamp = (ColumnRef) select.selectItems().get(4).expression();
        assertEquals("TIMESTAMP", timestamp.name().canonical());
        assertEquals(7, timestamp.position().line());
        assertEquals(4, timestamp.position().column());

        SelectItem building = select.selectItems().get(5);
        assertEquals("BUILDING", building.alias().get().canonical());
        Cast cast = (Cast) building.expression();
        assertEquals(Cast.Style.DOUBLE_COLON, cast.style());
        assertEquals("STRING", cast.type().name());
        VariantPath path = (VariantPath) cast.operand();
        assertEquals("LOCATION", ((ColumnRef) path.base()).name().canonical());
        assertEquals(List.of(new PathElement.Field(path.position(), "building", false)), path.elements());
        assertEquals("FLOOR", select.selectItems().get(6).alias().get().canonical());
        assertEquals("INTEGER", ((Cast) select.selectItems().get(6).expression()).type().name());

        assertEquals("SENSOR_DATA", ((TableRef) select.from().get()).name().canonical());
        Comparison where = (Comparison) select.where().get();
        assertEquals(Comparison.Operator.GREATER_THAN_OR_EQUAL, where.operator());
        FunctionCall dateadd = (FunctionCall) where.right();
        assertEquals("DATEADD", dateadd.name().canonical());
        assertEquals("MINUTE", ((DatePart) dateadd.arguments().get(0)).unit());
        assertEquals(Unary.Operator.MINUS, ((Unary) dateadd.arguments().get(1)).operator());
        FunctionCall now = (FunctionCall) dateadd.arguments().get(2);
        assertEquals("CURRENT_TIMESTAMP", now.name().canonical());
        assertTrue(now.arguments().isEmpty());

        OrderItem order = query.orderBy().get(0);
        assertFalse(order.ascending());
        assertTrue(order.nullsFirst());
        assertEquals("100", query.limit().get().toString());
    }

    @Test
    void averageReadingsBySensorType() {
        Query query = Sql.query("-- Average readings by sensor type in last minute\n"
                + "SELECT \n"
                + "    sensor_type,\n"
                + "    COUNT(*) as reading_count,\n"
                + "    AVG(value) as avg_value,\n"
                + "    MIN(value) as min_value,\n"
                + "    MAX(value) as max_value\n"
                + "FROM SENSOR_DATA\n"
                + "WHERE timestamp >= DATEADD(minute, -1, CURRENT_TIMESTAMP())\n"
                + "GROUP BY sensor_type\n"
                + "ORDER BY reading_count DESC;");
        assertEquals("SELECT sensor_type, COUNT(*) AS reading_count, AVG(value) AS avg_value, MIN(value) AS min_value, "
                + "MAX(value) AS max_value FROM SENSOR_DATA WHERE (timestamp >= DATEADD(MINUTE, (-1), CURRENT_TIMESTAMP())) "
                + "GROUP BY sensor_type ORDER BY reading_count DESC", query.toString());
        QuerySpecification select = (QuerySpecification) query.body();
        FunctionCall count = (FunctionCall) select.selectItems().get(1).expression();
        assertTrue(count.starArgument());
        assertEquals("VALUE", ((ColumnRef) ((FunctionCall) select.selectItems().get(2).expression()).arguments().get(0))
                .name().canonical());
        assertEquals("SENSOR_TYPE", ((ColumnRef) select.groupBy().get(0)).name().canonical());
    }

    @Test
    void activeDevices() {
        Sql.assertStatement("SELECT device_id, COUNT(*) AS readings, MAX(timestamp) AS last_reading FROM SENSOR_DATA "
                        + "WHERE (timestamp >= DATEADD(SECOND, (-30), CURRENT_TIMESTAMP())) GROUP BY device_id ORDER BY readings DESC",
                "-- Active devices in last 30 seconds\n"
                        + "SELECT \n"
                        + "    device_id,\n"
                        + "    COUNT(*) as readings,\n"
                        + "    MAX(timestamp) as last_reading\n"
                        + "FROM SENSOR_DATA\n"
                        + "WHERE timestamp >= DATEADD(second, -30, CURRENT_TIMESTAMP())\n"
                        + "GROUP BY device_id\n"
                        + "ORDER BY readings DESC;");
    }

    @Test
    void showChannelsAndPipes() {
        Show channels = (Show) Sql.statement("SHOW CHANNELS IN SCHEMA KAFKA_INTERACTIVE.STREAMING;");
        assertEquals(Show.Kind.CHANNELS, channels.kind());
        ShowScope scope = channels.scope().get();
        assertEquals(ShowScope.Preposition.IN, scope.preposition());
        assertEquals(ObjectKind.SCHEMA, scope.kind());
        assertEquals("KAFKA_INTERACTIVE.STREAMING", scope.name().get().canonical());
        Sql.assertStatement("SHOW PIPES IN SCHEMA KAFKA_INTERACTIVE.STREAMING",
                "SHOW PIPES IN SCHEMA KAFKA_INTERACTIVE.STREAMING;");
    }

    @Test
    void pipeUsageHistory() {
        QuerySpecification select = Sql.select("SELECT *\n"
                + "FROM TABLE(INFORMATION_SCHEMA.PIPE_USAGE_HISTORY(\n"
                + "    DATE_RANGE_START => DATEADD(hour, -1, CURRENT_TIMESTAMP()),\n"
                + "    DATE_RANGE_END => CURRENT_TIMESTAMP()\n"
                + "));");
        assertEquals("SELECT * FROM TABLE(INFORMATION_SCHEMA.PIPE_USAGE_HISTORY(DATE_RANGE_START => "
                + "DATEADD(HOUR, (-1), CURRENT_TIMESTAMP()), DATE_RANGE_END => CURRENT_TIMESTAMP()))", select.toString());
        TableFunction table = (TableFunction) select.from().get();
        FunctionCall call = table.call();
        assertEquals("INFORMATION_SCHEMA.PIPE_USAGE_HISTORY", call.name().canonical());
        assertTrue(call.arguments().isEmpty());
        List<NamedArgument> named = call.namedArguments();
        assertEquals("DATE_RANGE_START", named.get(0).name().canonical());
        assertEquals(3, named.get(0).position().line());
        assertEquals(4, named.get(0).position().column());
        assertEquals("DATE_RANGE_END", named.get(1).name().canonical());
        assertEquals("CURRENT_TIMESTAMP()", named.get(1).value().toString());
    }

    @Test
    void tableGrowth() {
        QuerySpecification select = Sql.select("-- Check table size and row count\n"
                + "SELECT \n"
                + "    TABLE_NAME,\n"
                + "    ROW_COUNT,\n"
                + "    BYTES,\n"
                + "    LAST_ALTERED\n"
                + "FROM INFORMATION_SCHEMA.TABLES\n"
                + "WHERE TABLE_NAME = 'SENSOR_DATA';");
        assertEquals("SELECT TABLE_NAME, ROW_COUNT, BYTES, LAST_ALTERED FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE (TABLE_NAME = 'SENSOR_DATA')", select.toString());
        assertEquals(List.of("INFORMATION_SCHEMA", "TABLES"),
                ((TableRef) select.from().get()).name().parts().stream().map(p -> p.canonical()).toList());
    }
}
