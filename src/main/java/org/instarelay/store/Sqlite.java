package org.instarelay.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Every statement only SQLite understands, in one place: the rest of the store is standard SQL, so
 * putting it on PostgreSQL means another class like this one, not a rewrite.
 */
final class Sqlite {
    static final int BUSY_TIMEOUT_MS = 10_000;

    private Sqlite() {}

    static String url(java.nio.file.Path file) {
        return "jdbc:sqlite:" + file;
    }

    /**
     * Transactions begin IMMEDIATE: they take the write lock at BEGIN, where the busy timeout can
     * wait for it. A deferred transaction that reads first and writes later fails at once with
     * SQLITE_BUSY_SNAPSHOT when another connection wrote in between (a second process, a test's
     * probe), and no timeout can save it.
     */
    static java.util.Properties connectionProperties() {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.toProperties();
    }

    /** How the bot's connection behaves: waits for outside readers, WAL, foreign keys enforced. */
    static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA foreign_keys = ON");
            // NORMAL is durable across process crashes in WAL mode; only a power cut can
            // lose the last commits, which the delivery protocol tolerates.
            statement.execute("PRAGMA synchronous = NORMAL");
            // A replaced token (refreshed, sealed on upgrade) is zeroed, not left readable in a free
            // part of its page: the file must not reveal an old token either.
            statement.execute("PRAGMA secure_delete = ON");
        }
    }

    /** How many migration steps the file has had. */
    static int schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static void setSchemaVersion(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + version);
        }
    }

    /** Writes and rolls back (the schema version, unchanged): fails when the file cannot be written. */
    static void probeWrite(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            setSchemaVersion(connection, schemaVersion(connection));
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** Lets the file grow by {@code pages} pages at most, for this connection: SQLITE_FULL beyond. */
    static void limitGrowth(Connection connection, int pages) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long now;
            try (ResultSet rows = statement.executeQuery("PRAGMA page_count")) {
                now = rows.next() ? rows.getLong(1) : 0;
            }
            statement.execute("PRAGMA max_page_count = " + (now + pages));
        }
    }
}
