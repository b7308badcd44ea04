package dev.floe.cli;

import dev.floe.engine.Floe;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code floe} command. Exit status: 0 success, 1 a statement or the run failed, 2 bad usage. */
@Command(name = "floe",
        mixinStandardHelpOptions = true,
        versionProvider = FloeCommand.Version.class,
        description = "Floe: real-time analytics on Kafka streams with Snowflake's SQL dialect, self-hosted.",
        subcommands = {SqlCommand.class, ServerCommand.class, CommandLine.HelpCommand.class})
public final class FloeCommand {
    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        // UTF-8 whatever the platform default, so that data prints the same everywhere.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** The command line with every subcommand, ready to {@code execute}. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new FloeCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        ServerCommand.describeSettings(commandLine.getSubcommands().get("server").getCommandSpec());
        return commandLine;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"floe " + Floe.VERSION};
        }
    }
}
