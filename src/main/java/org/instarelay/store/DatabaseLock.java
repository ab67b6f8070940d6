package org.instarelay.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>A lock on a file someone deleted is a lock on nothing: a second process would make a new
 * {@code .lock} and take it. So before writes the owner checks ({@link #check}) that the file at
 * that name is still the one it locked, and makes and takes it again if it is gone; if another
 * process took the new one meanwhile, this one stops writing, so it can neither store nor post.
 */
final class DatabaseLock implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DatabaseLock.class);
    /** How often {@link #check} looks at the file: a look is one stat, but writes come by the thousand. */
    private long checkEveryNanos = 2_000_000_000L;

    private final Path database;
    private final Path file;
    private final LockHolder holder;
    private FileChannel channel;
    private FileLock lock;
    /** The identity (device and inode) of the file this process locked. */
    private Object fileKey;
    private long lastCheck = System.nanoTime();

    private DatabaseLock(Path database, Path file, LockHolder holder, FileChannel channel, FileLock lock) {
        this.database = database;
        this.file = file;
        this.holder = holder;
        this.channel = channel;
        this.lock = lock;
        this.fileKey = fileKey(file);
    }

    /**
     * Takes the lock and writes {@code holder} into the lock file.
     *
     * @throws DatabaseInUse naming the process that holds it, and what to do
     * @throws StoreException when the lock file cannot be made or locked
     */
    static DatabaseLock take(Path database, LockHolder holder) throws StoreException {
        Path file = database.resolveSibling(database.getFileName() + ".lock");
        FileLock lock = lockFile(database, file, holder);
        return new DatabaseLock(database, file, holder, lock.channel(), lock);
    }

    /** Makes (if needed) and locks {@code file}, writing {@code holder} into it. */
    private static FileLock lockFile(Path database, Path file, LockHolder holder) throws StoreException {
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
        return lock;
    }

    /**
     * Before a write: whether this process still owns the database. The lock file removed (by hand,
     * by a clean-up job) is made and taken again, saying so in the log.
     *
     * @throws DatabaseInUse when another process took the database after the file was removed:
     *         this one must not write any more (both would poll and post)
     */
    synchronized void check() throws StoreException {
        long now = System.nanoTime();
        if (now - lastCheck < checkEveryNanos) {
            return;
        }
        lastCheck = now;
        Object current = fileKey(file);
        if (current != null && Objects.equals(current, fileKey)) {
            return;
        }
        log.warn("The lock file {} was removed or replaced while this bot was running; taking it again. Never remove"
                + " the .lock file of a running bot: it is what keeps a second one away.", file);
        FileLock taken;
        try {
            taken = lockFile(database, file, holder);
        } catch (DatabaseInUse e) {
            throw new DatabaseInUse(database, e.holder(), "Its lock file was removed while this bot was running, and "
                    + "another InstaRelay took the database meanwhile: this bot stores and posts nothing more. Stop one "
                    + "of the two.");
        }
        close();
        channel = taken.channel();
        lock = taken;
        fileKey = fileKey(file);
    }

    /** For tests: look at every write rather than every two seconds. */
    synchronized void checkEveryWrite() {
        checkEveryNanos = 0;
    }

    /** The file's identity, or null when there is no file by that name. */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
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
