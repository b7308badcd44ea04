package dev.floe.sql;

import dev.floe.sql.tree.Assignment;
import dev.floe.sql.tree.CreateTable;
import dev.floe.sql.tree.Delete;
import dev.floe.sql.tree.Explain;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.Insert;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.QueryStatement;
import dev.floe.sql.tree.Relation;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.Statement;
import dev.floe.sql.tree.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one statement, choosing the parser by its leading keywords; DML and EXPLAIN are read here. */
final class StatementParser {
    private final TokenCursor cursor;
    private final QueryParser queries;
    private final ExpressionParser expressions;
    private final DdlParser ddl;
    private final AccessControlParser access;
    private final ShowParser show;

    StatementParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.queries = new QueryParser(cursor);
        this.expressions = queries.expressions();
        PropertyParser properties = new PropertyParser(cursor);
        this.ddl = new DdlParser(cursor, queries, properties);
        this.access = new AccessControlParser(cursor, properties);
        this.show = new ShowParser(cursor);
    }

    Statement statement() {
        Token first = cursor.peek();
        SourcePosition position = cursor.position();
        if (first.is("SELECT") || first.is("WITH") || first.type == TokenType.LEFT_PAREN) {
            return new QueryStatement(position, queries.query());
        }
        if (first.type != TokenType.WORD) {
            throw cursor.unexpected("a statement");
        }
        cursor.next();
        if (first.is("CREATE")) {
            return create(position);
        }
        if (first.is("DROP")) {
            return ddl.drop(position);
        }
        if (first.is("ALTER")) {
            return alter(position);
        }
        if (first.is("USE")) {
            return show.use(position);
        }
        if (first.is("SHOW")) {
            return show.show(position);
        }
        if (first.is("DESCRIBE") || first.is("DESC")) {
            return show.describe(position);
        }
        if (first.is("INSERT")) {
            return insert(position);
        }
        if (first.is("UPDATE")) {
            return update(position);
        }
        if (first.is("DELETE")) {
            return delete(position);
        }
        if (first.is("GRANT")) {
            return access.grant(position);
        }
        if (first.is("REVOKE")) {
            return access.revoke(position);
        }
        if (first.is("EXPLAIN")) {
            return explain(position);
        }
        throw TokenCursor.unexpected(first, "a statement");
    }

    private Statement create(SourcePosition position) {
        boolean orReplace = cursor.acceptKeywords("OR", "REPLACE");
        CreateTable.Persistence persistence = CreateTable.Persistence.PERMANENT;
        if (cursor.acceptKeyword("TRANSIENT")) {
            persistence = CreateTable.Persistence.TRANSIENT;
        } else if (cursor.acceptKeyword("TEMPORARY") || cursor.acceptKeyword("TEMP")) {
            persistence = CreateTable.Persistence.TEMPORARY;
        }
        if (persistence != CreateTable.Persistence.PERMANENT) {
            boolean interactive = cursor.acceptKeyword("INTERACTIVE");
            cursor.expectKeyword("TABLE");
            return ddl.createTable(position, orReplace, persistence, interactive);
        }
        if (cursor.acceptKeyword("INTERACTIVE")) {
            if (cursor.acceptKeyword("TABLE")) {
                return ddl.createTable(position, orReplace, persistence, true);
            }
            if (cursor.acceptKeyword("WAREHOUSE")) {
                return ddl.createWarehouse(position, orReplace, true);
            }
            throw cursor.unexpected("TABLE or WAREHOUSE");
        }
        if (cursor.acceptKeyword("TABLE")) {
            return ddl.createTable(position, orReplace, persistence, false);
        }
        if (cursor.acceptKeyword("WAREHOUSE")) {
            return ddl.createWarehouse(position, orReplace, false);
        }
        if (cursor.acceptKeyword("DATABASE")) {
            return ddl.createDatabase(position, orReplace);
        }
        if (cursor.acceptKeyword("SCHEMA")) {
            return ddl.createSchema(position, orReplace);
        }
        if (cursor.acceptKeyword("ROLE")) {
            return access.createRole(position, orReplace);
        }
        if (cursor.acceptKeyword("USER")) {
            return access.createUser(position, orReplace);
        }
        if (cursor.acceptKeyword("PIPE")) {
            return ddl.createPipe(position, orReplace);
        }
        throw cursor.unexpected("DATABASE, SCHEMA, TABLE, WAREHOUSE, ROLE, USER or PIPE");
    }

    private Statement alter(SourcePosition position) {
        if (cursor.acceptKeyword("TABLE")) {
            return ddl.alterTable(position);
        }
        if (cursor.acceptKeyword("WAREHOUSE")) {
            return ddl.alterWarehouse(position);
        }
        if (cursor.acceptKeyword("SESSION")) {
            return ddl.alterSession(position);
        }
        if (cursor.acceptKeyword("USER")) {
            return access.alterUser(position);
        }
        throw cursor.unexpected("TABLE, WAREHOUSE, SESSION or USER");
    }

    /** {@code INSERT [OVERWRITE] INTO table [(cols)] VALUES ... | query}. */
    private Insert insert(SourcePosition position) {
        boolean overwrite = cursor.acceptKeyword("OVERWRITE");
        cursor.expectKeyword("INTO");
        QualifiedName table = cursor.qualifiedName(3);
        List<Identifier> columns = List.of();
        if (cursor.at(TokenType.LEFT_PAREN) && TokenCursor.isIdentifier(cursor.peek(1))) {
            columns = cursor.identifierList();
        }
        Query source = cursor.atKeyword("VALUES") ? Query.of(queries.values()) : queries.query();
        return new Insert(position, table, columns, overwrite, source);
    }

    /** {@code UPDATE table [[AS] alias] SET col = expr, ... [FROM ...] [WHERE ...]}. */
    private Update update(SourcePosition position) {
        QualifiedName table = cursor.qualifiedName(3);
        Optional<Identifier> alias = targetAlias();
        cursor.expectKeyword("SET");
        List<Assignment> assignments = new ArrayList<>();
        do {
            Identifier column = cursor.identifier();
            cursor.expect(TokenType.EQUAL);
            assignments.add(new Assignment(column.position(), column, expressions.expression()));
        } while (cursor.accept(TokenType.COMMA));
        Optional<Relation> from = cursor.acceptKeyword("FROM") ? Optional.of(queries.relations()) : Optional.empty();
        return new Update(position, table, alias, assignments, from, where());
    }

    /** {@code DELETE FROM table [[AS] alias] [USING ...] [WHERE ...]}. */
    private Delete delete(SourcePosition position) {
        cursor.expectKeyword("FROM");
        QualifiedName table = cursor.qualifiedName(3);
        Optional<Identifier> alias = targetAlias();
        Optional<Relation> using = cursor.acceptKeyword("USING") ? Optional.of(queries.relations()) : Optional.empty();
        return new Delete(position, table, alias, using, where());
    }

    private Optional<Identifier> targetAlias() {
        if (cursor.acceptKeyword("AS") || cursor.atIdentifier()) {
            return Optional.of(cursor.identifier());
        }
        return Optional.empty();
    }

    private Optional<Expression> where() {
        return cursor.acceptKeyword("WHERE") ? Optional.of(expressions.expression()) : Optional.empty();
    }

    /** {@code EXPLAIN [USING TABULAR|JSON|TEXT] query}. */
    private Explain explain(SourcePosition position) {
        Explain.Format format = Explain.Format.TABULAR;
        if (cursor.acceptKeyword("USING")) {
            Token name = cursor.next();
            format = null;
            for (Explain.Format candidate : Explain.Format.values()) {
                if (name.is(candidate.name())) {
                    format = candidate;
                }
            }
            if (format == null) {
                throw TokenCursor.unexpected(name, "TABULAR, JSON or TEXT");
            }
        }
        return new Explain(position, format, queries.query());
    }
}
