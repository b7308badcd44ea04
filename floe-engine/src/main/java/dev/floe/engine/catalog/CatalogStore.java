package dev.floe.engine.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps the catalog in {@code catalog.json}: each new version is written to a temporary file,
 * fsynced, and renamed over the old one, so a crash leaves either the old or the new catalog.
 */
public final class CatalogStore {
    private static final String FILE = "catalog.json";
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CatalogStore(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** The stored catalog, or null when there is none yet. */
    public CatalogState load() throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        CatalogState state;
        try {
            state = mapper.readValue(file.toFile(), CatalogState.class);
        } catch (IOException e) {
            throw new IOException("catalog file " + file + " is unreadable: " + e.getMessage(), e);
        }
        if (state.formatVersion > CatalogState.FORMAT_VERSION) {
            throw new IOException("catalog file " + file + " has format version " + state.formatVersion
                    + ", newer than this Floe understands (" + CatalogState.FORMAT_VERSION + ")");
        }
        return state;
    }

    public void save(CatalogState state) throws IOException {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        byte[] bytes = mapper.writeValueAsBytes(state);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        fsyncDirectory(file.getParent());
    }

    static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
