package dev.floe.cli;

import dev.floe.engine.FloeException;
import dev.floe.server.FloeServer;
import dev.floe.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code floe server}: serves Snowflake's SQL API over HTTP until SIGTERM or Ctrl+C. */
@Command(name = "server",
        mixinStandardHelpOptions = true,
        versionProvider = FloeCommand.Version.class,
        description = {
            "Runs the Floe server: Snowflake's SQL API v2 (POST /api/v2/statements, GET /api/v2/statements/{handle},"
                + " POST /api/v2/statements/{handle}/cancel), GET /health and GET /metrics (Prometheus).",
            "Requests authenticate with a key-pair JWT (Authorization: Bearer, X-Snowflake-Authorization-Token-Type:"
                + " KEYPAIR_JWT) or a password (Authorization: Basic).",
            "On the first start the user ADMIN (role ACCOUNTADMIN) is created with a random password, written to"
                + " <data dir>/admin-credentials, readable by its owner only.",
            "SIGTERM or Ctrl+C shuts down cleanly: running statements finish (or are cancelled after shutdown.grace.ms),"
                + " acknowledged data is durable."},
        footer = {"",
            "Exit status: 0 after a clean shutdown, 1 if the server could not start, 2 for bad usage."})
final class ServerCommand implements Callable<Integer> {
    /** The settings table, generated from {@link ServerConfig#KEYS}, goes before the exit status in the help. */
    static void describeSettings(CommandSpec server) {
        List<String> footer = new ArrayList<>();
        footer.add("");
        footer.add("Settings (key = default, then meaning) for the --config file (key=value lines) and --set;"
                + " --data-dir, --port and --bind override the file, --set overrides everything:");
        for (String line : ServerConfig.describe()) {
            footer.add(line.replace("%", "%%"));
        }
        footer.addAll(List.of(server.usageMessage().footer()));
        server.usageMessage().footer(footer.toArray(new String[0]));
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (data.dir; default: $FLOE_DATA_DIR if set, else ./data).")
    private Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (http.port; default 8080; 0 picks a free one).")
    private Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (http.bind; default 127.0.0.1).")
    private String bind;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with settings (see below).")
    private Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting, e.g. --set limits.result.rows=100000; repeatable.")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        ServerConfig serverConfig = config();
        FloeServer server;
        try {
            server = FloeServer.start(serverConfig);
        } catch (FloeException | UncheckedIOException | IOException e) {
            // IOException: the port is taken or the address is not this machine's.
            spec.commandLine().getErr().println("floe server: could not start: " + e.getMessage());
            return 1;
        }
        Thread shutdown = new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                spec.commandLine().getErr().println("floe server: shutdown failed: " + e);
            }
        }, "floe-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        server.join();
        return 0;
    }

    private ServerConfig config() {
        Map<String, String> overrides = new LinkedHashMap<>();
        String envDataDir = System.getenv("FLOE_DATA_DIR");
        if (envDataDir != null && !envDataDir.isBlank()) {
            overrides.put(ServerConfig.DATA_DIR.name(), envDataDir);
        }
        if (dataDir != null) {
            overrides.put(ServerConfig.DATA_DIR.name(), dataDir.toString());
        }
        if (port != null) {
            overrides.put(ServerConfig.HTTP_PORT.name(), port.toString());
        }
        if (bind != null) {
            overrides.put(ServerConfig.HTTP_BIND.name(), bind);
        }
        overrides.putAll(settings);
        try {
            return ServerConfig.load(config, overrides);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
