package dev.floe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
    private static List<ScriptPiece> split(String script) {
        StatementSplitter splitter = new StatementSplitter();
        List<ScriptPiece> pieces = new ArrayList<>(splitter.feed(script));
        pieces.add(splitter.finish());
        return pieces;
    }

    /** The same script fed one character at a time: state must carry over between feeds. */
    private static List<ScriptPiece> splitCharByChar(String script) {
        StatementSplitter splitter = new StatementSplitter();
        List<ScriptPiece> pieces = new ArrayList<>();
        for (int i = 0; i < script.length(); i++) {
            pieces.addAll(splitter.feed(script.substring(i, i + 1)));
        }
        pieces.add(splitter.finish());
        return pieces;
    }

    private static void assertSplit(String script, ScriptPiece... expected) {
        assertEquals(List.of(expected), split(script));
        assertEquals(List.of(expected), splitCharByChar(script));
    }

    @Test
    void cutsAtSemicolonsAndKeepsPositions() {
        assertSplit("select 1;\n  select 2 ;select 3",
                new ScriptPiece("select 1", 1, 0),
                new ScriptPiece("\n  select 2 ", 1, 9),
                new ScriptPiece("select 3", 2, 12));
    }

    @Test
    void textAfterTheLastSemicolonIsTheLastPiece() {
        assertSplit("select 1;\n", new ScriptPiece("select 1", 1, 0), new ScriptPiece("\n", 1, 9));
        assertSplit("", new ScriptPiece("", 1, 0));
    }

    @Test
    void semicolonsInStringsDoNotCut() {
        assertSplit("select 'a;b', 'it''s;', 'x\\';y';select 2",
                new ScriptPiece("select 'a;b', 'it''s;', 'x\\';y'", 1, 0),
                new ScriptPiece("select 2", 1, 32));
    }

    @Test
    void semicolonsInQuotedIdentifiersDoNotCut() {
        assertSplit("select 1 as \"a;\"\"b\";x", new ScriptPiece("select 1 as \"a;\"\"b\"", 1, 0), new ScriptPiece("x", 1, 20));
    }

    @Test
    void semicolonsInDollarStringsDoNotCut() {
        assertSplit("select $$a;$b;$$;x", new ScriptPiece("select $$a;$b;$$", 1, 0), new ScriptPiece("x", 1, 17));
    }

    @Test
    void dollarsInsideAWordAreNotADollarString() {
        assertSplit("select a$$b;x", new ScriptPiece("select a$$b", 1, 0), new ScriptPiece("x", 1, 12));
    }

    @Test
    void semicolonsInCommentsDoNotCut() {
        assertSplit("select 1 -- one; two\n// three;\n/* four; * / ;*/;x",
                new ScriptPiece("select 1 -- one; two\n// three;\n/* four; * / ;*/", 1, 0),
                new ScriptPiece("x", 3, 17));
    }

    @Test
    void singleDashSlashAndDollarAreCode() {
        assertSplit("select 4-1, 4/2, $1;x", new ScriptPiece("select 4-1, 4/2, $1", 1, 0), new ScriptPiece("x", 1, 20));
    }

    @Test
    void lineBreaksInStringsCountAsLines() {
        assertSplit("select 'a\nb';\nx", new ScriptPiece("select 'a\nb'", 1, 0), new ScriptPiece("\nx", 2, 3));
    }

    @Test
    void anUnterminatedStringRunsToTheEnd() {
        assertSplit("select 'a;b", new ScriptPiece("select 'a;b", 1, 0));
    }

    @Test
    void textAtScriptPositionPadsToTheStart() {
        assertEquals("\n\n   select 1", new ScriptPiece("select 1", 3, 3).textAtScriptPosition());
    }
}
