package org.instarelay.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database file as an older release left it: the schema steps it knew, run as they shipped,
 * and the rows a test writes with that release's columns. For upgrade tests in any package.
 */
public final class OldReleaseFile implements AutoCloseable {
    private final Connection connection;

    private OldReleaseFile(Connection connection) {
        this.connection = connection;
    }

    /** Replaces {@code file} (and its WAL) with a file of schema {@code version}. */
    public static OldReleaseFile create(Path file, int version) throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            for (int step = 1; step <= version; step++) {
                for (String sql : Migrations.step(step).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            statement.execute("PRAGMA user_version = " + version);
        }
        return new OldReleaseFile(connection);
    }

    /** One row, with that release's columns. */
    public OldReleaseFile insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
        return this;
    }

    /** The schema version of the newest release: the file must reach it. */
    public static int latestVersion() {
        return Migrations.latestVersion();
    }

    /** The schema version a file is at now. */
    public static int schemaVersion(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
