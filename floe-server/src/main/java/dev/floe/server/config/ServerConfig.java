package dev.floe.server.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every server setting, declared once in {@link #KEYS} with its type, default and documentation.
 * Values come from the defaults, then the optional properties file ({@code --config}), then the
 * command-line flags; an unknown key or an invalid value is an error naming the key.
 */
public final class ServerConfig {
    public static final ConfigKey DATA_DIR = new ConfigKey("data.dir", ConfigType.PATH, "data",
            "Data directory, created if missing; one process uses it at a time.", ConfigKey.Validator.nonEmpty());
    public static final ConfigKey HTTP_PORT = new ConfigKey("http.port", ConfigType.INT, "8080",
            "TCP port of the HTTP API; 0 picks a free port.", ConfigKey.Validator.between(0, 65_535));
    public static final ConfigKey HTTP_BIND = new ConfigKey("http.bind", ConfigType.STRING, "127.0.0.1",
            "Address to listen on; 0.0.0.0 exposes the server to the network.", ConfigKey.Validator.nonEmpty());
    public static final ConfigKey ACCOUNT = new ConfigKey("account", ConfigType.STRING, "FLOE",
            "Account name expected in key-pair JWTs (iss and sub), compared case-insensitively.", ConfigKey.Validator.nonEmpty());
    public static final ConfigKey MAX_BODY_BYTES = new ConfigKey("limits.body.bytes", ConfigType.LONG, "16777216",
            "Largest request body accepted; larger ones get 413.", ConfigKey.Validator.between(1_024, 1L << 31));
    public static final ConfigKey MAX_STATEMENT_CHARS = new ConfigKey("limits.statement.chars", ConfigType.INT, "1000000",
            "Longest SQL text accepted in one request; longer ones get 400.", ConfigKey.Validator.between(1, Integer.MAX_VALUE));
    public static final ConfigKey MAX_RESULT_ROWS = new ConfigKey("limits.result.rows", ConfigType.LONG, "1000000",
            "Most rows one statement may return; a larger result fails with an error saying so.",
            ConfigKey.Validator.between(1, Long.MAX_VALUE));
    public static final ConfigKey STATEMENT_THREADS = new ConfigKey("statements.threads", ConfigType.INT, "8",
            "Statements running at once; more wait in the queue.", ConfigKey.Validator.between(1, 1_024));
    public static final ConfigKey STATEMENT_QUEUE = new ConfigKey("statements.queue", ConfigType.INT, "256",
            "Statements waiting for a thread; when full, new requests get 503.", ConfigKey.Validator.between(1, 1_000_000));
    public static final ConfigKey SYNC_WAIT_MILLIS = new ConfigKey("statements.sync-wait.ms", ConfigType.LONG, "45000",
            "How long a request waits for its statement before answering 202 with a handle to poll (Snowflake: 45 s).",
            ConfigKey.Validator.between(0, 3_600_000));
    public static final ConfigKey RETENTION_MILLIS = new ConfigKey("statements.retention.ms", ConfigType.LONG, "600000",
            "How long a finished statement's result stays available to GET /api/v2/statements/{handle}.",
            ConfigKey.Validator.between(1_000, 86_400_000));
    public static final ConfigKey JWT_MAX_LIFETIME_SECONDS = new ConfigKey("auth.jwt.max-lifetime.s", ConfigType.LONG, "3600",
            "Longest accepted exp - iat of a key-pair JWT (Snowflake: 1 hour).", ConfigKey.Validator.between(1, 86_400));
    public static final ConfigKey CLOCK_SKEW_SECONDS = new ConfigKey("auth.clock-skew.s", ConfigType.LONG, "60",
            "Tolerated difference between the client's and the server's clocks when checking iat and exp.",
            ConfigKey.Validator.between(0, 3_600));
    public static final ConfigKey SHUTDOWN_GRACE_MILLIS = new ConfigKey("shutdown.grace.ms", ConfigType.LONG, "30000",
            "On shutdown, how long running statements may take to finish before they are cancelled.",
            ConfigKey.Validator.between(0, 3_600_000));

    public static final List<ConfigKey> KEYS = List.of(DATA_DIR, HTTP_PORT, HTTP_BIND, ACCOUNT, MAX_BODY_BYTES,
            MAX_STATEMENT_CHARS, MAX_RESULT_ROWS, STATEMENT_THREADS, STATEMENT_QUEUE, SYNC_WAIT_MILLIS, RETENTION_MILLIS,
            JWT_MAX_LIFETIME_SECONDS, CLOCK_SKEW_SECONDS, SHUTDOWN_GRACE_MILLIS);

    private final Map<ConfigKey, Object> values;

    private ServerConfig(Map<ConfigKey, Object> values) {
        this.values = values;
    }

    /** The defaults overridden by {@code settings} (key → text). */
    public static ServerConfig of(Map<String, String> settings) {
        Map<String, ConfigKey> byName = new HashMap<>();
        for (ConfigKey key : KEYS) {
            byName.put(key.name(), key);
        }
        Map<ConfigKey, String> texts = new LinkedHashMap<>();
        for (ConfigKey key : KEYS) {
            texts.put(key, key.defaultValue());
        }
        for (Map.Entry<String, String> e : settings.entrySet()) {
            ConfigKey key = byName.get(e.getKey());
            if (key == null) {
                throw new IllegalArgumentException("unknown setting '" + e.getKey() + "'; known settings: " + byName.keySet().stream().sorted().toList());
            }
            texts.put(key, e.getValue());
        }
        Map<ConfigKey, Object> values = new HashMap<>();
        for (Map.Entry<ConfigKey, String> e : texts.entrySet()) {
            ConfigKey key = e.getKey();
            Object value = key.type().parse(key.name(), e.getValue());
            key.validator().check(key.name(), value);
            values.put(key, value);
        }
        return new ServerConfig(values);
    }

    /** The settings of a properties file (may be null: none), then {@code overrides} on top. */
    public static ServerConfig load(Path file, Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (file != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the configuration file " + file + ": " + e.getMessage(), e);
            }
            for (String name : properties.stringPropertyNames()) {
                settings.put(name, properties.getProperty(name));
            }
        }
        settings.putAll(overrides);
        try {
            return of(settings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file == null ? e.getMessage() : e.getMessage() + " (configuration file " + file + ")", e);
        }
    }

    public int getInt(ConfigKey key) {
        return (Integer) values.get(key);
    }

    public long getLong(ConfigKey key) {
        return (Long) values.get(key);
    }

    public String getString(ConfigKey key) {
        return (String) values.get(key);
    }

    public Path getPath(ConfigKey key) {
        return (Path) values.get(key);
    }

    /** Two lines per setting, {@code "  name = default"} and its meaning, for {@code floe server --help}. */
    public static List<String> describe() {
        List<String> lines = new java.util.ArrayList<>();
        for (ConfigKey key : KEYS) {
            lines.add("  " + key.name() + " = " + key.defaultValue());
            lines.add("      " + key.doc());
        }
        return lines;
    }
}
