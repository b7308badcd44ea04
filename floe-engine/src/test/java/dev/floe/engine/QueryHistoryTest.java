package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QUERY_HISTORY records each statement with its outcome, and never a user's password. */
class QueryHistoryTest {
    @TempDir
    Path dir;

    @Test
    void statementsAreRecordedNewestFirstWithPasswordsMasked() {
        try (Floe floe = Floe.open(dir)) {
            Session s = floe.newSession();
            s.executeOne("CREATE DATABASE d");
            s.executeOne("CREATE USER bob PASSWORD = 'it''s s3cret' DEFAULT_ROLE = PUBLIC");
            s.executeOne("ALTER USER bob SET PASSWORD = 'n3w'");
            assertThrows(FloeException.class, () -> s.executeOne("SELECT * FROM nowhere"));
            StatementResult history = s.executeOne("SELECT QUERY_TEXT, EXECUTION_STATUS, ERROR_CODE"
                    + " FROM TABLE(INFORMATION_SCHEMA.QUERY_HISTORY(RESULT_LIMIT => 3))");
            assertEquals(3, history.rows().size());
            assertEquals("SELECT * FROM nowhere", history.text(0, 0));
            assertEquals("FAILED_WITH_ERROR", history.text(0, 1));
            assertEquals("002003", history.text(0, 2));
            assertEquals("ALTER USER bob SET PASSWORD = '****'", history.text(1, 0));
            assertEquals("CREATE USER bob PASSWORD = '****' DEFAULT_ROLE = PUBLIC", history.text(2, 0));
            assertEquals("SUCCESS", history.text(2, 1));
            for (int i = 0; i < 3; i++) {
                assertFalse(history.text(i, 0).contains("s3cret") || history.text(i, 0).contains("n3w"));
            }
            // Five statements ran before this one, which is recorded once it has finished.
            assertEquals("5", s.executeOne("SELECT COUNT(*) FROM TABLE(INFORMATION_SCHEMA.QUERY_HISTORY())").text(0, 0));
        }
    }
}
