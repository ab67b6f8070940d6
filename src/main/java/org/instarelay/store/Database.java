package org.instarelay.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite file, opened once and migrated to the newest schema ({@link DatabaseOpening} does
 * the opening: files, lock, migrations, start checks; this class runs the work on it).
 *
 * <p>The bot keeps a single connection and serialises its use with a lock: SQLite allows one
 * writer at a time anyway, and one connection means the bot never waits on itself with
 * SQLITE_BUSY. WAL lets an operator read the file with {@code sqlite3} while the bot runs, and the
 * busy timeout makes such outside readers wait instead of failing.
 *
 * <p>A storage fault (disk full, read-only, damaged) reaches the caller as its own sentence
 * ({@link StorageFault}), is counted in {@link #faults()}, and after a read-only or I/O failure the
 * connection is opened anew before the next write ({@link Reconnecting}).
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Path path;
    private final ReentrantLock lock = new ReentrantLock();
    /** The owner's claim on the file; null for a look beside the owner ({@link #openBeside}, {@link #openReadOnly}). */
    private final DatabaseLock owner;
    private final TokenSeal seal;
    private final StoreFaults faults = new StoreFaults();
    /** Used under {@link #lock} only. */
    private final Reconnecting connection;

    /** Made by {@link DatabaseOpening}, which prepares the file, claims it and migrates it. */
    Database(Path path, Reconnecting connection, DatabaseLock owner, TokenSeal seal) {
        this.path = path;
        this.connection = connection;
        this.owner = owner;
        this.seal = seal;
    }

    /**
     * Opens (creating if needed) the database at {@code path} for this bot alone, applies pending
     * migrations and seals tokens an older release stored in clear. The token key comes from
     * {@value TokenSeal#VARIABLE} or the key file beside the database.
     *
     * @throws StoreException with a message naming the file and what to do, also when another
     *         InstaRelay has the file open or the file cannot be written
     */
    public static Database open(Path path) throws StoreException {
        return DatabaseOpening.owned(path, "run", System.getenv());
    }

    /** {@link #open(Path)} with the environment to read {@value TokenSeal#VARIABLE} from. */
    public static Database open(Path path, Map<String, String> environment) throws StoreException {
        return DatabaseOpening.owned(path, "run", environment);
    }

    /**
     * {@link #open(Path)}, saying in the lock file which mode ({@code run} or {@code console})
     * holds it, so that a process refused the file names this one.
     *
     * @throws DatabaseInUse when another process holds the file, naming it
     */
    public static Database open(Path path, String mode) throws StoreException {
        return DatabaseOpening.owned(path, mode, System.getenv());
    }

    /**
     * Opens the file without claiming it, beside a bot that has it open: for looking into it
     * (tests, a tool). Writes through it race with the bot's own; use it to read.
     */
    public static Database openBeside(Path path) throws StoreException {
        return DatabaseOpening.beside(path);
    }

    /**
     * Opens the file read-only and without the lock, beside the process that holds it: the
     * console beside a running bot answers {@code status}, {@code latest} and {@code history} from
     * it. SQLite refuses every write on this connection, so it can change nothing; in WAL mode it
     * reads the last committed state while the owner writes. Nothing is migrated: the owner has.
     *
     * @throws StoreException when the file is missing or its schema is not this release's
     */
    public static Database openReadOnly(Path path) throws StoreException {
        return DatabaseOpening.readOnly(path);
    }

    public Path path() {
        return path;
    }

    /** The storage faults met so far, for a cycle to tell whether it met one. */
    public StoreFaults faults() {
        return faults;
    }

    /**
     * Caps the file at its current size plus {@code pages} pages for this connection (SQLite's
     * {@code max_page_count}): a full disk, for real, without filling one. For tests.
     */
    void limitGrowth(int pages) throws StoreException {
        write(current -> {
            Sqlite.limitGrowth(current, pages);
            return null;
        });
    }

    /** For tests: the lock file is checked before every write, not every two seconds. */
    void checkLockEveryWrite() {
        if (owner != null) {
            owner.checkEveryWrite();
        }
    }

    /** How tokens are sealed for this file: for {@link AccountRepository}. */
    TokenSeal seal() {
        return seal;
    }

    /** Runs {@code work} alone on the connection, inside one transaction: all or nothing. */
    public <T> T transaction(Work<T> work) throws StoreException {
        lock.lock();
        try {
            Connection current = current(true);
            try {
                current.setAutoCommit(false);
                T result = work.run(new Transaction(current));
                current.commit();
                current.setAutoCommit(true);
                return result;
            } catch (SQLException e) {
                undo(current, e);
                throw failure(e);
            } catch (StoreException | RuntimeException e) {
                undo(current, e);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Rolls back after {@code first} and restores auto-commit. What fails here is attached to
     * {@code first} rather than thrown: SQLite may have ended the transaction itself (disk full), and
     * the rollback's "no transaction is active" would otherwise hide the real cause.
     */
    private void undo(Connection current, Exception first) {
        try {
            if (!current.getAutoCommit()) {
                current.rollback();
            }
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
        try {
            current.setAutoCommit(true);
        } catch (SQLException e) {
            first.addSuppressed(e);
            connection.reopenBeforeNextWrite(); // a connection in an unknown state: start afresh
        }
    }

    /** Runs a read alone on the connection. */
    public <T> T read(SqlWork<T> work) throws StoreException {
        return alone(work, false);
    }

    /** Runs a single-statement write alone on the connection (it commits by itself). */
    public <T> T write(SqlWork<T> work) throws StoreException {
        return alone(work, true);
    }

    private <T> T alone(SqlWork<T> work, boolean writes) throws StoreException {
        lock.lock();
        try {
            return work.run(current(writes));
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** The connection to use now (a new one for a write after a failure a new one may cure). Under {@link #lock}. */
    private Connection current(boolean forWrite) throws StoreException {
        if (forWrite && owner != null) {
            owner.check(); // a bot whose lock was taken over writes nothing: it would post what the other posts
        }
        try {
            return connection.current(forWrite);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** {@code e} in words; a storage fault is counted (and logged once), and a cure by reopening tried next time. */
    private StoreException failure(SQLException e) {
        if (connection.readOnly()) {
            // Not a storage fault: a look beside the bot is refused every write by design.
            return new StoreException("This process only reads the database " + path + " beside the bot that owns it;"
                    + " the bot makes every change.", e);
        }
        StoreException wrapped = StoreException.wrap(path, e);
        wrapped.fault().ifPresent(fault -> {
            faults.failed(wrapped);
            if (fault.reopenCures()) {
                connection.reopenBeforeNextWrite();
            }
        });
        return wrapped;
    }

    /**
     * Whether a write would succeed now, for {@code /health}: rewrites the schema version inside a
     * transaction and rolls it back, so nothing changes and no table is needed. False when the
     * file became read-only, the connection is closed or broken.
     */
    public boolean writable() {
        lock.lock();
        try {
            Sqlite.probeWrite(current(true));
            return true;
        } catch (SQLException e) {
            // A file made writable again is seen by a new connection only.
            StorageFault.of(e).filter(StorageFault::reopenCures).ifPresent(fault -> connection.reopenBeforeNextWrite());
            log.debug("The database {} is not writable: {}", path, e.getMessage());
            return false;
        } catch (StoreException e) {
            // /health asks every few seconds; its answer says it, the log need not repeat it each time.
            log.debug("The database {} is not writable: {}", path, e.getMessage());
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the database failed: {}", e.getMessage());
        } finally {
            if (owner != null) {
                owner.close();
            }
            lock.unlock();
        }
    }

    /** Work done inside a {@link #transaction}, possibly through several repositories. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Transaction transaction) throws SQLException, StoreException;
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
