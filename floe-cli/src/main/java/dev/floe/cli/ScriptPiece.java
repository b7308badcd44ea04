package dev.floe.cli;

/**
 * The text of one statement as cut from a script (without its terminating {@code ;}, possibly
 * with leading blank lines or comments) and where that text starts in the script: 1-based
 * line, 0-based column.
 */
record ScriptPiece(String text, int line, int column) {
    /**
     * The text preceded by as many line breaks and spaces as it stood from the script's start, so
     * that a parser's line and position refer to the whole script. Costs O(line): for error reports only.
     */
    String textAtScriptPosition() {
        return "\n".repeat(line - 1) + " ".repeat(column) + text;
    }
}
