package dev.floe.cli;

import dev.floe.engine.Floe;
import dev.floe.engine.FloeException;
import dev.floe.engine.Session;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code floe sql}: runs SQL statements on an embedded engine over a data directory, no server. */
@Command(name = "sql",
        mixinStandardHelpOptions = true,
        versionProvider = FloeCommand.Version.class,
        description = {
            "Runs SQL statements on an embedded Floe engine (no server) and prints each result.",
            "Statements come from the files of -f (in the order given), from -q, or else from standard input,"
                + " where each runs as soon as its terminating ';' arrives.",
            "Statements are parsed and run one at a time, all in one session, so the ones before a failing"
                + " statement (even one with a syntax error) have run. The first failure stops the run unless"
                + " --continue-on-error is given.",
            "Errors go to standard error as 'FILE:LINE: Error 002003 (02000): message' (the line where the"
                + " statement starts) or, for syntax errors, 'FILE:LINE:COLUMN: ...' (1-based column; the message"
                + " counts positions from 0 as Snowflake does). -q and standard input are named <query> and <stdin>."},
        footer = {"",
            "Exit status: 0 if every statement succeeded, 1 if one failed or the data directory could not be opened,"
                + " 2 for bad usage, 130 when interrupted by Ctrl+C (the running statement is cancelled first)."})
final class SqlCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:FLOE_DATA_DIR:-data}",
            description = "Data directory, created if missing (default: $FLOE_DATA_DIR if set, else ./data)."
                + " One process uses a data directory at a time.")
    private Path dataDir;

    @ArgGroup(exclusive = true)
    private Input input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table (as SnowSQL prints it), csv (RFC 4180) or json (one array of objects per"
                + " result). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--continue-on-error", description = "Go on with the next statement after one fails.")
    private boolean continueOnError;

    static final class Input {
        @Option(names = {"-f", "--file"}, paramLabel = "FILE", required = true,
                description = "SQL script to run; repeat to run several in one session.")
        List<Path> files;

        @Option(names = {"-q", "--query"}, paramLabel = "SQL", required = true,
                description = "SQL text to run (one or more statements separated by ';').")
        String query;
    }

    @Override
    public Integer call() {
        List<ScriptSource> sources = sources();
        PrintWriter out = spec.commandLine().getOut();
        ErrorReporter errors = new ErrorReporter(spec.commandLine().getErr());
        try (Interruption interruption = Interruption.install(); Floe floe = Floe.open(dataDir)) {
            Session session = floe.newSession();
            interruption.cancelWith(session::cancel);
            ScriptRunner runner = new ScriptRunner(session, format.printer(out), errors, continueOnError, interruption);
            return runner.run(sources) ? 0 : 1;
        } catch (FloeException | UncheckedIOException e) {
            errors.failed(dataDir.toString(), e.getMessage());
            return 1;
        }
    }

    private List<ScriptSource> sources() {
        List<ScriptSource> sources = new ArrayList<>();
        if (input == null) {
            if (System.console() != null) {
                spec.commandLine().getErr().println("Reading SQL from standard input: end each statement with ';',"
                        + " Ctrl+D to finish.");
            }
            sources.add(new ScriptSource("<stdin>", () -> new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } else if (input.query != null) {
            String query = input.query;
            sources.add(new ScriptSource("<query>", () -> new StringReader(query)));
        } else {
            for (Path file : input.files) {
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    throw new ParameterException(spec.commandLine(), "Cannot read SQL file: " + file);
                }
                sources.add(new ScriptSource(file.toString(), () -> Files.newBufferedReader(file, StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }
}
