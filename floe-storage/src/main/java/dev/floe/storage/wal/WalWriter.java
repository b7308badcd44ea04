package dev.floe.storage.wal;

import dev.floe.storage.io.ByteSink;
import dev.floe.storage.io.DurableFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Appends framed records to the current WAL file with group commit (leader/follower): records
 * queue in a buffer; the first committer to find no flush running becomes the leader, writes the
 * whole buffer, fsyncs once, publishes the newest commit it covered and wakes everyone whose
 * record is now durable. Appenders that arrive during an fsync share the next one.
 *
 * <p>Callers enqueue in commit-seq order (the store's append lock guarantees it). Publication
 * runs under this writer's lock, in flush order, before any waiter returns. After an I/O failure
 * the writer refuses all further work: what reached the file is unknown, and recovery decides.
 */
public final class WalWriter implements AutoCloseable {
    private final Path directory;
    private final long groupCommitDelayNanos;
    private final Consumer<Object> publisher;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();

    private FileChannel channel;
    private long closedFilesBytes;
    private long currentFileBytes;
    private ByteSink pending = new ByteSink(1 << 20);
    private ByteSink spare = new ByteSink(1 << 20);
    private long pendingLastSeq;
    private Object pendingPoint;
    private long durableSeq;
    private boolean flushing;
    private IOException failure;

    private WalWriter(Path directory, long groupCommitDelayNanos, Consumer<Object> publisher, FileChannel channel,
                      long closedFilesBytes, long durableSeq) throws IOException {
        this.directory = directory;
        this.groupCommitDelayNanos = groupCommitDelayNanos;
        this.publisher = publisher;
        this.channel = channel;
        this.closedFilesBytes = closedFilesBytes;
        this.currentFileBytes = channel.size();
        this.durableSeq = durableSeq;
        this.pendingLastSeq = durableSeq;
    }

    /**
     * Continues the WAL after recovery: appends to the newest file (already cut to its last valid
     * record) or starts {@code wal-<nextSeq>.log} when there is none. {@code publisher} receives
     * the commit point of the newest record each flush made durable.
     */
    public static WalWriter open(Path directory, long lastSeq, long groupCommitDelayMicros, Consumer<Object> publisher)
            throws IOException {
        List<Path> files = WalFiles.list(directory);
        long closedBytes = 0;
        for (int i = 0; i < files.size() - 1; i++) {
            closedBytes += Files.size(files.get(i));
        }
        FileChannel channel = files.isEmpty()
                ? createFile(directory, lastSeq + 1)
                : FileChannel.open(files.get(files.size() - 1), StandardOpenOption.WRITE);
        channel.position(channel.size());
        return new WalWriter(directory, TimeUnit.MICROSECONDS.toNanos(groupCommitDelayMicros), publisher, channel,
                closedBytes, lastSeq);
    }

    private static FileChannel createFile(Path directory, long firstSeq) throws IOException {
        Path file = WalFiles.path(directory, firstSeq);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            ByteSink header = new ByteSink(WalFiles.HEADER_BYTES);
            header.putBytes(WalFiles.MAGIC);
            header.putInt(WalFiles.VERSION);
            header.putLong(firstSeq);
            header.putInt(header.crc32c(0, header.size()));
            header.writeFully(channel);
            channel.force(true);
            DurableFiles.fsyncDirectory(directory);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** Queues the framed record(s) in {@code records}; {@code point} is published once durable. */
    public void append(long seq, ByteSink records, Object point) throws IOException {
        lock.lock();
        try {
            checkHealthy();
            pending.putBytes(records.array(), 0, records.size());
            pendingLastSeq = seq;
            pendingPoint = point;
        } finally {
            lock.unlock();
        }
    }

    /** Returns once the record of {@code seq} (and every earlier one) is fsynced and published. */
    public void awaitDurable(long seq) throws IOException {
        lock.lock();
        try {
            while (durableSeq < seq) {
                checkHealthy();
                if (flushing) {
                    flushed.awaitUninterruptibly();
                } else {
                    flushAsLeader();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock; releases it for the write and fsync. */
    private void flushAsLeader() throws IOException {
        flushing = true;
        if (groupCommitDelayNanos > 0) {
            lock.unlock();
            LockSupport.parkNanos(groupCommitDelayNanos);
            lock.lock();
        }
        ByteSink batch = pending;
        pending = spare;
        spare = null;
        long upTo = pendingLastSeq;
        Object point = pendingPoint;
        lock.unlock();
        IOException error = null;
        try {
            batch.writeFully(channel);
            channel.force(false);
        } catch (IOException e) {
            error = e;
        } finally {
            lock.lock();
        }
        flushing = false;
        if (error != null) {
            failure = error;
            flushed.signalAll();
            throw new IOException("WAL write failed; the store accepts no more writes", error);
        }
        currentFileBytes += batch.size();
        batch.reset();
        spare = batch;
        durableSeq = upTo;
        publisher.accept(point);
        flushed.signalAll();
    }

    private void checkHealthy() throws IOException {
        if (failure != null) {
            throw new IOException("WAL write failed earlier; the store accepts no more writes", failure);
        }
        if (channel == null) {
            throw new IllegalStateException("WAL is closed");
        }
    }

    /**
     * Starts a new file whose first record will be {@code nextSeq}. The caller holds the append
     * lock and has awaited durability of everything appended, so nothing is pending.
     */
    public void rotate(long nextSeq) throws IOException {
        lock.lock();
        try {
            checkHealthy();
            if (flushing || pending.size() > 0 || durableSeq != nextSeq - 1) {
                throw new IllegalStateException("WAL rotation with commits in flight");
            }
            FileChannel next = createFile(directory, nextSeq);
            channel.close();
            closedFilesBytes += currentFileBytes;
            channel = next;
            currentFileBytes = next.size();
        } finally {
            lock.unlock();
        }
    }

    /** Deletes the files all of whose records have seq ≤ {@code coveredSeq} (they are in segments). */
    public void deleteCoveredFiles(long coveredSeq) throws IOException {
        lock.lock();
        try {
            List<Path> files = WalFiles.list(directory);
            boolean deleted = false;
            for (int i = 0; i + 1 < files.size(); i++) {
                if (WalFiles.firstSeqOf(files.get(i + 1)) <= coveredSeq + 1) {
                    long size = Files.size(files.get(i));
                    Files.delete(files.get(i));
                    closedFilesBytes -= size;
                    deleted = true;
                }
            }
            if (deleted) {
                DurableFiles.fsyncDirectory(directory);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Bytes in all live WAL files. */
    public long bytes() {
        lock.lock();
        try {
            return closedFilesBytes + currentFileBytes;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
