package org.instarelay.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One owner per database file: an exclusive {@link FileChannel#tryLock} on {@code <database>.lock},
 * held for the owning process's whole life. Not SQLite's own locking: SQLite lets processes take
 * turns on one file, and taking turns is exactly what loses and doubles posts (one process marks
 * delivered what it printed, or takes the other's SENDING row for a crash and sends it again).
 *
 * <p>The owner writes who it is into the lock file ({@link LockHolder}: mode, pid, host, since
 * when), so a refused process names the one to stop. The operating system drops the lock when the
 * process ends, however it ends, so a crash never leaves a stale lock behind: the words left in
 * the file are only read while somebody holds the lock.
 */
final class DatabaseLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock and writes {@code holder} into the lock file.
     *
     * @throws DatabaseInUse naming the process that holds it, and what to do
     * @throws StoreException when the lock file cannot be made or locked
     */
    static DatabaseLock take(Path database, LockHolder holder) throws StoreException {
        Path file = database.resolveSibling(database.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("Cannot create " + file + " beside the database. Check database.path and the "
                    + "folder's permissions.", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it already: a second bot in the same JVM
        } catch (IOException e) {
            close(channel);
            throw new StoreException("Cannot lock " + file + " (" + e.getMessage() + "). Check that the folder of "
                    + "database.path is on a local disk.", e);
        }
        if (lock == null) {
            close(channel);
            throw new DatabaseInUse(database, LockHolders.read(file));
        }
        LockHolders.write(channel, holder);
        return new DatabaseLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel's close below releases it as well.
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to free.
        }
    }
}
