package dev.floe.sql;

import dev.floe.sql.tree.Describe;
import dev.floe.sql.tree.ObjectKind;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.Show;
import dev.floe.sql.tree.ShowScope;
import dev.floe.sql.tree.SourcePosition;
import dev.floe.sql.tree.Use;

import java.util.Locale;
import java.util.Optional;

/** The session and catalog commands: USE, SHOW and DESCRIBE. */
final class ShowParser {
    private final TokenCursor cursor;

    ShowParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** {@code USE [DATABASE|SCHEMA|WAREHOUSE|ROLE] name}. */
    Use use(SourcePosition position) {
        Optional<ObjectKind> kind = objectKind(ObjectKind.DATABASE, ObjectKind.SCHEMA, ObjectKind.WAREHOUSE, ObjectKind.ROLE);
        int parts = kind.isPresent() ? DdlParser.nameParts(kind.get()) : 2;
        return new Use(position, kind, cursor.qualifiedName(parts));
    }

    /** {@code DESCRIBE|DESC [TABLE|PIPE|WAREHOUSE|USER|ROLE|DATABASE|SCHEMA] name}. */
    Describe describe(SourcePosition position) {
        Optional<ObjectKind> kind = objectKind(ObjectKind.TABLE, ObjectKind.PIPE, ObjectKind.WAREHOUSE,
                ObjectKind.USER, ObjectKind.ROLE, ObjectKind.DATABASE, ObjectKind.SCHEMA);
        int parts = kind.isPresent() ? DdlParser.nameParts(kind.get()) : 3;
        return new Describe(position, kind, cursor.qualifiedName(parts));
    }

    /**
     * One of {@code kinds} when it is followed by a name; unreserved kind words such as
     * WAREHOUSE are otherwise taken as the name itself.
     */
    private Optional<ObjectKind> objectKind(ObjectKind... kinds) {
        for (ObjectKind kind : kinds) {
            if (cursor.atKeyword(kind.name()) && TokenCursor.isIdentifier(cursor.peek(1))) {
                cursor.next();
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    Show show(SourcePosition position) {
        Show.Kind kind = showKind();
        Optional<String> like = Optional.empty();
        if (cursor.acceptKeyword("LIKE")) {
            like = Optional.of(cursor.expect(TokenType.STRING).value);
        }
        Optional<ShowScope> scope = Optional.empty();
        if (kind == Show.Kind.GRANTS) {
            if (cursor.atKeyword("TO") || cursor.atKeyword("ON") || cursor.atKeyword("OF")) {
                scope = Optional.of(scope(ShowScope.Preposition.valueOf(cursor.peek().text().toUpperCase(Locale.ROOT))));
            }
        } else if (cursor.atKeyword("IN")) {
            scope = Optional.of(scope(ShowScope.Preposition.IN));
        }
        return new Show(position, kind, like, scope);
    }

    private Show.Kind showKind() {
        if (cursor.acceptKeywords("INTERACTIVE", "TABLES")) {
            return Show.Kind.INTERACTIVE_TABLES;
        }
        for (Show.Kind kind : Show.Kind.values()) {
            if (kind != Show.Kind.INTERACTIVE_TABLES && cursor.acceptKeyword(kind.sql())) {
                return kind;
            }
        }
        throw cursor.unexpected("what to show");
    }

    /**
     * {@code IN ACCOUNT | SESSION | DATABASE [db] | SCHEMA [db.s] | TABLE t | ...}; a bare name after
     * IN is a schema, as in Snowflake. Grants use TO, ON and OF.
     */
    private ShowScope scope(ShowScope.Preposition preposition) {
        cursor.next();
        SourcePosition position = cursor.position();
        for (ObjectKind kind : ObjectKind.values()) {
            if (cursor.acceptKeyword(kind.name())) {
                return new ShowScope(position, preposition, kind, scopeName(kind));
            }
        }
        if (preposition == ShowScope.Preposition.IN && cursor.atIdentifier()) {
            return new ShowScope(position, preposition, ObjectKind.SCHEMA, Optional.of(cursor.qualifiedName(2)));
        }
        throw cursor.unexpected("ACCOUNT, DATABASE, SCHEMA or another object kind");
    }

    private Optional<QualifiedName> scopeName(ObjectKind kind) {
        switch (kind) {
            case ACCOUNT:
            case SESSION:
                return Optional.empty();
            case DATABASE:
            case SCHEMA:
                return cursor.atIdentifier() ? Optional.of(cursor.qualifiedName(DdlParser.nameParts(kind))) : Optional.empty();
            default:
                return Optional.of(cursor.qualifiedName(DdlParser.nameParts(kind)));
        }
    }
}
