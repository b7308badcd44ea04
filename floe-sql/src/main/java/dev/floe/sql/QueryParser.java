package dev.floe.sql;

import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.Join;
import dev.floe.sql.tree.OrderItem;
import dev.floe.sql.tree.ParenthesizedQuery;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.QueryBody;
import dev.floe.sql.tree.QuerySpecification;
import dev.floe.sql.tree.Relation;
import dev.floe.sql.tree.SelectItem;
import dev.floe.sql.tree.SetOperation;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.Star;
import dev.floe.sql.tree.SubqueryRelation;
import dev.floe.sql.tree.TableFunction;
import dev.floe.sql.tree.TableRef;
import dev.floe.sql.tree.Values;
import dev.floe.sql.tree.WithQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Queries: WITH, SELECT blocks, set operations (INTERSECT binding tighter than UNION, EXCEPT and
 * MINUS, which apply left to right), ORDER BY, LIMIT / OFFSET / FETCH, and FROM clauses with
 * joins, subqueries and {@code TABLE(...)} functions.
 */
final class QueryParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    QueryParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor, this::query);
    }

    ExpressionParser expressions() {
        return expressions;
    }

    Query query() {
        SourcePosition position = cursor.position();
        List<WithQuery> with = new ArrayList<>();
        if (cursor.acceptKeyword("WITH")) {
            do {
                with.add(withQuery());
            } while (cursor.accept(TokenType.COMMA));
        }
        QueryBody body = setExpression();
        List<OrderItem> orderBy = List.of();
        if (cursor.acceptKeyword("ORDER")) {
            cursor.expectKeyword("BY");
            orderBy = expressions.orderItems();
        }
        Optional<Expression> limit = Optional.empty();
        Optional<Expression> offset = Optional.empty();
        if (cursor.acceptKeyword("LIMIT")) {
            limit = Optional.of(expressions.expression());
            if (cursor.acceptKeyword("OFFSET")) {
                offset = Optional.of(expressions.expression());
            }
        } else {
            if (cursor.acceptKeyword("OFFSET")) {
                offset = Optional.of(expressions.expression());
                acceptRows();
            }
            if (cursor.acceptKeyword("FETCH")) {
                if (!cursor.acceptKeyword("FIRST")) {
                    cursor.expectKeyword("NEXT");
                }
                limit = Optional.of(expressions.expression());
                acceptRows();
                cursor.expectKeyword("ONLY");
            }
        }
        return new Query(position, with, body, orderBy, limit, offset);
    }

    private void acceptRows() {
        if (!cursor.acceptKeyword("ROWS")) {
            cursor.acceptKeyword("ROW");
        }
    }

    private WithQuery withQuery() {
        SourcePosition position = cursor.position();
        Identifier name = cursor.identifier();
        List<Identifier> columns = cursor.at(TokenType.LEFT_PAREN) ? cursor.identifierList() : List.of();
        cursor.expectKeyword("AS");
        cursor.expect(TokenType.LEFT_PAREN);
        Query query = query();
        cursor.expect(TokenType.RIGHT_PAREN);
        return new WithQuery(position, name, columns, query);
    }

    private QueryBody setExpression() {
        QueryBody left = intersection();
        while (true) {
            SetOperation.Operator operator;
            if (cursor.atKeyword("UNION")) {
                operator = SetOperation.Operator.UNION;
            } else if (cursor.atKeyword("EXCEPT") || cursor.atKeyword("MINUS")) {
                operator = SetOperation.Operator.EXCEPT;
            } else {
                return left;
            }
            cursor.next();
            boolean all = operator == SetOperation.Operator.UNION && cursor.acceptKeyword("ALL");
            if (!all && operator == SetOperation.Operator.UNION) {
                cursor.acceptKeyword("DISTINCT");
            }
            left = new SetOperation(left.position(), operator, all, left, intersection());
        }
    }

    private QueryBody intersection() {
        QueryBody left = setOperand();
        while (cursor.acceptKeyword("INTERSECT")) {
            left = new SetOperation(left.position(), SetOperation.Operator.INTERSECT, false, left, setOperand());
        }
        return left;
    }

    private QueryBody setOperand() {
        SourcePosition position = cursor.position();
        if (cursor.atKeyword("SELECT")) {
            return querySpecification();
        }
        if (cursor.atKeyword("VALUES")) {
            return values();
        }
        if (cursor.accept(TokenType.LEFT_PAREN)) {
            Query query = query();
            cursor.expect(TokenType.RIGHT_PAREN);
            return new ParenthesizedQuery(position, query);
        }
        throw cursor.unexpected("SELECT");
    }

    /** {@code VALUES (a, b), (c, d)}. */
    Values values() {
        SourcePosition position = cursor.position();
        cursor.expectKeyword("VALUES");
        List<List<Expression>> rows = new ArrayList<>();
        do {
            Token open = cursor.expect(TokenType.LEFT_PAREN);
            List<Expression> row = expressions.expressionList();
            if (!rows.isEmpty() && row.size() != rows.get(0).size()) {
                throw TokenCursor.invalid(open, "VALUES row has " + row.size() + " values, expected " + rows.get(0).size());
            }
            rows.add(row);
            cursor.expect(TokenType.RIGHT_PAREN);
        } while (cursor.accept(TokenType.COMMA));
        return new Values(position, rows);
    }

    private QuerySpecification querySpecification() {
        SourcePosition position = cursor.position();
        cursor.expectKeyword("SELECT");
        boolean distinct = cursor.acceptKeyword("DISTINCT");
        if (!distinct) {
            cursor.acceptKeyword("ALL");
        }
        List<SelectItem> items = new ArrayList<>();
        do {
            items.add(selectItem());
        } while (cursor.accept(TokenType.COMMA));
        Optional<Relation> from = cursor.acceptKeyword("FROM") ? Optional.of(relations()) : Optional.empty();
        Optional<Expression> where = cursor.acceptKeyword("WHERE") ? Optional.of(expressions.expression()) : Optional.empty();
        List<Expression> groupBy = List.of();
        if (cursor.acceptKeyword("GROUP")) {
            cursor.expectKeyword("BY");
            groupBy = expressions.expressionList();
        }
        Optional<Expression> having = cursor.acceptKeyword("HAVING") ? Optional.of(expressions.expression()) : Optional.empty();
        Optional<Expression> qualify = cursor.acceptKeyword("QUALIFY") ? Optional.of(expressions.expression()) : Optional.empty();
        return new QuerySpecification(position, distinct, items, from, where, groupBy, having, qualify);
    }

    private SelectItem selectItem() {
        SourcePosition position = cursor.position();
        if (cursor.accept(TokenType.STAR)) {
            return new SelectItem(position, new Star(position), Optional.empty());
        }
        Expression expression = expressions.expression();
        return new SelectItem(position, expression, alias());
    }

    /** {@code AS name}, or a bare name that cannot start the next clause. */
    /** {@code (a, b)} after a derived table's alias: names for its columns. */
    private List<Identifier> columnAliases(Optional<Identifier> alias) {
        return alias.isPresent() && cursor.at(TokenType.LEFT_PAREN) ? cursor.identifierList() : List.of();
    }

    private Optional<Identifier> alias() {
        if (cursor.acceptKeyword("AS")) {
            return Optional.of(cursor.identifier());
        }
        Token token = cursor.peek();
        if (TokenCursor.isIdentifier(token) && !startsClause(token)) {
            return Optional.of(cursor.identifier());
        }
        return Optional.empty();
    }

    /** Unreserved words that end a select item or a table reference. */
    private static boolean startsClause(Token token) {
        return token.is("LIMIT") || token.is("OFFSET") || token.is("FETCH") || token.is("EXCEPT")
                || token.is("WINDOW");
    }

    /** A FROM list; {@code a, b} is a cross join. */
    Relation relations() {
        Relation relation = joinedRelation();
        while (cursor.accept(TokenType.COMMA)) {
            Relation right = joinedRelation();
            relation = new Join(relation.position(), Join.Kind.CROSS, relation, right, Optional.empty(), List.of());
        }
        return relation;
    }

    private Relation joinedRelation() {
        Relation left = primaryRelation();
        while (true) {
            Join.Kind kind = joinKind();
            if (kind == null) {
                return left;
            }
            Relation right = primaryRelation();
            Optional<Expression> on = Optional.empty();
            List<Identifier> using = List.of();
            if (kind != Join.Kind.CROSS) {
                if (cursor.acceptKeyword("ON")) {
                    on = Optional.of(expressions.expression());
                } else if (cursor.acceptKeyword("USING")) {
                    using = cursor.identifierList();
                } else if (kind != Join.Kind.INNER) {
                    throw cursor.unexpected("ON or USING");
                }
            }
            left = new Join(left.position(), kind, left, right, on, using);
        }
    }

    /** Reads {@code [INNER|LEFT [OUTER]|RIGHT [OUTER]|FULL [OUTER]|CROSS] JOIN}; null if no join follows. */
    private Join.Kind joinKind() {
        Join.Kind kind;
        if (cursor.atKeyword("JOIN")) {
            kind = Join.Kind.INNER;
        } else if (cursor.acceptKeyword("INNER")) {
            kind = Join.Kind.INNER;
        } else if (cursor.acceptKeyword("CROSS")) {
            kind = Join.Kind.CROSS;
        } else if (cursor.atKeyword("LEFT") || cursor.atKeyword("RIGHT") || cursor.atKeyword("FULL")) {
            Token side = cursor.next();
            kind = side.is("LEFT") ? Join.Kind.LEFT : side.is("RIGHT") ? Join.Kind.RIGHT : Join.Kind.FULL;
            cursor.acceptKeyword("OUTER");
        } else {
            return null;
        }
        cursor.expectKeyword("JOIN");
        return kind;
    }

    private Relation primaryRelation() {
        SourcePosition position = cursor.position();
        if (cursor.accept(TokenType.LEFT_PAREN)) {
            Query query = query();
            cursor.expect(TokenType.RIGHT_PAREN);
            Optional<Identifier> alias = alias();
            return new SubqueryRelation(position, query, alias, columnAliases(alias));
        }
        if (cursor.atKeyword("VALUES")) {
            // FROM VALUES (1, 'a'), (2, 'b') [AS alias [(column, ...)]]: Snowflake's inline table.
            Query rows = Query.of(values());
            Optional<Identifier> alias = alias();
            return new SubqueryRelation(position, rows, alias, columnAliases(alias));
        }
        if (cursor.acceptKeyword("TABLE")) {
            cursor.expect(TokenType.LEFT_PAREN);
            SourcePosition callPosition = cursor.position();
            QualifiedName name = cursor.qualifiedName();
            if (!cursor.at(TokenType.LEFT_PAREN)) {
                throw cursor.unexpected("'('");
            }
            FunctionCall call = expressions.functionCall(callPosition, name);
            cursor.expect(TokenType.RIGHT_PAREN);
            return new TableFunction(position, call, alias());
        }
        QualifiedName name = cursor.qualifiedName(3);
        return new TableRef(position, name, alias());
    }
}
