package dev.floe.sql;

import dev.floe.sql.tree.DatePart;
import dev.floe.sql.tree.Expression;
import dev.floe.sql.tree.FrameBound;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.NamedArgument;
import dev.floe.sql.tree.OrderItem;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.WindowFrame;
import dev.floe.sql.tree.WindowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Function calls: positional or {@code NAME => value} arguments, {@code COUNT(*)},
 * {@code DISTINCT}, bare date-part words ({@code DATEADD(minute, ...)}), {@code EXTRACT(part FROM e)},
 * {@code POSITION(a IN b)} and {@code OVER (...)} windows.
 */
final class FunctionCallParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    FunctionCallParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = cursor;
        this.expressions = expressions;
    }

    /** Reserved words that are calls even without parentheses, e.g. {@code CURRENT_TIMESTAMP}. */
    static boolean isNiladic(Token token) {
        return token.is("CURRENT_TIMESTAMP") || token.is("CURRENT_DATE") || token.is("CURRENT_TIME")
                || token.is("LOCALTIMESTAMP") || token.is("LOCALTIME") || token.is("CURRENT_USER");
    }

    /** Which argument of a function may be a bare date-part word, or -1. */
    private static int datePartArgument(QualifiedName name) {
        if (name.parts().size() != 1 || name.last().quoted()) {
            return -1;
        }
        switch (name.last().canonical()) {
            case "DATEADD":
            case "DATEDIFF":
            case "TIMEADD":
            case "TIMEDIFF":
            case "TIMESTAMPADD":
            case "TIMESTAMPDIFF":
            case "DATE_TRUNC":
            case "DATE_PART":
                return 0;
            case "LAST_DAY":
                return 1;
            case "TIME_SLICE":
                return 2;
            default:
                return -1;
        }
    }

    /** The call whose name has been read; the cursor is at its opening parenthesis. */
    FunctionCall call(SourcePosition position, QualifiedName name) {
        cursor.expect(TokenType.LEFT_PAREN);
        boolean plainName = name.parts().size() == 1 && !name.last().quoted();
        if (plainName && name.last().canonical().equals("EXTRACT")) {
            return extract(position, name);
        }
        if (plainName && name.last().canonical().equals("POSITION")) {
            return positionIn(position, name);
        }
        boolean star = false;
        boolean distinct = false;
        List<Expression> arguments = new ArrayList<>();
        List<NamedArgument> named = new ArrayList<>();
        if (cursor.at(TokenType.STAR)) {
            cursor.next();
            star = true;
        } else if (!cursor.at(TokenType.RIGHT_PAREN)) {
            distinct = cursor.acceptKeyword("DISTINCT");
            if (!distinct) {
                cursor.acceptKeyword("ALL");
            }
            arguments(datePartArgument(name), arguments, named);
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        // FIRST_VALUE(x) IGNORE NULLS OVER (...); RESPECT NULLS is the default.
        boolean ignoreNulls = false;
        if ((cursor.atKeyword("IGNORE") || cursor.atKeyword("RESPECT")) && cursor.peek(1).is("NULLS")) {
            ignoreNulls = cursor.next().is("IGNORE");
            cursor.expectKeyword("NULLS");
        }
        Optional<WindowSpec> window = cursor.atKeyword("OVER") ? Optional.of(window()) : Optional.empty();
        return new FunctionCall(position, name, arguments, named, distinct, star, window, ignoreNulls);
    }

    private void arguments(int datePartIndex, List<Expression> arguments, List<NamedArgument> named) {
        int index = 0;
        do {
            Token token = cursor.peek();
            boolean isNamed = (token.type == TokenType.WORD || token.type == TokenType.QUOTED_IDENTIFIER)
                    && cursor.peek(1).type == TokenType.ARROW;
            if (isNamed ? !arguments.isEmpty() : !named.isEmpty()) {
                throw TokenCursor.invalid(token, "named and positional arguments cannot be mixed");
            }
            if (isNamed) {
                Identifier name = TokenCursor.toIdentifier(cursor.next());
                cursor.next();
                named.add(new NamedArgument(name.position(), name, expressions.expression()));
            } else if (index == datePartIndex && isBareDatePart(TokenType.COMMA, TokenType.RIGHT_PAREN)) {
                arguments.add(datePart());
            } else {
                arguments.add(expressions.expression());
            }
            index++;
        } while (cursor.accept(TokenType.COMMA));
    }

    private boolean isBareDatePart(TokenType... followers) {
        Token token = cursor.peek();
        if (token.type != TokenType.WORD || token.reserved) {
            return false;
        }
        TokenType next = cursor.peek(1).type;
        for (TokenType follower : followers) {
            if (next == follower) {
                return true;
            }
        }
        return false;
    }

    private DatePart datePart() {
        Token token = cursor.next();
        return new DatePart(TokenCursor.position(token), token.text());
    }

    /** {@code EXTRACT(part FROM e)}: arguments {@code [DatePart or string, e]}. */
    private FunctionCall extract(SourcePosition position, QualifiedName name) {
        Token token = cursor.peek();
        Expression part;
        if (token.type == TokenType.WORD && !token.reserved) {
            part = datePart();
        } else if (token.type == TokenType.STRING) {
            part = expressions.expression();
        } else {
            throw cursor.unexpected("a date or time part");
        }
        cursor.expectKeyword("FROM");
        Expression source = expressions.expression();
        cursor.expect(TokenType.RIGHT_PAREN);
        return FunctionCall.of(position, name, List.of(part, source));
    }

    /** {@code POSITION(needle IN haystack)} or the ordinary {@code POSITION(needle, haystack [, from])}. */
    private FunctionCall positionIn(SourcePosition position, QualifiedName name) {
        List<Expression> arguments = new ArrayList<>(3);
        arguments.add(expressions.additive());
        if (cursor.acceptKeyword("IN")) {
            arguments.add(expressions.expression());
        } else {
            while (cursor.accept(TokenType.COMMA)) {
                arguments.add(expressions.expression());
            }
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return FunctionCall.of(position, name, arguments);
    }

    private WindowSpec window() {
        cursor.next();
        SourcePosition position = cursor.position();
        cursor.expect(TokenType.LEFT_PAREN);
        List<Expression> partitionBy = List.of();
        List<OrderItem> orderBy = List.of();
        if (cursor.acceptKeyword("PARTITION")) {
            cursor.expectKeyword("BY");
            partitionBy = expressions.expressionList();
        }
        if (cursor.acceptKeyword("ORDER")) {
            cursor.expectKeyword("BY");
            orderBy = expressions.orderItems();
        }
        Optional<WindowFrame> frame = Optional.empty();
        if (cursor.atKeyword("ROWS") || cursor.atKeyword("RANGE")) {
            frame = Optional.of(frame());
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return new WindowSpec(position, partitionBy, orderBy, frame);
    }

    private WindowFrame frame() {
        SourcePosition position = cursor.position();
        WindowFrame.Unit unit = cursor.next().is("ROWS") ? WindowFrame.Unit.ROWS : WindowFrame.Unit.RANGE;
        if (cursor.acceptKeyword("BETWEEN")) {
            FrameBound start = frameBound();
            cursor.expectKeyword("AND");
            return new WindowFrame(position, unit, start, Optional.of(frameBound()));
        }
        return new WindowFrame(position, unit, frameBound(), Optional.empty());
    }

    private FrameBound frameBound() {
        SourcePosition position = cursor.position();
        if (cursor.acceptKeyword("UNBOUNDED")) {
            if (cursor.acceptKeyword("PRECEDING")) {
                return new FrameBound(position, FrameBound.Kind.UNBOUNDED_PRECEDING, Optional.empty());
            }
            cursor.expectKeyword("FOLLOWING");
            return new FrameBound(position, FrameBound.Kind.UNBOUNDED_FOLLOWING, Optional.empty());
        }
        if (cursor.acceptKeyword("CURRENT")) {
            cursor.expectKeyword("ROW");
            return new FrameBound(position, FrameBound.Kind.CURRENT_ROW, Optional.empty());
        }
        Expression offset = expressions.additive();
        if (cursor.acceptKeyword("PRECEDING")) {
            return new FrameBound(position, FrameBound.Kind.PRECEDING, Optional.of(offset));
        }
        cursor.expectKeyword("FOLLOWING");
        return new FrameBound(position, FrameBound.Kind.FOLLOWING, Optional.of(offset));
    }
}
