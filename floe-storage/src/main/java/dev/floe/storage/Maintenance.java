package dev.floe.storage;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The background thread that seals the open segment when due and compacts small segments. */
final class Maintenance implements Runnable {
    private static final Logger LOG = Logger.getLogger(Maintenance.class.getName());

    private final TableStore store;
    private final Thread thread;
    private volatile boolean stopping;

    private Maintenance(TableStore store, Path directory) {
        this.store = store;
        this.thread = new Thread(this, "floe-maintenance-" + directory.getFileName());
        this.thread.setDaemon(true);
    }

    static Maintenance start(TableStore store, Path directory) {
        Maintenance maintenance = new Maintenance(store, directory);
        maintenance.thread.start();
        return maintenance;
    }

    @Override
    public void run() {
        long interval = TimeUnit.MILLISECONDS.toNanos(store.maintenanceIntervalMillis());
        while (!stopping) {
            LockSupport.parkNanos(interval);
            if (stopping) {
                break;
            }
            try {
                store.maintain();
            } catch (Throwable t) {
                // The store records a failed seal itself and refuses writes; here it is only logged.
                LOG.log(Level.WARNING, "table maintenance failed", t);
            }
        }
    }

    void wake() {
        LockSupport.unpark(thread);
    }

    void stop() {
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
