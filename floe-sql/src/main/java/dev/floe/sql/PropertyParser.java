package dev.floe.sql;

import dev.floe.sql.tree.BooleanLiteral;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.NullLiteral;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.Properties;
import dev.floe.sql.tree.Property;
import dev.floe.sql.tree.PropertyGroup;
import dev.floe.sql.tree.PropertyList;
import dev.floe.sql.tree.PropertyValue;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.StringLiteral;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code NAME = value} options of DDL statements and session parameters, separated by blanks
 * or commas, as many as follow. A name may appear once.
 */
final class PropertyParser {
    private final TokenCursor cursor;

    PropertyParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** The properties that follow, possibly none. */
    Properties properties() {
        List<Property> entries = new ArrayList<>();
        while (atProperty(0) || (!entries.isEmpty() && cursor.at(TokenType.COMMA) && atProperty(1))) {
            cursor.accept(TokenType.COMMA);
            Token name = cursor.peek();
            Property property = property();
            for (Property entry : entries) {
                if (entry.name().canonical().equals(property.name().canonical())) {
                    throw TokenCursor.invalid(name, "duplicate property " + property.name().canonical());
                }
            }
            entries.add(property);
        }
        return new Properties(entries);
    }

    /** At least one property, for SET. */
    Properties requiredProperties() {
        if (!atProperty(0)) {
            throw cursor.unexpected("a property");
        }
        return properties();
    }

    /** {@code UNSET name, ...}: the names only. */
    List<Identifier> names() {
        List<Identifier> names = new ArrayList<>();
        do {
            names.add(cursor.identifier());
        } while (cursor.accept(TokenType.COMMA));
        return names;
    }

    private boolean atProperty(int ahead) {
        return cursor.peek(ahead).type == TokenType.WORD && cursor.peek(ahead + 1).type == TokenType.EQUAL;
    }

    private Property property() {
        Identifier name = TokenCursor.toIdentifier(cursor.next());
        cursor.expect(TokenType.EQUAL);
        return new Property(name.position(), name, value());
    }

    private PropertyValue value() {
        Token token = cursor.peek();
        SourcePosition position = TokenCursor.position(token);
        switch (token.type) {
            case STRING:
                cursor.next();
                return new StringLiteral(position, token.value);
            case NUMBER:
                cursor.next();
                return new NumericLiteral(position, token.text());
            case MINUS:
                cursor.next();
                return new NumericLiteral(position, "-" + cursor.expect(TokenType.NUMBER).text());
            case LEFT_PAREN:
                return parenthesized(position);
            case QUOTED_IDENTIFIER:
                return cursor.qualifiedName();
            case WORD:
                if (token.is("TRUE") || token.is("FALSE")) {
                    cursor.next();
                    return new BooleanLiteral(position, token.is("TRUE"));
                }
                if (token.is("NULL")) {
                    cursor.next();
                    return new NullLiteral(position);
                }
                return cursor.qualifiedName();
            default:
                throw cursor.unexpected("a property value");
        }
    }

    /** {@code (NAME = value ...)} as a group, or {@code (v1, v2)} as a list. */
    private PropertyValue parenthesized(SourcePosition position) {
        cursor.next();
        if (atProperty(0)) {
            Properties group = properties();
            cursor.expect(TokenType.RIGHT_PAREN);
            return new PropertyGroup(position, group);
        }
        List<PropertyValue> values = new ArrayList<>();
        if (!cursor.at(TokenType.RIGHT_PAREN)) {
            do {
                values.add(value());
            } while (cursor.accept(TokenType.COMMA));
        }
        cursor.expect(TokenType.RIGHT_PAREN);
        return new PropertyList(position, values);
    }
}
