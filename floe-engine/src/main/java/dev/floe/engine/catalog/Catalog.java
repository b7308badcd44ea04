package dev.floe.engine.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The live catalog: the current {@link CatalogState} plus serialized, durable mutation. Readers
 * call {@link #current()} without locking; writers go through {@link #update}, which persists
 * the new version before publishing it, so a failed write changes nothing.
 */
public final class Catalog {
    private final CatalogStore store;
    private volatile CatalogState current;

    private Catalog(CatalogStore store, CatalogState initial) {
        this.store = store;
        this.current = initial;
    }

    public static Catalog open(Path dataDir) throws IOException {
        CatalogStore store = new CatalogStore(dataDir);
        CatalogState state = store.load();
        if (state == null) {
            state = CatalogState.empty(System.currentTimeMillis());
            store.save(state);
        }
        return new Catalog(store, state);
    }

    public CatalogState current() {
        return current;
    }

    /**
     * Applies a mutation to a copy of the current state and makes it durable and current. The
     * mutation validates and throws to abort; nothing is written then.
     */
    public synchronized CatalogState update(Consumer<CatalogState.Builder> mutation) {
        CatalogState.Builder builder = current.toBuilder();
        mutation.accept(builder);
        CatalogState next = builder.build();
        try {
            store.save(next);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the catalog: " + e.getMessage(), e);
        }
        current = next;
        return next;
    }
}
