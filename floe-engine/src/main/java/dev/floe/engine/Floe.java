package dev.floe.engine;

import dev.floe.engine.catalog.Catalog;
import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.catalog.UserDef;
import dev.floe.engine.ingest.StreamingIngest;
import dev.floe.engine.security.AccessControl;
import dev.floe.engine.security.Principal;
import dev.floe.engine.system.QueryHistory;
import dev.floe.storage.StoreOptions;
import dev.floe.storage.StoreStats;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The embeddable engine: {@code Floe.open(dataDir)} recovers the catalog and every table's
 * storage, and {@link #newSession()} gives sessions that run SQL. One process owns a data
 * directory at a time (a lock file says so).
 */
public final class Floe implements AutoCloseable {
    public static final String VERSION = "0.1.0";

    private final Path dataDir;
    private final Catalog catalog;
    private final TableStores stores;
    private final StreamingIngest ingest;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final QueryHistory history = new QueryHistory(10_000);
    private final WarehouseSlots warehouseSlots = new WarehouseSlots();
    private final AtomicLong sessionIds = new AtomicLong();
    private volatile AccessControl accessControl;
    private final int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService workers = Executors.newFixedThreadPool(parallelism, new ThreadFactory() {
        private final AtomicLong next = new AtomicLong();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "floe-worker-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private Floe(Path dataDir, Catalog catalog, TableStores stores, StreamingIngest ingest, FileChannel lockChannel,
                 FileLock lock) {
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.stores = stores;
        this.ingest = ingest;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static Floe open(Path dataDir) {
        return open(dataDir, StoreOptions.builder().build());
    }

    public static Floe open(Path dataDir, StoreOptions storeOptions) {
        FileChannel channel = null;
        TableStores stores = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve("floe.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new FloeException(ErrorCode.INVALID_ARGUMENT, "data directory " + dataDir
                        + " is in use by another Floe process");
            }
            Catalog catalog = Catalog.open(dataDir);
            stores = new TableStores(dataDir, storeOptions);
            stores.openAll(catalog.current().tables);
            // The ingest checks privileges through the engine's per-catalog-version AccessControl.
            Floe[] engine = new Floe[1];
            StreamingIngest ingest = new StreamingIngest(dataDir, catalog, stores::get, StreamingIngest.DEFAULT_MEMORY_BUDGET_BYTES,
                    (principal, table) -> engine[0].accessControl().requireInsert(principal, table));
            engine[0] = new Floe(dataDir, catalog, stores, ingest, channel, lock);
            return engine[0];
        } catch (IOException e) {
            closeQuietly(stores);
            closeQuietly(channel);
            throw new UncheckedIOException("could not open data directory " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // The tables opened before the failing one run maintenance threads: stop them before letting go of the lock.
            closeQuietly(stores);
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }

    /** A session of the built-in local user (FLOE, role ACCOUNTADMIN), as the embedded shell uses. */
    public Session newSession() {
        return new Session(this, sessionIds.incrementAndGet());
    }

    /** A session of an authenticated user acting in one of its roles; fails unless the role is granted to the user. */
    public Session newSession(Principal principal) {
        accessControl().requireRole(principal);
        Session session = new Session(this, sessionIds.incrementAndGet());
        session.setUser(principal.user());
        session.useRole(principal.role());
        return session;
    }

    /** Privilege checks against the current catalog version (built once per version). */
    public AccessControl accessControl() {
        dev.floe.engine.catalog.CatalogState current = catalog.current();
        AccessControl cached = accessControl;
        if (cached == null || cached.catalog() != current) {
            cached = new AccessControl(current);
            accessControl = cached;
        }
        return cached;
    }

    /** Streaming ingest: pipes, channels and appends (the engine behind the Snowpipe Streaming API). */
    public StreamingIngest ingest() {
        return ingest;
    }

    /** The user of that (canonical) name, or null. */
    public UserDef user(String name) {
        return catalog.current().user(name);
    }

    /** Threads that run parts of a query in parallel, one per core. */
    ExecutorService workers() {
        return workers;
    }

    int parallelism() {
        return parallelism;
    }

    WarehouseSlots warehouseSlots() {
        return warehouseSlots;
    }

    QueryHistory history() {
        return history;
    }

    /** Row count, size and last commit of a table's storage. */
    StoreStats stats(TableDef table) {
        try {
            return store(table).stats();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the statistics of " + table.name() + ": " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    Catalog catalog() {
        return catalog;
    }

    TableStores stores() {
        return stores;
    }

    dev.floe.storage.TableStore store(TableDef table) {
        return stores.get(table.id());
    }

    @Override
    public void close() {
        workers.shutdownNow();
        ingest.close();
        try {
            stores.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
