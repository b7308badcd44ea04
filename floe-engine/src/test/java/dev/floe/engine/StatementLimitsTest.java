package dev.floe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statement timeouts (session parameter, warehouse property, both) and cancellation from another
 * thread: the statement fails with the right code soon after the limit, writes nothing, and the
 * session stays usable. The long statement is a cross join of two 3,000-row tables and a 10-row
 * one (90 million rows), which takes many seconds, far beyond the 1 s limits used here.
 */
class StatementLimitsTest {
    private static final String LONG_QUERY = "SELECT COUNT(*), SUM(a.id + b.id + d.n) FROM a, b, digits d";
    private static final String LONG_INSERT = "INSERT INTO sink SELECT a.id + b.id + d.n FROM a, b, digits d";
    /** How late after the limit a statement may still be running: between two batches' checks, on a busy machine. */
    private static final long LATENESS_MILLIS = 2_000;

    @TempDir
    Path dataDir;
    private Floe floe;
    private Session session;

    @BeforeEach
    void createTables() {
        floe = Floe.open(dataDir);
        session = floe.newSession();
        session.execute("CREATE DATABASE limits; CREATE SCHEMA s;"
                + "CREATE TABLE digits (n NUMBER);"
                + "INSERT INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);"
                + "CREATE TABLE a (id NUMBER);"
                + "INSERT INTO a SELECT w.n * 1000 + x.n * 100 + y.n * 10 + z.n FROM digits w, digits x, digits y, digits z WHERE w.n < 3;"
                + "CREATE TABLE b (id NUMBER);"
                + "INSERT INTO b SELECT id FROM a;"
                + "CREATE TABLE sink (n NUMBER);"
                + "INSERT INTO sink VALUES (1), (2), (3)");
        assertEquals("3000", session.executeOne("SELECT COUNT(*) FROM b").text(0, 0));
        assertEquals("4498500", session.executeOne("SELECT SUM(id) FROM a").text(0, 0));
    }

    @AfterEach
    void close() {
        floe.close();
    }

    @Test
    void sessionTimeoutStopsTheStatementAndTheSessionKeepsWorking() {
        session.executeOne("ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = 1");
        assertTimesOutAfterOneSecond(LONG_QUERY);
        assertEquals("3000", session.executeOne("SELECT COUNT(*) FROM a").text(0, 0));

        session.executeOne("ALTER SESSION UNSET STATEMENT_TIMEOUT_IN_SECONDS");
        assertEquals("0", session.executeOne("SHOW PARAMETERS LIKE 'STATEMENT_TIMEOUT_IN_SECONDS'").text(0, 1));
    }

    @Test
    void warehouseTimeoutStopsTheStatement() {
        session.executeOne("CREATE WAREHOUSE limited_wh STATEMENT_TIMEOUT_IN_SECONDS = 1");
        assertEquals("LIMITED_WH", session.executeOne("SELECT CURRENT_WAREHOUSE()").text(0, 0));
        assertTimesOutAfterOneSecond(LONG_QUERY);
        assertEquals("3000", session.executeOne("SELECT COUNT(*) FROM a").text(0, 0));
    }

    /** Snowflake enforces the lower of the session's and the warehouse's non-zero timeouts. */
    @Test
    void lowerOfSessionAndWarehouseTimeoutApplies() {
        session.executeOne("CREATE WAREHOUSE limited_wh STATEMENT_TIMEOUT_IN_SECONDS = 1");
        session.executeOne("ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = 3600");
        assertTimesOutAfterOneSecond(LONG_QUERY);

        session.execute("ALTER WAREHOUSE limited_wh SET STATEMENT_TIMEOUT_IN_SECONDS = 3600;"
                + "ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = 1");
        assertTimesOutAfterOneSecond(LONG_QUERY);
    }

    @Test
    void insertSelectThatTimesOutWritesNothing() {
        session.executeOne("ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = 1");
        assertTimesOutAfterOneSecond(LONG_INSERT);
        session.executeOne("ALTER SESSION UNSET STATEMENT_TIMEOUT_IN_SECONDS");
        assertEquals("3", session.executeOne("SELECT COUNT(*) FROM sink").text(0, 0));
        assertEquals("6", session.executeOne("SELECT SUM(n) FROM sink").text(0, 0));

        session.executeOne("INSERT INTO sink VALUES (4)");
        assertEquals("4", session.executeOne("SELECT COUNT(*) FROM sink").text(0, 0));
    }

    @Test
    void createTableAsSelectThatTimesOutCreatesNothing() throws IOException {
        List<Path> storageBefore = storageDirectories();
        session.executeOne("ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = 1");
        assertTimesOutAfterOneSecond("CREATE TABLE pairs AS SELECT a.id AS x, b.id AS y, d.n FROM a, b, digits d");
        assertEquals(List.of(), session.executeOne("SHOW TABLES LIKE 'PAIRS'").rows());
        assertEquals(storageBefore, storageDirectories());
        FloeException e = assertThrows(FloeException.class, () -> session.executeOne("SELECT * FROM pairs"));
        assertEquals(ErrorCode.OBJECT_NOT_FOUND, e.code());

        session.executeOne("CREATE TABLE pairs AS SELECT id AS x FROM a WHERE id < 5");
        assertEquals("5", session.executeOne("SELECT COUNT(*) FROM pairs").text(0, 0));
    }

    @Test
    void cancelFromAnotherThreadStopsTheRunningQuery() throws InterruptedException {
        FloeException e = cancelWhileRunning(LONG_QUERY);
        assertEquals(ErrorCode.CANCELLED, e.code());
        assertEquals("SQL execution canceled", e.getMessage());
        assertEquals("3000", session.executeOne("SELECT COUNT(*) FROM a").text(0, 0));
    }

    @Test
    void cancelledInsertSelectWritesNothing() throws InterruptedException {
        FloeException e = cancelWhileRunning(LONG_INSERT);
        assertEquals(ErrorCode.CANCELLED, e.code());
        assertEquals("3", session.executeOne("SELECT COUNT(*) FROM sink").text(0, 0));
    }

    @Test
    void cancelWithNothingRunningAffectsNoLaterStatement() {
        session.cancel();
        assertEquals("3", session.executeOne("SELECT COUNT(*) FROM sink").text(0, 0));
    }

    private List<Path> storageDirectories() throws IOException {
        try (Stream<Path> dirs = Files.list(dataDir.resolve("tables"))) {
            return dirs.sorted().collect(Collectors.toList());
        }
    }

    private void assertTimesOutAfterOneSecond(String sql) {
        long start = System.nanoTime();
        FloeException e = assertThrows(FloeException.class, () -> session.executeOne(sql));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ErrorCode.STATEMENT_TIMEOUT, e.code());
        assertEquals("Statement reached its statement or warehouse timeout and was canceled.", e.getMessage());
        assertTrue(millis >= 1_000, "timed out after " + millis + " ms, before the 1 s limit");
        assertTrue(millis < 1_000 + LATENESS_MILLIS, "timed out only after " + millis + " ms");
    }

    /**
     * Runs {@code sql} on another thread and cancels it from this one until it ends (a cancel that
     * lands before the statement starts does nothing, so it is repeated). Returns the statement's failure.
     */
    private FloeException cancelWhileRunning(String sql) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                session.executeOne(sql);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "statement-to-cancel");
        runner.start();
        Thread.sleep(200);
        long firstCancel = System.nanoTime();
        while (runner.isAlive() && System.nanoTime() - firstCancel < 30_000_000_000L) {
            session.cancel();
            runner.join(50);
        }
        long millis = (System.nanoTime() - firstCancel) / 1_000_000;
        assertTrue(!runner.isAlive(), "statement still running " + millis + " ms after the first cancel");
        assertTrue(millis < LATENESS_MILLIS, "statement ended only " + millis + " ms after the first cancel");
        assertNotNull(failure.get(), "the statement finished although it was cancelled");
        assertTrue(failure.get() instanceof FloeException, "unexpected failure " + failure.get());
        return (FloeException) failure.get();
    }
}
