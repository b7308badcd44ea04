package dev.floe.sql;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexerTest {

    private static List<String> types(String sql) {
        List<String> types = new ArrayList<>();
        for (Token token : Lexer.tokenize(sql)) {
            types.add(token.type + (token.type == TokenType.END_OF_INPUT ? "" : ":" + token.text()));
        }
        return types;
    }

    private static Token single(String sql) {
        List<Token> tokens = Lexer.tokenize(sql);
        assertEquals(2, tokens.size(), sql);
        return tokens.get(0);
    }

    @Test
    void operators() {
        assertEquals(List.of("WORD:a", "DOUBLE_COLON:::", "WORD:b", "CONCAT:||", "WORD:c", "ARROW:=>", "NOT_EQUAL:!=",
                "NOT_EQUAL:<>", "LESS_OR_EQUAL:<=", "GREATER_OR_EQUAL:>=", "LESS:<", "GREATER:>", "EQUAL:=", "COLON::",
                "LEFT_BRACKET:[", "RIGHT_BRACKET:]", "DOT:.", "PLUS:+", "MINUS:-", "STAR:*", "SLASH:/", "PERCENT:%",
                "QUESTION_MARK:?", "LEFT_PAREN:(", "RIGHT_PAREN:)", "COMMA:,", "SEMICOLON:;", "END_OF_INPUT"),
                types("a::b||c => != <> <= >= < > = : [ ] . + - * / % ? ( ) , ;"));
    }

    @Test
    void numbers() {
        assertEquals(List.of("NUMBER:42", "NUMBER:3.14", "NUMBER:.5", "NUMBER:1e10", "NUMBER:2.5E-3", "NUMBER:7.",
                "END_OF_INPUT"), types("42 3.14 .5 1e10 2.5E-3 7."));
        assertEquals(List.of("NUMBER:1", "WORD:e", "END_OF_INPUT"), types("1 e"));
        assertEquals(List.of("NUMBER:10", "WORD:abc", "END_OF_INPUT"), types("10abc"));
        assertEquals(List.of("WORD:t", "DOT:.", "WORD:c", "END_OF_INPUT"), types("t.c"));
    }

    @Test
    void identifiers() {
        Token word = single("Sensor_Data$1");
        assertEquals(TokenType.WORD, word.type);
        assertTrue(word.is("SENSOR_DATA$1"));
        assertFalse(word.reserved);
        Token quoted = single("\"say \"\"hi\"\"\"");
        assertEquals(TokenType.QUOTED_IDENTIFIER, quoted.type);
        assertEquals("say \"hi\"", quoted.value);
        assertTrue(single("select").reserved);
        assertTrue(single("Current_Timestamp").reserved);
        assertFalse(single("timestamp").reserved);
        assertFalse(single("value").reserved);
        assertFalse(single("selects").reserved);
        assertTrue(single("_x").is("_X"));
    }

    @Test
    void keywordMatchingIgnoresCaseAndLength() {
        Token token = single("SeLeCt");
        assertTrue(token.is("SELECT"));
        assertFalse(token.is("SELECTS"));
        assertFalse(token.is("SELEC"));
        assertFalse(single("'SELECT'").is("SELECT"));
    }

    @Test
    void strings() {
        assertEquals("it's", single("'it''s'").value);
        assertEquals("a'b\"c\\d\ne\tf\rg\0h", single("'a\\'b\\\"c\\\\d\\ne\\tf\\rg\\0h'").value);
        assertEquals("A\u00e9", single("'\\x41\\u00e9'").value);
        assertEquals("zq", single("'\\z\\q'").value);
        assertEquals("", single("''").value);
        assertEquals("raw 'text' \\n; -- kept", single("$$raw 'text' \\n; -- kept$$").value);
        assertEquals(TokenType.STRING, single("$$x$$").type);
    }

    @Test
    void positionalColumns() {
        assertEquals(List.of("POSITIONAL:$1", "COLON::", "WORD:a", "END_OF_INPUT"), types("$1:a"));
    }

    @Test
    void commentsAreSkipped() {
        assertEquals(List.of("WORD:a", "WORD:b", "WORD:c", "WORD:d", "END_OF_INPUT"),
                types("a -- one\nb // two\n/* three\n */ c/**/d"));
        assertEquals(List.of("NUMBER:1", "MINUS:-", "NUMBER:2", "SLASH:/", "NUMBER:3", "END_OF_INPUT"), types("1 - 2 / 3"));
    }

    @Test
    void linesAndColumns() {
        List<Token> tokens = Lexer.tokenize("SELECT\n  'a\nb' AS x, /* c\n */ y\r\n\tz");
        assertPosition(tokens.get(0), 1, 0);
        assertPosition(tokens.get(1), 2, 2);
        assertPosition(tokens.get(2), 3, 3);
        assertPosition(tokens.get(3), 3, 6);
        assertPosition(tokens.get(4), 3, 7);
        assertPosition(tokens.get(5), 4, 4);
        assertPosition(tokens.get(6), 5, 1);
        assertPosition(tokens.get(7), 5, 2);
        assertEquals(TokenType.END_OF_INPUT, tokens.get(7).type);
    }

    private static void assertPosition(Token token, int line, int column) {
        assertEquals(line, token.line, token.toString());
        assertEquals(column, token.column, token.toString());
    }
}
