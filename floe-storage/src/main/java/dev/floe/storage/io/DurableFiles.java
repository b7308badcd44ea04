package dev.floe.storage.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** fsync discipline: files written to a temporary name, forced, renamed atomically, directory forced. */
public final class DurableFiles {
    private DurableFiles() {
    }

    /** Makes {@code target} hold exactly {@code bytes}, atomically with respect to crashes. */
    public static void replaceAtomically(Path target, ByteSink bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            bytes.writeFully(channel);
            channel.force(true);
        }
        moveAtomically(temp, target);
        fsyncDirectory(target.getParent());
    }

    public static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("file system cannot rename " + from + " atomically", e);
        }
    }

    /** Makes creations, renames and deletions in a directory durable. */
    public static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
