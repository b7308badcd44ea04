package dev.floe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsApplyWhenNothingIsSet() {
        ServerConfig config = ServerConfig.of(Map.of());
        assertEquals(8080, config.getInt(ServerConfig.HTTP_PORT));
        assertEquals("127.0.0.1", config.getString(ServerConfig.HTTP_BIND));
        assertEquals(Path.of("data"), config.getPath(ServerConfig.DATA_DIR));
        assertEquals(16_777_216L, config.getLong(ServerConfig.MAX_BODY_BYTES));
        assertEquals("FLOE", config.getString(ServerConfig.ACCOUNT));
        assertEquals(45_000L, config.getLong(ServerConfig.SYNC_WAIT_MILLIS));
    }

    @Test
    void fileOverridesDefaultsAndOverridesWinOverTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("floe.conf"), "# comment\nhttp.port = 9000\nhttp.bind=0.0.0.0\naccount=acme\n");
        ServerConfig config = ServerConfig.load(file, Map.of("http.port", "9100"));
        assertEquals(9100, config.getInt(ServerConfig.HTTP_PORT));
        assertEquals("0.0.0.0", config.getString(ServerConfig.HTTP_BIND));
        assertEquals("acme", config.getString(ServerConfig.ACCOUNT));
    }

    @Test
    void unknownKeyIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.of(Map.of("http.prot", "1")));
        assertEquals("unknown setting 'http.prot'; known settings: [account, auth.clock-skew.s, auth.jwt.max-lifetime.s, data.dir,"
                + " http.bind, http.port, limits.body.bytes, limits.result.rows, limits.statement.chars, shutdown.grace.ms,"
                + " statements.queue, statements.retention.ms, statements.sync-wait.ms, statements.threads]", e.getMessage());
    }

    @Test
    void valuesAreParsedAndValidated() {
        assertEquals("http.port must be an integer, got 'eighty'",
                assertThrows(IllegalArgumentException.class, () -> ServerConfig.of(Map.of("http.port", "eighty"))).getMessage());
        assertEquals("statements.threads must be between 1 and 1024, got 0",
                assertThrows(IllegalArgumentException.class, () -> ServerConfig.of(Map.of("statements.threads", "0"))).getMessage());
        assertEquals("account must not be empty",
                assertThrows(IllegalArgumentException.class, () -> ServerConfig.of(Map.of("account", " "))).getMessage());
    }

    @Test
    void invalidValueInAFileNamesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("floe.conf"), "limits.body.bytes=12\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.load(file, Map.of()));
        assertEquals("limits.body.bytes must be between 1024 and 2147483648, got 12 (configuration file " + file + ")", e.getMessage());
    }

    @Test
    void missingFileIsAnError() {
        Path missing = dir.resolve("missing.conf");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ServerConfig.load(missing, Map.of()));
        assertEquals("could not read the configuration file " + missing + ": " + missing, e.getMessage());
    }

    @Test
    void everySettingIsDocumented() {
        assertEquals(2 * ServerConfig.KEYS.size(), ServerConfig.describe().size());
        assertEquals("  http.port = 8080", ServerConfig.describe().get(2));
        assertEquals("      TCP port of the HTTP API; 0 picks a free port.", ServerConfig.describe().get(3));
    }
}
