package org.instarelay.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite file, opened once and migrated to the newest schema.
 *
 * <p>The bot keeps a single connection and serialises its use with a lock: SQLite allows one
 * writer at a time anyway, and one connection means the bot never waits on itself with
 * SQLITE_BUSY. WAL lets an operator read the file with {@code sqlite3} while the bot runs, and the
 * busy timeout makes such outside readers wait instead of failing.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Path path;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /** The owner's claim on the file; null for a look beside the owner ({@link #openBeside}, {@link #openReadOnly}). */
    private final DatabaseLock owner;

    private Database(Path path, Connection connection, DatabaseLock owner) {
        this.path = path;
        this.connection = connection;
        this.owner = owner;
    }

    /**
     * Opens (creating if needed) the database at {@code path} for this bot alone and applies
     * pending migrations.
     *
     * @throws StoreException with a message naming the file and what to do, also when another
     *         InstaRelay has the file open
     */
    public static Database open(Path path) throws StoreException {
        return open(path, "run");
    }

    /**
     * {@link #open(Path)}, saying in the lock file which mode ({@code run} or {@code console})
     * holds it, so that a process refused the file names this one.
     *
     * @throws DatabaseInUse when another process holds the file, naming it
     */
    public static Database open(Path path, String mode) throws StoreException {
        Path absolute = path.toAbsolutePath().normalize();
        createFolder(absolute);
        DatabaseLock owner = DatabaseLock.take(absolute, LockHolder.thisProcess(mode));
        try {
            return connect(absolute, owner);
        } catch (StoreException | RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    /**
     * Opens the file without claiming it, beside a bot that has it open: for looking into it
     * (tests, a tool). Writes through it race with the bot's own; use it to read.
     */
    public static Database openBeside(Path path) throws StoreException {
        Path absolute = path.toAbsolutePath().normalize();
        createFolder(absolute);
        return connect(absolute, null);
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
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("There is no database at " + absolute + " to read. Check database.path.", null);
        }
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(Sqlite.BUSY_TIMEOUT_MS);
            Connection connection = DriverManager.getConnection(Sqlite.url(absolute), config.toProperties());
            int version = Migrations.userVersion(connection);
            if (version != Migrations.latestVersion()) {
                connection.close();
                throw new StoreException("The database " + absolute + " has schema " + version + ", this release reads "
                        + Migrations.latestVersion() + ": the process using it is another release. Use the same release, "
                        + "or stop that process first.", null);
            }
            return new Database(absolute, connection, null);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database " + absolute + ": " + e.getMessage()
                    + ". Check database.path and the file's permissions.", e);
        }
    }

    private static void createFolder(Path absolute) throws StoreException {
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + absolute
                    + ". Check database.path and the folder's permissions.", e);
        }
    }

    private static Database connect(Path absolute, DatabaseLock owner) throws StoreException {
        try {
            Connection connection = DriverManager.getConnection(Sqlite.url(absolute));
            Sqlite.configure(connection);
            Database database = new Database(absolute, connection, owner);
            Migrations.apply(connection, absolute);
            log.info("Database ready at {}", absolute);
            return database;
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + e.getMessage()
                    + ". Check database.path, that the file is a SQLite database and that the disk is not full.", e);
        }
    }

    public Path path() {
        return path;
    }

    /** Runs {@code work} alone on the connection, inside one transaction: all or nothing. */
    public <T> T transaction(Work<T> work) throws StoreException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Transaction(connection));
                connection.commit();
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreException.wrap(path, e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read alone on the connection. */
    public <T> T read(SqlWork<T> work) throws StoreException {
        return alone(work);
    }

    /** Runs a single-statement write alone on the connection (it commits by itself). */
    public <T> T write(SqlWork<T> work) throws StoreException {
        return alone(work);
    }

    private <T> T alone(SqlWork<T> work) throws StoreException {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw StoreException.wrap(path, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether a write would succeed now, for {@code /health}: rewrites the schema version inside a
     * transaction and rolls it back, so nothing changes and no table is needed. False when the
     * file became read-only, the connection is closed or broken.
     */
    public boolean writable() {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                Sqlite.setSchemaVersion(connection, Sqlite.schemaVersion(connection));
                return true;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
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
