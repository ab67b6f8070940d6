package org.instarelay.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one connection, opened anew before the next write after a failure a new connection may
 * cure ({@link StorageFault#reopenCures}): SQLite keeps a file it opened read-only that way for the
 * connection's life, so a file made writable again would otherwise need a restart. Not thread-safe:
 * {@link Database} uses it under its lock.
 */
final class Reconnecting {
    private static final Logger log = LoggerFactory.getLogger(Reconnecting.class);

    private final Path path;
    /** A look beside the owner: SQLite refuses its writes, and it is never reopened (a reopen would be read-write). */
    private final boolean readOnly;
    private Connection connection;
    private boolean reopen;

    private Reconnecting(Path path, Connection connection, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    static Reconnecting open(Path path) throws SQLException {
        return new Reconnecting(path, connect(path), false);
    }

    /**
     * A connection SQLite refuses every write on, for a look beside the file's owner: it reads the
     * last committed state while the owner writes (WAL). Never reopened: it never writes.
     */
    static Reconnecting openReadOnly(Path path) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Sqlite.BUSY_TIMEOUT_MS);
        return new Reconnecting(path, DriverManager.getConnection(Sqlite.url(path), config.toProperties()), true);
    }

    private static Connection connect(Path path) throws SQLException {
        Connection connection = DriverManager.getConnection(Sqlite.url(path), Sqlite.connectionProperties());
        try {
            Sqlite.configure(connection);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * The connection to use now. For a write, a new one when the last failure asked for it; a read
     * goes on with the old one, which reads fine, unless it is closed.
     */
    Connection current(boolean forWrite) throws SQLException {
        if (reopen && (forWrite || closed())) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the old connection to {} failed: {}", path, e.getMessage());
            }
            connection = connect(path);
            reopen = false;
            log.info("Opened the database {} again after a failed write", path);
        }
        return connection;
    }

    /** The next write gets a new connection: the last one failed in a way a new one may cure. Not for a look. */
    void reopenBeforeNextWrite() {
        reopen = !readOnly;
    }

    /** Whether this is a look beside the owner, which writes nothing. */
    boolean readOnly() {
        return readOnly;
    }

    private boolean closed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    void close() throws SQLException {
        connection.close();
    }
}
