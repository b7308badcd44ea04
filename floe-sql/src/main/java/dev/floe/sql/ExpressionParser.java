package dev.floe.sql;

import dev.floe.sql.tree.Between;
import dev.floe.sql.tree.BinaryExpression;
import dev.floe.sql.tree.BooleanLiteral;
import dev.floe.sql.tree.Case;
import dev.floe.sql.tree.Cast;
import dev.floe.sql.tree.ColumnRef;
import dev.floe.sql.tree.Comparison;
import dev.floe.sql.tree.Exists;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.InList;
import dev.floe.sql.tree.InSubquery;
import dev.floe.sql.tree.IntervalLiteral;
import dev.floe.sql.tree.IsDistinctFrom;
import dev.floe.sql.tree.IsNull;
import dev.floe.sql.tree.Like;
import dev.floe.sql.tree.Logical;
import dev.floe.sql.tree.NullLiteral;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.OrderItem;
import dev.floe.sql.tree.Parameter;
import dev.floe.sql.tree.PathElement;
import dev.floe.sql.tree.PositionalColumn;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.QualifiedStar;
import dev.floe.sql.tree.Query;
import dev.floe.sql.tree.ScalarSubquery;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.StringLiteral;
import dev.floe.sql.tree.TypeName;
import dev.floe.sql.tree.Unary;
import dev.floe.sql.tree.VariantPath;
import dev.floe.sql.tree.WhenClause;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Expressions by precedence climbing. From loosest to tightest: OR, AND, NOT, comparisons and
 * IS / IN / BETWEEN / LIKE, {@code + - ||}, {@code * / %}, unary minus and plus, then the postfix
 * operators {@code ::} cast, {@code :} path, {@code [ ]} subscript and {@code .} path step, applied
 * left to right. Every node's position is where its text starts.
 */
final class ExpressionParser {
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int ADDITIVE = 5;
    private static final int MULTIPLICATIVE = 6;
    private static final int UNARY = 7;

    private final TokenCursor cursor;
    private final Supplier<Query> subquery;
    private final FunctionCallParser functions;

    ExpressionParser(TokenCursor cursor, Supplier<Query> subquery) {
        this.cursor = cursor;
        this.subquery = subquery;
        this.functions = new FunctionCallParser(cursor, this);
    }

    Expression expression() {
        return binary(OR);
    }

    List<Expression> expressionList() {
        List<Expression> expressions = new ArrayList<>();
        do {
            expressions.add(expression());
        } while (cursor.accept(TokenType.COMMA));
        return expressions;
    }

    /** An expression without comparisons or logic: an operand of IN, BETWEEN or a frame bound. */
    Expression additive() {
        return binary(ADDITIVE);
    }

    /** The call whose name has been read; the cursor is at its opening parenthesis. */
    FunctionCall functionCall(SourcePosition position, QualifiedName name) {
        return functions.call(position, name);
    }

    Query subquery() {
        return subquery.get();
    }

    private Expression binary(int minPrecedence) {
        Expression left = prefix(minPrecedence);
        while (true) {
            int precedence = infixPrecedence(cursor.peek());
            if (precedence == 0 || precedence < minPrecedence) {
                return left;
            }
            if (precedence == COMPARISON) {
                left = predicate(left);
                continue;
            }
            Token operator = cursor.next();
            Expression right = binary(precedence + 1);
            left = combine(operator, left, right);
        }
    }

    private Expression prefix(int minPrecedence) {
        Token token = cursor.peek();
        if (token.is("NOT") && minPrecedence <= NOT) {
            cursor.next();
            return new Unary(TokenCursor.position(token), Unary.Operator.NOT, binary(NOT));
        }
        if (token.type == TokenType.MINUS || token.type == TokenType.PLUS) {
            cursor.next();
            Unary.Operator operator = token.type == TokenType.MINUS ? Unary.Operator.MINUS : Unary.Operator.PLUS;
            return new Unary(TokenCursor.position(token), operator, binary(UNARY));
        }
        return postfix(primary());
    }

    private static int infixPrecedence(Token token) {
        switch (token.type) {
            case EQUAL:
            case NOT_EQUAL:
            case LESS:
            case LESS_OR_EQUAL:
            case GREATER:
            case GREATER_OR_EQUAL:
                return COMPARISON;
            case PLUS:
            case MINUS:
            case CONCAT:
                return ADDITIVE;
            case STAR:
            case SLASH:
            case PERCENT:
                return MULTIPLICATIVE;
            case WORD:
                return wordPrecedence(token);
            default:
                return 0;
        }
    }

    private static int wordPrecedence(Token token) {
        if (token.is("OR")) {
            return OR;
        }
        if (token.is("AND")) {
            return AND;
        }
        if (token.is("IS") || token.is("IN") || token.is("BETWEEN") || token.is("LIKE") || token.is("ILIKE")
                || token.is("RLIKE") || token.is("REGEXP") || token.is("NOT")) {
            return COMPARISON;
        }
        return 0;
    }

    private static Expression combine(Token operator, Expression left, Expression right) {
        SourcePosition position = left.position();
        switch (operator.type) {
            case PLUS: return new BinaryExpression(position, BinaryExpression.Operator.ADD, left, right);
            case MINUS: return new BinaryExpression(position, BinaryExpression.Operator.SUBTRACT, left, right);
            case CONCAT: return new BinaryExpression(position, BinaryExpression.Operator.CONCAT, left, right);
            case STAR: return new BinaryExpression(position, BinaryExpression.Operator.MULTIPLY, left, right);
            case SLASH: return new BinaryExpression(position, BinaryExpression.Operator.DIVIDE, left, right);
            case PERCENT: return new BinaryExpression(position, BinaryExpression.Operator.MODULO, left, right);
            default:
                Logical.Operator logical = operator.is("AND") ? Logical.Operator.AND : Logical.Operator.OR;
                return new Logical(position, logical, left, right);
        }
    }

    /** The comparison level: {@code = != < ...}, IS, [NOT] IN / BETWEEN / LIKE / ILIKE / RLIKE. */
    private Expression predicate(Expression left) {
        Token token = cursor.next();
        SourcePosition position = left.position();
        switch (token.type) {
            case EQUAL: return comparison(position, Comparison.Operator.EQUAL, left);
            case NOT_EQUAL: return comparison(position, Comparison.Operator.NOT_EQUAL, left);
            case LESS: return comparison(position, Comparison.Operator.LESS_THAN, left);
            case LESS_OR_EQUAL: return comparison(position, Comparison.Operator.LESS_THAN_OR_EQUAL, left);
            case GREATER: return comparison(position, Comparison.Operator.GREATER_THAN, left);
            case GREATER_OR_EQUAL: return comparison(position, Comparison.Operator.GREATER_THAN_OR_EQUAL, left);
            default:
                break;
        }
        if (token.is("IS")) {
            boolean negated = cursor.acceptKeyword("NOT");
            if (cursor.acceptKeyword("NULL")) {
                return new IsNull(position, left, negated);
            }
            if (cursor.acceptKeywords("DISTINCT", "FROM")) {
                return new IsDistinctFrom(position, left, binary(ADDITIVE), negated);
            }
            throw cursor.unexpected("NULL or DISTINCT FROM");
        }
        boolean negated = token.is("NOT");
        Token operator = negated ? cursor.next() : token;
        if (operator.is("IN")) {
            return in(position, left, negated);
        }
        if (operator.is("BETWEEN")) {
            Expression low = binary(ADDITIVE);
            cursor.expectKeyword("AND");
            return new Between(position, left, low, binary(ADDITIVE), negated);
        }
        if (operator.is("LIKE") || operator.is("ILIKE")) {
            Expression pattern = binary(ADDITIVE);
            Optional<Expression> escape = cursor.acceptKeyword("ESCAPE") ? Optional.of(binary(ADDITIVE)) : Optional.empty();
            return new Like(position, left, pattern, escape, negated, operator.is("ILIKE"));
        }
        if (operator.is("RLIKE") || operator.is("REGEXP")) {
            // Snowflake's RLIKE operator is its RLIKE(subject, pattern) function.
            Expression match = FunctionCall.of(position, name(operator, "RLIKE"), List.of(left, binary(ADDITIVE)));
            return negated ? new Unary(position, Unary.Operator.NOT, match) : match;
        }
        throw TokenCursor.unexpected(operator, "IN, BETWEEN, LIKE, ILIKE or RLIKE");
    }

    private Comparison comparison(SourcePosition position, Comparison.Operator operator, Expression left) {
        return new Comparison(position, operator, left, binary(ADDITIVE));
    }

    private Expression in(SourcePosition position, Expression left, boolean negated) {
        cursor.expect(TokenType.LEFT_PAREN);
        if (startsQuery()) {
            Query query = subquery();
            cursor.expect(TokenType.RIGHT_PAREN);
            return new InSubquery(position, left, query, negated);
        }
        List<Expression> values = expressionList();
        cursor.expect(TokenType.RIGHT_PAREN);
        return new InList(position, left, values, negated);
    }

    private boolean startsQuery() {
        Token token = cursor.peek();
        return token.is("SELECT") || token.is("WITH")
                || (token.type == TokenType.LEFT_PAREN && (cursor.peek(1).is("SELECT") || cursor.peek(1).is("WITH")));
    }

    private Expression primary() {
        Token token = cursor.peek();
        SourcePosition position = TokenCursor.position(token);
        switch (token.type) {
            case NUMBER:
                cursor.next();
                return new NumericLiteral(position, token.text());
            case STRING:
                cursor.next();
                return new StringLiteral(position, token.value);
            case QUESTION_MARK:
                cursor.next();
                return new Parameter(position, cursor.nextBindVariable());
            case COLON:
                cursor.next();
                return new Parameter(position, integer(cursor.expect(TokenType.NUMBER)));
            case POSITIONAL:
                cursor.next();
                return new PositionalColumn(position, positionalIndex(token));
            case LEFT_PAREN:
                return parenthesized(position);
            case QUOTED_IDENTIFIER:
                return nameOrCall(position);
            case WORD:
                return word(token, position);
            default:
                throw cursor.unexpected("an expression");
        }
    }

    private Expression parenthesized(SourcePosition position) {
        cursor.next();
        if (startsQuery()) {
            Query query = subquery();
            cursor.expect(TokenType.RIGHT_PAREN);
            return new ScalarSubquery(position, query);
        }
        Expression inner = expression();
        cursor.expect(TokenType.RIGHT_PAREN);
        return inner;
    }

    private Expression word(Token token, SourcePosition position) {
        Token following = cursor.peek(1);
        if (token.is("TRUE") || token.is("FALSE")) {
            cursor.next();
            return new BooleanLiteral(position, token.is("TRUE"));
        }
        if (token.is("NULL")) {
            cursor.next();
            return new NullLiteral(position);
        }
        if (token.is("CASE")) {
            return caseExpression(position);
        }
        if (token.is("CAST") || token.is("TRY_CAST")) {
            return cast(position, token.is("CAST") ? Cast.Style.CAST : Cast.Style.TRY_CAST);
        }
        if (token.is("EXISTS")) {
            cursor.next();
            cursor.expect(TokenType.LEFT_PAREN);
            Query query = subquery();
            cursor.expect(TokenType.RIGHT_PAREN);
            return new Exists(position, query);
        }
        if (FunctionCallParser.isNiladic(token)) {
            cursor.next();
            QualifiedName name = name(token, token.text());
            return following.type == TokenType.LEFT_PAREN
                    ? functions.call(position, name)
                    : FunctionCall.of(position, name, List.of());
        }
        if ((token.is("LEFT") || token.is("RIGHT")) && following.type == TokenType.LEFT_PAREN) {
            cursor.next();
            return functions.call(position, name(token, token.text()));
        }
        if (following.type == TokenType.STRING && !token.reserved) {
            Expression typed = typedLiteral(token, position);
            if (typed != null) {
                return typed;
            }
        }
        if (token.reserved) {
            throw cursor.unexpected("an expression");
        }
        return nameOrCall(position);
    }

    /** {@code INTERVAL '5 minutes'}, {@code DATE '2024-01-15'}, {@code TIMESTAMP '...'}: else null. */
    private Expression typedLiteral(Token token, SourcePosition position) {
        if (token.is("INTERVAL")) {
            cursor.next();
            return new IntervalLiteral(position, cursor.next().value);
        }
        if (token.is("DATE") || token.is("TIME") || token.is("TIMESTAMP") || token.is("TIMESTAMP_NTZ")
                || token.is("TIMESTAMP_LTZ") || token.is("TIMESTAMP_TZ")) {
            cursor.next();
            Token literal = cursor.next();
            TypeName type = new TypeName(position, token.text(), List.of());
            return new Cast(position, new StringLiteral(TokenCursor.position(literal), literal.value), type, Cast.Style.CAST);
        }
        return null;
    }

    /** A column reference {@code a.b.c}, a qualified star {@code t.*} or a call {@code schema.f(...)}. */
    private Expression nameOrCall(SourcePosition position) {
        List<Identifier> parts = new ArrayList<>(2);
        parts.add(cursor.identifier());
        while (cursor.at(TokenType.DOT)) {
            Token after = cursor.peek(1);
            if (after.type == TokenType.STAR) {
                cursor.next();
                cursor.next();
                return new QualifiedStar(position, new QualifiedName(parts));
            }
            if (!TokenCursor.isIdentifier(after)) {
                break;
            }
            cursor.next();
            parts.add(cursor.identifier());
        }
        QualifiedName name = new QualifiedName(parts);
        if (cursor.at(TokenType.LEFT_PAREN)) {
            return functions.call(position, name);
        }
        return new ColumnRef(position, name);
    }

    private Expression caseExpression(SourcePosition position) {
        cursor.next();
        Optional<Expression> operand = cursor.atKeyword("WHEN") ? Optional.empty() : Optional.of(expression());
        List<WhenClause> whens = new ArrayList<>();
        while (cursor.atKeyword("WHEN")) {
            SourcePosition whenPosition = cursor.position();
            cursor.next();
            Expression condition = expression();
            cursor.expectKeyword("THEN");
            whens.add(new WhenClause(whenPosition, condition, expression()));
        }
        if (whens.isEmpty()) {
            throw cursor.unexpected("WHEN");
        }
        Optional<Expression> elseResult = cursor.acceptKeyword("ELSE") ? Optional.of(expression()) : Optional.empty();
        cursor.expectKeyword("END");
        return new Case(position, operand, whens, elseResult);
    }

    private Expression cast(SourcePosition position, Cast.Style style) {
        cursor.next();
        cursor.expect(TokenType.LEFT_PAREN);
        Expression operand = expression();
        cursor.expectKeyword("AS");
        TypeName type = typeName();
        cursor.expect(TokenType.RIGHT_PAREN);
        return new Cast(position, operand, type, style);
    }

    /** The postfix chain: casts, {@code :field}, {@code [subscript]} and {@code .field} once a path has begun. */
    private Expression postfix(Expression base) {
        Expression result = base;
        List<PathElement> path = new ArrayList<>();
        while (true) {
            Token token = cursor.peek();
            if (token.type == TokenType.COLON || (token.type == TokenType.DOT && !path.isEmpty())) {
                cursor.next();
                path.add(pathField());
            } else if (token.type == TokenType.LEFT_BRACKET) {
                cursor.next();
                path.add(subscript(TokenCursor.position(token)));
            } else if (token.type == TokenType.DOUBLE_COLON) {
                result = withPath(result, path);
                path.clear();
                cursor.next();
                result = new Cast(result.position(), result, typeName(), Cast.Style.DOUBLE_COLON);
            } else {
                return withPath(result, path);
            }
        }
    }

    private static Expression withPath(Expression base, List<PathElement> path) {
        return path.isEmpty() ? base : new VariantPath(base.position(), base, path);
    }

    /** A path element name: any word (reserved or not, case kept) or a quoted name. */
    private PathElement pathField() {
        Token token = cursor.peek();
        if (token.type == TokenType.WORD) {
            cursor.next();
            return new PathElement.Field(TokenCursor.position(token), token.text(), false);
        }
        if (token.type == TokenType.QUOTED_IDENTIFIER) {
            cursor.next();
            return new PathElement.Field(TokenCursor.position(token), token.value, true);
        }
        throw cursor.unexpected("a path element name");
    }

    private PathElement subscript(SourcePosition position) {
        Token token = cursor.peek();
        PathElement element;
        if (token.type == TokenType.NUMBER && cursor.peek(1).type == TokenType.RIGHT_BRACKET && isInteger(token)) {
            cursor.next();
            element = new PathElement.Index(position, integer(token));
        } else {
            element = new PathElement.Key(position, expression());
        }
        cursor.expect(TokenType.RIGHT_BRACKET);
        return element;
    }

    /** {@code NUMBER(38,2)}, {@code VARCHAR(10)}, {@code TIMESTAMP_NTZ(9)}, {@code DOUBLE PRECISION}. */
    TypeName typeName() {
        Token token = cursor.peek();
        if (token.type != TokenType.WORD) {
            throw cursor.unexpected("a type name");
        }
        cursor.next();
        String name = token.text();
        if (token.is("DOUBLE") && cursor.acceptKeyword("PRECISION")) {
            name = "DOUBLE PRECISION";
        } else if ((token.is("CHARACTER") || token.is("CHAR")) && cursor.acceptKeyword("VARYING")) {
            name = token.text() + " VARYING";
        }
        List<Integer> parameters = new ArrayList<>(2);
        if (cursor.accept(TokenType.LEFT_PAREN)) {
            do {
                parameters.add(integer(cursor.expect(TokenType.NUMBER)));
            } while (cursor.accept(TokenType.COMMA));
            cursor.expect(TokenType.RIGHT_PAREN);
        }
        return new TypeName(TokenCursor.position(token), name, parameters);
    }

    List<OrderItem> orderItems() {
        List<OrderItem> items = new ArrayList<>();
        do {
            Expression expression = expression();
            boolean ascending = !cursor.acceptKeyword("DESC");
            if (ascending) {
                cursor.acceptKeyword("ASC");
            }
            OrderItem.NullOrdering nulls = OrderItem.NullOrdering.DEFAULT;
            if (cursor.acceptKeyword("NULLS")) {
                if (cursor.acceptKeyword("FIRST")) {
                    nulls = OrderItem.NullOrdering.FIRST;
                } else {
                    cursor.expectKeyword("LAST");
                    nulls = OrderItem.NullOrdering.LAST;
                }
            }
            items.add(new OrderItem(expression.position(), expression, ascending, nulls));
        } while (cursor.accept(TokenType.COMMA));
        return items;
    }

    private static boolean isInteger(Token token) {
        String text = token.text();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A non-negative integer that fits an int: type parameters, subscripts, bind variable numbers. */
    static int integer(Token token) {
        if (!isInteger(token)) {
            throw TokenCursor.invalid(token, "expected an integer, got " + token.text());
        }
        return parseInt(token, token.text());
    }

    /** The column number of {@code $n}. */
    private static int positionalIndex(Token token) {
        return parseInt(token, token.text().substring(1));
    }

    private static int parseInt(Token token, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw TokenCursor.invalid(token, "integer " + token.text() + " is out of range");
        }
    }

    static QualifiedName name(Token token, String text) {
        return QualifiedName.of(new Identifier(TokenCursor.position(token), text, false));
    }
}
