package dev.floe.sql;

import dev.floe.sql.tree.AstVisitor;
import dev.floe.sql.tree.BinaryExpression;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.Literal;
import dev.floe.sql.tree.Properties;
import dev.floe.sql.tree.Property;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.SetOperation;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.StringLiteral;
import dev.floe.sql.tree.Values;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TreeTest {
    private static final SourcePosition HERE = new SourcePosition(1, 0);

    @Test
    void identifierCanonicalForm() {
        assertEquals("SENSOR_DATA", new Identifier(HERE, "sensor_Data", false).canonical());
        assertEquals("sensor_Data", new Identifier(HERE, "sensor_Data", true).canonical());
        assertEquals("\"a\"\"b\"", new Identifier(HERE, "a\"b", true).toString());
        assertThrows(IllegalArgumentException.class, () -> new Identifier(HERE, "", true));
        assertThrows(NullPointerException.class, () -> new Identifier(HERE, null, false));
    }

    @Test
    void qualifiedNames() {
        QualifiedName name = new QualifiedName(List.of(new Identifier(HERE, "db", false), new Identifier(HERE, "Mixed", true)));
        assertEquals("DB.Mixed", name.canonical());
        assertEquals("Mixed", name.last().text());
        assertEquals("db.\"Mixed\"", name.toString());
        assertThrows(IllegalArgumentException.class, () -> new QualifiedName(List.of()));
    }

    @Test
    void equalityIgnoresPositions() {
        Expression inSelect = Sql.expression("a + 1");
        Expression inGroupBy = Sql.select("SELECT x FROM t GROUP BY\n    a + 1").groupBy().get(0);
        assertEquals(inSelect, inGroupBy);
        assertEquals(inSelect.hashCode(), inGroupBy.hashCode());
        assertNotEquals(inSelect.position().line(), inGroupBy.position().line());
        assertNotEquals(Sql.expression("a + 2"), inSelect);
        assertNotEquals(Sql.expression("\"a\" + 1"), inSelect);
    }

    @Test
    void positionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition(1, -1));
        assertEquals("3:7", new SourcePosition(3, 7).toString());
    }

    @Test
    void nodesCopyAndCheckTheirLists() {
        List<Expression> arguments = new ArrayList<>();
        arguments.add(new StringLiteral(HERE, "x"));
        FunctionCall call = FunctionCall.of(HERE, QualifiedName.of(new Identifier(HERE, "f", false)), arguments);
        arguments.clear();
        assertEquals(1, call.arguments().size());
        assertThrows(UnsupportedOperationException.class, () -> call.arguments().clear());
        assertThrows(IllegalArgumentException.class, () -> new FunctionCall(HERE, call.name(), List.of(call), List.of(),
                false, true, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SetOperation(HERE, SetOperation.Operator.EXCEPT, true,
                new Values(HERE, List.of(List.of(call))), new Values(HERE, List.of(List.of(call)))));
        assertThrows(IllegalArgumentException.class, () -> new Values(HERE, List.of(List.of(call), List.of(call, call))));
    }

    @Test
    void propertiesRejectDuplicatesAndLookUpCanonically() {
        Property comment = new Property(HERE, new Identifier(HERE, "comment", false), new StringLiteral(HERE, "x"));
        Properties properties = new Properties(List.of(comment));
        assertEquals("'x'", properties.get("COMMENT").get().toString());
        assertEquals(Optional.empty(), properties.get("comment"));
        Property again = new Property(HERE, new Identifier(HERE, "COMMENT", false), new StringLiteral(HERE, "y"));
        assertThrows(IllegalArgumentException.class, () -> new Properties(List.of(comment, again)));
    }

    @Test
    void visitorDispatchesThroughCategories() {
        AstVisitor<String, Void> visitor = new AstVisitor<>() {
            @Override
            public String visitLiteral(Literal node, Void context) {
                return "literal " + node;
            }

            @Override
            public String visitColumnRef(ColumnRef node, Void context) {
                return "column " + node.name().canonical();
            }

            @Override
            public String visitBinaryExpression(BinaryExpression node, Void context) {
                return node.left().accept(this, context) + " " + node.operator().symbol() + " " + node.right().accept(this, context);
            }
        };
        assertEquals("column A * literal 2.5", Sql.expression("a * 2.5").accept(visitor, null));
        assertEquals("literal 'x'", Sql.expression("'x'").accept(visitor, null));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Sql.expression("f(1)").accept(visitor, null));
        assertEquals(" does not handle FunctionCall", e.getMessage().substring(e.getMessage().indexOf(" does")));
        assertEquals("DROP", Sql.statement("DROP TABLE t").accept(new AstVisitor<String, Void>() {
            @Override
            public String visitStatement(dev.floe.sql.tree.Statement node, Void context) {
                return "DROP";
            }
        }, null));
    }
}
