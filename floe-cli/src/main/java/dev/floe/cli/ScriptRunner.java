package dev.floe.cli;

import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import dev.floe.engine.StatementResult;
import dev.floe.sql.ParsedStatement;
import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.List;

/**
 * Runs scripts on one session, one statement at a time: cuts the text into statements as it is
 * read, parses and executes each, prints its result, and reports each failure with where it
 * happened. Stops at the first failure unless told to go on; always stops when interrupted.
 */
final class ScriptRunner {
    private static final int READ_CHUNK = 8192;

    private final Session session;
    private final ResultPrinter printer;
    private final ErrorReporter errors;
    private final boolean continueOnError;
    private final Interruption interruption;
    private boolean failed;

    ScriptRunner(Session session, ResultPrinter printer, ErrorReporter errors, boolean continueOnError,
                 Interruption interruption) {
        this.session = session;
        this.printer = printer;
        this.errors = errors;
        this.continueOnError = continueOnError;
        this.interruption = interruption;
    }

    /** Runs the scripts in order; true if every statement succeeded. */
    boolean run(List<ScriptSource> sources) {
        for (ScriptSource source : sources) {
            if (!run(source)) {
                break;
            }
        }
        return !failed;
    }

    /** Runs one script; false if the run must stop here. */
    private boolean run(ScriptSource source) {
        StatementSplitter splitter = new StatementSplitter();
        try (Reader reader = source.open()) {
            char[] buffer = new char[READ_CHUNK];
            while (true) {
                interruption.awaitingInput(true);
                int read = reader.read(buffer);
                interruption.awaitingInput(false);
                if (read < 0) {
                    break;
                }
                for (ScriptPiece piece : splitter.feed(CharBuffer.wrap(buffer, 0, read))) {
                    if (!run(source, piece)) {
                        return false;
                    }
                }
            }
        } catch (IOException e) {
            errors.failed(source.name(), "could not read: " + e);
            failed = true;
            return false;
        }
        return run(source, splitter.finish());
    }

    /** Runs the statement a piece of script holds (none if it is blank); false if the run must stop here. */
    private boolean run(ScriptSource source, ScriptPiece piece) {
        List<ParsedStatement> statements;
        try {
            statements = Session.parse(piece.text());
        } catch (FloeException e) {
            errors.syntaxError(source.name(), atScriptPosition(piece, e));
            return failedAndGoOn();
        }
        for (ParsedStatement statement : statements) {
            if (interruption.interrupted()) {
                failed = true;
                return false;
            }
            int line = piece.line() + statement.line() - 1;
            long start = System.nanoTime();
            try {
                StatementResult result = session.execute(statement);
                printer.print(result, System.nanoTime() - start);
            } catch (FloeException e) {
                errors.statementFailed(source.name(), line, e);
                if (!failedAndGoOn()) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean failedAndGoOn() {
        failed = true;
        return continueOnError && !interruption.interrupted();
    }

    /** The syntax error as the parser reports it with the piece at its place in the script, so line and position refer to the script. */
    private static FloeException atScriptPosition(ScriptPiece piece, FloeException error) {
        try {
            Session.parse(piece.textAtScriptPosition());
        } catch (FloeException positioned) {
            return positioned;
        }
        return error;
    }
}
