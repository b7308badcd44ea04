package dev.floe.engine;

import dev.floe.engine.catalog.TableDef;
import dev.floe.storage.StoreOptions;
import dev.floe.storage.TableStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The open storage of every table, by table id, under {@code <dataDir>/tables/<id>}. Directories
 * that no catalog table owns (left by a crash between creating a table's storage and recording
 * it in the catalog) are removed at startup.
 */
final class TableStores implements AutoCloseable {
    private final Path root;
    private final StoreOptions options;
    private final Map<Long, TableStore> open = new ConcurrentHashMap<>();

    TableStores(Path dataDir, StoreOptions options) throws IOException {
        this.root = dataDir.resolve("tables");
        this.options = options;
        Files.createDirectories(root);
    }

    void openAll(Iterable<TableDef> tables) throws IOException {
        Set<Long> live = new java.util.HashSet<>();
        for (TableDef t : tables) {
            live.add(t.id());
            open.put(t.id(), TableStore.open(dir(t.id()), options));
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                String name = d.getFileName().toString();
                if (!name.matches("[0-9]+") || !live.contains(Long.parseLong(name))) {
                    TableStore.drop(d);
                }
            }
        }
    }

    TableStore create(long id, dev.floe.storage.TableSchema schema) {
        try {
            TableStore store = TableStore.create(dir(id), schema, options);
            open.put(id, store);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create storage for table " + id + ": " + e.getMessage(), e);
        }
    }

    TableStore get(long id) {
        TableStore store = open.get(id);
        if (store == null) {
            throw new FloeException(ErrorCode.INTERNAL_ERROR, "table storage " + id + " is not open");
        }
        return store;
    }

    void drop(long id) {
        TableStore store = open.remove(id);
        try {
            if (store != null) store.close();
            TableStore.drop(dir(id));
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove storage of table " + id + ": " + e.getMessage(), e);
        }
    }

    private Path dir(long id) {
        return root.resolve(Long.toString(id));
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (TableStore s : open.values()) {
            try {
                s.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        open.clear();
        if (first != null) throw first;
    }
}
