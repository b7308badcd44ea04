package dev.floe.sql;

import dev.floe.sql.tree.AddColumns;
import dev.floe.sql.tree.AddTables;
import dev.floe.sql.tree.AlterSession;
import dev.floe.sql.tree.AlterTable;
import dev.floe.sql.tree.AlterTableAction;
import dev.floe.sql.tree.AlterWarehouse;
import dev.floe.sql.tree.AlterWarehouseAction;
import dev.floe.sql.tree.ColumnDefinition;
import dev.floe.sql.tree.CopyInto;
import dev.floe.sql.tree.CreateDatabase;
import dev.floe.sql.tree.CreatePipe;
import dev.floe.sql.tree.CreateSchema;
import dev.floe.sql.tree.CreateTable;
import dev.floe.sql.tree.CreateWarehouse;
import dev.floe.sql.tree.Drop;
import dev.floe.sql.tree.DropColumns;
import dev.floe.sql.tree.DropTables;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.ObjectKind;
import dev.floe.sql.tree.Properties;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.RenameColumn;
import dev.floe.sql.tree.RenameTo;
import dev.floe.sql.tree.ResumeWarehouse;
import dev.floe.sql.tree.SetClusterBy;
import dev.floe.sql.tree.SetProperties;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.SuspendWarehouse;
import dev.floe.sql.tree.TypeName;
import dev.floe.sql.tree.UnsetProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CREATE / DROP / ALTER of databases, schemas, tables, warehouses and pipes, and ALTER SESSION. */
final class DdlParser {
    private final TokenCursor cursor;
    private final QueryParser queries;
    private final ExpressionParser expressions;
    private final PropertyParser properties;

    DdlParser(TokenCursor cursor, QueryParser queries, PropertyParser properties) {
        this.cursor = cursor;
        this.queries = queries;
        this.expressions = queries.expressions();
        this.properties = properties;
    }

    /** How many parts a name of this kind may have: db, db.schema, db.schema.object. */
    static int nameParts(ObjectKind kind) {
        switch (kind) {
            case SCHEMA:
                return 2;
            case TABLE:
            case PIPE:
                return 3;
            default:
                return 1;
        }
    }

    private boolean ifNotExists() {
        return cursor.acceptKeywords("IF", "NOT", "EXISTS");
    }

    private boolean ifExists() {
        return cursor.acceptKeywords("IF", "EXISTS");
    }

    CreateDatabase createDatabase(SourcePosition position, boolean orReplace) {
        boolean ifNotExists = ifNotExists();
        Identifier name = cursor.identifier();
        return new CreateDatabase(position, name, orReplace, ifNotExists, properties.properties());
    }

    CreateSchema createSchema(SourcePosition position, boolean orReplace) {
        boolean ifNotExists = ifNotExists();
        QualifiedName name = cursor.qualifiedName(2);
        return new CreateSchema(position, name, orReplace, ifNotExists, properties.properties());
    }

    CreateTable createTable(SourcePosition position, boolean orReplace, CreateTable.Persistence persistence, boolean interactive) {
        boolean ifNotExists = ifNotExists();
        QualifiedName name = cursor.qualifiedName(3);
        List<ColumnDefinition> columns = List.of();
        if (cursor.accept(TokenType.LEFT_PAREN)) {
            columns = new ArrayList<>();
            do {
                columns.add(columnDefinition());
            } while (cursor.accept(TokenType.COMMA));
            cursor.expect(TokenType.RIGHT_PAREN);
        }
        List<Expression> clusterBy = cursor.atKeyword("CLUSTER") ? clusterBy() : List.of();
        Properties options = properties.properties();
        Optional<Query> asQuery = Optional.empty();
        if (cursor.acceptKeyword("AS")) {
            asQuery = Optional.of(queries.query());
        } else if (columns.isEmpty()) {
            throw cursor.unexpected("'(' or AS");
        }
        return new CreateTable(position, name, orReplace, ifNotExists, persistence, interactive, columns, clusterBy,
                options, asQuery);
    }

    private List<Expression> clusterBy() {
        cursor.expectKeyword("CLUSTER");
        cursor.expectKeyword("BY");
        cursor.expect(TokenType.LEFT_PAREN);
        List<Expression> keys = expressions.expressionList();
        cursor.expect(TokenType.RIGHT_PAREN);
        return keys;
    }

    /** {@code name type [NOT NULL | NULL] [DEFAULT expr] [COMMENT 'text']}, constraints in any order. */
    private ColumnDefinition columnDefinition() {
        Identifier name = cursor.identifier();
        TypeName type = expressions.typeName();
        boolean notNull = false;
        Optional<Expression> defaultValue = Optional.empty();
        Optional<String> comment = Optional.empty();
        while (true) {
            if (cursor.acceptKeywords("NOT", "NULL")) {
                notNull = true;
            } else if (cursor.acceptKeyword("NULL")) {
                notNull = false;
            } else if (cursor.acceptKeyword("DEFAULT")) {
                defaultValue = Optional.of(expressions.expression());
            } else if (cursor.acceptKeyword("COMMENT")) {
                comment = Optional.of(cursor.expect(TokenType.STRING).value);
            } else {
                return new ColumnDefinition(name.position(), name, type, notNull, defaultValue, comment);
            }
        }
    }

    CreateWarehouse createWarehouse(SourcePosition position, boolean orReplace, boolean interactive) {
        boolean ifNotExists = ifNotExists();
        Identifier name = cursor.identifier();
        List<QualifiedName> tables = List.of();
        if (interactive && cursor.acceptKeyword("TABLES")) {
            tables = tableList();
        }
        cursor.acceptKeyword("WITH");
        return new CreateWarehouse(position, name, orReplace, ifNotExists, interactive, tables, properties.properties());
    }

    private List<QualifiedName> tableList() {
        cursor.expect(TokenType.LEFT_PAREN);
        List<QualifiedName> tables = new ArrayList<>();
        do {
            tables.add(cursor.qualifiedName(3));
        } while (cursor.accept(TokenType.COMMA));
        cursor.expect(TokenType.RIGHT_PAREN);
        return tables;
    }

    /** {@code CREATE PIPE name [props] AS COPY INTO table [(cols)] FROM (query) [options]}. */
    CreatePipe createPipe(SourcePosition position, boolean orReplace) {
        boolean ifNotExists = ifNotExists();
        QualifiedName name = cursor.qualifiedName(3);
        Properties pipeProperties = properties.properties();
        cursor.expectKeyword("AS");
        SourcePosition copyPosition = cursor.position();
        cursor.expectKeyword("COPY");
        cursor.expectKeyword("INTO");
        QualifiedName table = cursor.qualifiedName(3);
        List<Identifier> columns = cursor.at(TokenType.LEFT_PAREN) ? cursor.identifierList() : List.of();
        cursor.expectKeyword("FROM");
        cursor.expect(TokenType.LEFT_PAREN);
        Query source = queries.query();
        cursor.expect(TokenType.RIGHT_PAREN);
        CopyInto copy = new CopyInto(copyPosition, table, columns, source, properties.properties());
        return new CreatePipe(position, name, orReplace, ifNotExists, pipeProperties, copy);
    }

    Drop drop(SourcePosition position) {
        Token kindToken = cursor.peek();
        ObjectKind kind = droppableKind(kindToken);
        if (kind == null) {
            throw cursor.unexpected("DATABASE, SCHEMA, TABLE, WAREHOUSE, ROLE, USER or PIPE");
        }
        cursor.next();
        boolean ifExists = ifExists();
        QualifiedName name = cursor.qualifiedName(nameParts(kind));
        Drop.Behavior behavior = Drop.Behavior.DEFAULT;
        if (cursor.acceptKeyword("CASCADE")) {
            behavior = Drop.Behavior.CASCADE;
        } else if (cursor.acceptKeyword("RESTRICT")) {
            behavior = Drop.Behavior.RESTRICT;
        }
        return new Drop(position, kind, name, ifExists, behavior);
    }

    private static ObjectKind droppableKind(Token token) {
        for (ObjectKind kind : ObjectKind.values()) {
            if (kind != ObjectKind.ACCOUNT && kind != ObjectKind.SESSION && token.is(kind.name())) {
                return kind;
            }
        }
        return null;
    }

    AlterTable alterTable(SourcePosition position) {
        boolean ifExists = ifExists();
        QualifiedName name = cursor.qualifiedName(3);
        SourcePosition actionPosition = cursor.position();
        AlterTableAction action;
        if (cursor.acceptKeyword("ADD")) {
            cursor.acceptKeyword("COLUMN");
            boolean ifNotExists = ifNotExists();
            List<ColumnDefinition> columns = new ArrayList<>();
            do {
                columns.add(columnDefinition());
            } while (cursor.accept(TokenType.COMMA));
            action = new AddColumns(actionPosition, ifNotExists, columns);
        } else if (cursor.acceptKeyword("DROP")) {
            cursor.acceptKeyword("COLUMN");
            boolean columnIfExists = ifExists();
            action = new DropColumns(actionPosition, columnIfExists, properties.names());
        } else if (cursor.acceptKeyword("RENAME")) {
            if (cursor.acceptKeyword("COLUMN")) {
                Identifier from = cursor.identifier();
                cursor.expectKeyword("TO");
                action = new RenameColumn(actionPosition, from, cursor.identifier());
            } else {
                cursor.expectKeyword("TO");
                action = new RenameTo(actionPosition, cursor.qualifiedName(3));
            }
        } else if (cursor.atKeyword("CLUSTER")) {
            action = new SetClusterBy(actionPosition, clusterBy());
        } else if (cursor.acceptKeyword("SET")) {
            action = new SetProperties(actionPosition, properties.requiredProperties());
        } else if (cursor.acceptKeyword("UNSET")) {
            action = new UnsetProperties(actionPosition, properties.names());
        } else {
            throw cursor.unexpected("ADD, DROP, RENAME, CLUSTER BY, SET or UNSET");
        }
        return new AlterTable(position, name, ifExists, action);
    }

    AlterWarehouse alterWarehouse(SourcePosition position) {
        boolean ifExists = ifExists();
        Identifier name = cursor.identifier();
        SourcePosition actionPosition = cursor.position();
        AlterWarehouseAction action;
        if (cursor.acceptKeywords("ADD", "TABLES")) {
            action = new AddTables(actionPosition, tableList());
        } else if (cursor.acceptKeywords("DROP", "TABLES")) {
            action = new DropTables(actionPosition, tableList());
        } else if (cursor.acceptKeyword("SUSPEND")) {
            action = new SuspendWarehouse(actionPosition);
        } else if (cursor.acceptKeyword("RESUME")) {
            action = new ResumeWarehouse(actionPosition, cursor.acceptKeywords("IF", "SUSPENDED"));
        } else if (cursor.acceptKeyword("SET")) {
            action = new SetProperties(actionPosition, properties.requiredProperties());
        } else if (cursor.acceptKeyword("UNSET")) {
            action = new UnsetProperties(actionPosition, properties.names());
        } else if (cursor.acceptKeyword("RENAME")) {
            cursor.expectKeyword("TO");
            action = new RenameTo(actionPosition, QualifiedName.of(cursor.identifier()));
        } else {
            throw cursor.unexpected("ADD TABLES, DROP TABLES, SUSPEND, RESUME, SET, UNSET or RENAME");
        }
        return new AlterWarehouse(position, name, ifExists, action);
    }

    AlterSession alterSession(SourcePosition position) {
        SourcePosition actionPosition = cursor.position();
        if (cursor.acceptKeyword("SET")) {
            return new AlterSession(position, new SetProperties(actionPosition, properties.requiredProperties()));
        }
        if (cursor.acceptKeyword("UNSET")) {
            return new AlterSession(position, new UnsetProperties(actionPosition, properties.names()));
        }
        throw cursor.unexpected("SET or UNSET");
    }
}
