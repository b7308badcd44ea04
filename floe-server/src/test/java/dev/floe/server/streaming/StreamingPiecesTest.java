package dev.floe.server.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.ingest.IngestException;
import dev.floe.engine.security.Principal;
import dev.floe.server.auth.AuthenticationException;
import dev.floe.server.http.HttpError;
import dev.floe.server.http.HttpReply;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamingPiecesTest {
    @Test
    void identifiersFollowSnowflakeRules() {
        assertEquals("SENSOR_DATA-STREAMING", SnowflakeIdentifiers.canonical("pipe", "sensor_data-streaming"));
        assertEquals("my_table-STREAMING", SnowflakeIdentifiers.canonical("pipe", "%22my_table-STREAMING%22"));
        assertEquals("my_table", SnowflakeIdentifiers.canonical("pipe", "\"my_table\""));
        assertEquals("a\"b", SnowflakeIdentifiers.canonical("channel", "\"a\"\"b\""));
        assertEquals("A+B", SnowflakeIdentifiers.canonical("channel", "a%2Bb"));
        HttpError bad = assertThrows(HttpError.class, () -> SnowflakeIdentifiers.canonical("channel", "\"a\"b\""));
        assertEquals(400, bad.status());
        assertEquals("Invalid channel name '\"a\"b\"': use an unquoted identifier or one in double quotes (%22), with inner quotes doubled",
                bad.getMessage());
        assertThrows(HttpError.class, () -> SnowflakeIdentifiers.canonical("pipe", "\"\""));
        assertThrows(HttpError.class, () -> SnowflakeIdentifiers.canonical("pipe", "a\"b"));
    }

    @Test
    void scopedTokensCarryThePrincipalAndExpire() {
        UserDef alice = new UserDef("ALICE", Map.of("DEFAULT_ROLE", "PUBLIC"), 0L, null);
        ScopedTokens tokens = new ScopedTokens(60, name -> name.equals("ALICE") ? alice : null);
        long now = 1_800_000_000_000L;
        String token = tokens.issue(new Principal("ALICE", "WRITER"), "127.0.0.1", now);
        assertEquals(new Principal("ALICE", "WRITER"), tokens.verify(token, now + 59_000));
        AuthenticationException expired = assertThrows(AuthenticationException.class, () -> tokens.verify(token, now + 60_000));
        assertEquals("Invalid OAuth token: the token expired at 1800000060 (seconds since the epoch)", expired.getMessage());
        ScopedTokens otherProcess = new ScopedTokens(60, name -> alice);
        AuthenticationException forged = assertThrows(AuthenticationException.class, () -> otherProcess.verify(token, now));
        assertEquals(AuthenticationException.INVALID_JWT, forged.code());
        ScopedTokens userGone = new ScopedTokens(60, name -> null);
        String orphan = userGone.issue(new Principal("ALICE", "WRITER"), "", now);
        assertEquals("Invalid OAuth token: the token's user no longer exists",
                assertThrows(AuthenticationException.class, () -> userGone.verify(orphan, now)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScopedTokens(0, name -> alice));
    }

    @Test
    void engineErrorsBecomeJsonAnd429CarriesRetryAfter() throws Exception {
        HttpReply busy = StreamingRoutes.guarded(call -> {
            throw new IngestException(IngestException.RETRY_LATER, 429, "budget full");
        }, null);
        assertEquals(429, busy.status());
        assertEquals(Map.of("Retry-After", "1"), busy.headers());
        assertEquals("{\"code\":\"ERR_SERVER_BUSY_RETRY_LATER\",\"message\":\"budget full\"}", busy.body());
        HttpReply fenced = StreamingRoutes.guarded(call -> {
            throw new IngestException(IngestException.CHANNEL_MUST_BE_REOPENED, 400, "reopen");
        }, null);
        assertEquals(400, fenced.status());
        assertEquals(Map.of(), fenced.headers());
    }
}
