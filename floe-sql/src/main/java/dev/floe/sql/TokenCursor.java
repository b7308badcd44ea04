package dev.floe.sql;

import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/** A position in the token list with the look-ahead, matching and error reporting the parsers share. */
final class TokenCursor {
    private final List<Token> tokens;
    private int index;
    private int bindVariables;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places after the current one (the end token past the end). */
    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.type != TokenType.END_OF_INPUT) {
            index++;
        }
        return token;
    }

    /** The last token consumed. */
    Token previous() {
        return tokens.get(index - 1);
    }

    SourcePosition position() {
        Token token = peek();
        return new SourcePosition(token.line, token.column);
    }

    static SourcePosition position(Token token) {
        return new SourcePosition(token.line, token.column);
    }

    boolean at(TokenType type) {
        return peek().type == type;
    }

    boolean atKeyword(String keyword) {
        return peek().is(keyword);
    }

    boolean accept(TokenType type) {
        if (at(type)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    /** Accepts the keywords in order, all or none. */
    boolean acceptKeywords(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!peek(i).is(keywords[i])) {
                return false;
            }
        }
        for (int i = 0; i < keywords.length; i++) {
            next();
        }
        return true;
    }

    Token expect(TokenType type) {
        if (!at(type)) {
            throw unexpected(type.description());
        }
        return next();
    }

    void expectKeyword(String keyword) {
        if (!acceptKeyword(keyword)) {
            throw unexpected(keyword);
        }
    }

    /** The current statement ends here: at a semicolon or the end of the text. */
    boolean atStatementEnd() {
        return at(TokenType.SEMICOLON) || at(TokenType.END_OF_INPUT);
    }

    /** A syntax error at the current token. */
    SqlParseException unexpected(String expected) {
        return unexpected(peek(), expected);
    }

    static SqlParseException unexpected(Token token, String expected) {
        return SqlParseException.unexpected(token.line, token.column, token.text(), expected);
    }

    /** An error about a well-formed token that is not allowed where it stands. */
    static SqlParseException invalid(Token token, String problem) {
        return SqlParseException.invalid(token.line, token.column, token.text(), problem);
    }

    boolean atIdentifier() {
        return isIdentifier(peek());
    }

    static boolean isIdentifier(Token token) {
        return (token.type == TokenType.WORD && !token.reserved) || token.type == TokenType.QUOTED_IDENTIFIER;
    }

    /** An unquoted word that Snowflake does not reserve, or a quoted identifier. */
    Identifier identifier() {
        if (!atIdentifier()) {
            throw unexpected("an identifier");
        }
        return toIdentifier(next());
    }

    static Identifier toIdentifier(Token token) {
        boolean quoted = token.type == TokenType.QUOTED_IDENTIFIER;
        return new Identifier(position(token), quoted ? token.value : token.text(), quoted);
    }

    QualifiedName qualifiedName() {
        List<Identifier> parts = new ArrayList<>(3);
        parts.add(identifier());
        if (at(TokenType.DOT) && peek(1).type == TokenType.DOT && isIdentifier(peek(2))) {
            // db..name is db.PUBLIC.name, as in Snowflake.
            SourcePosition schemaPosition = position();
            next();
            next();
            parts.add(new Identifier(schemaPosition, "PUBLIC", false));
            parts.add(identifier());
            return new QualifiedName(parts);
        }
        while (at(TokenType.DOT) && isIdentifier(peek(1))) {
            next();
            parts.add(identifier());
        }
        return new QualifiedName(parts);
    }

    /** A name of at most {@code maxParts} parts: 1 for databases, 2 for schemas, 3 for tables. */
    QualifiedName qualifiedName(int maxParts) {
        Token first = peek();
        QualifiedName name = qualifiedName();
        if (name.parts().size() > maxParts) {
            throw invalid(first, "name " + name + " has more than " + maxParts + (maxParts == 1 ? " part" : " parts"));
        }
        return name;
    }

    List<Identifier> identifierList() {
        expect(TokenType.LEFT_PAREN);
        List<Identifier> identifiers = new ArrayList<>();
        do {
            identifiers.add(identifier());
        } while (accept(TokenType.COMMA));
        expect(TokenType.RIGHT_PAREN);
        return identifiers;
    }

    /** The next 1-based number for a {@code ?} bind variable in the current statement. */
    int nextBindVariable() {
        return ++bindVariables;
    }

    void startStatement() {
        bindVariables = 0;
    }
}
