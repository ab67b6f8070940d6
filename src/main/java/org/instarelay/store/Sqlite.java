package org.instarelay.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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

    /** How the bot's connection behaves: waits for outside readers, WAL, foreign keys enforced. */
    static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA foreign_keys = ON");
            // NORMAL is durable across process crashes in WAL mode; only a power cut can
            // lose the last commits, which the delivery protocol tolerates.
            statement.execute("PRAGMA synchronous = NORMAL");
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
}
