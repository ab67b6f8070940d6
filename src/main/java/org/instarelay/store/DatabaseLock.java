package org.instarelay.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One bot per database file: an exclusive lock on {@code <database>.lock}, held while the bot has
 * the file open. SQLite itself would let two processes take turns, but two bots on one file would
 * each poll and post the same new posts, so the second one is refused with a sentence instead.
 *
 * <p>The operating system drops the lock when the process ends, so a crash never leaves a stale
 * lock behind.
 */
final class DatabaseLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws StoreException saying that another InstaRelay uses the file, and what to do */
    static DatabaseLock take(Path database) throws StoreException {
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
            throw new StoreException("Another InstaRelay is already using the database " + database + ". Stop it "
                    + "first, or give this one its own database.path: two bots on one file would post everything twice.", null);
        }
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
