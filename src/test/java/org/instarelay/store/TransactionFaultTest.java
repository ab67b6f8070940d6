package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A transaction that fails on the storage keeps its first cause, in words, and leaves the database usable")
class TransactionFaultTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("SQLITE_FULL inside a transaction: the message says the disk is full (not the rollback's words), the cause is SQLite's")
    void fullInsideTransaction() throws Exception {
        try (Database database = Database.open(folder.resolve("bot.db"), Map.of())) {
            // GIVEN a file that may not grow, and a table
            database.write(connection -> statement(connection, "CREATE TABLE blobs (content BLOB)"));
            database.limitGrowth(0);

            // WHEN a transaction writes more than fits
            StoreException failed = assertThrows(StoreException.class, () -> database.transaction(transaction -> {
                statement(transaction.connection(), "INSERT INTO blobs VALUES (zeroblob(200000))");
                return null;
            }));

            // THEN its message names the full disk and what to do; the cause is SQLite's SQLITE_FULL
            assertTrue(failed.getMessage().startsWith("The disk holding the database "), failed.getMessage());
            assertTrue(failed.getMessage().contains("free space on " + folder.toAbsolutePath()), failed.getMessage());
            assertFalse(failed.getMessage().contains("no transaction is active"), failed.getMessage());
            assertTrue(failed.getCause() instanceof SQLException);
            assertTrue(failed.getCause().getMessage().contains("SQLITE_FULL"), failed.getCause().getMessage());
            assertEquals(1, database.faults().mark());

            // WHEN room is made again
            database.limitGrowth(1_000);

            // THEN the same connection writes in a transaction again
            database.transaction(transaction -> statement(transaction.connection(),
                    "INSERT INTO blobs VALUES (zeroblob(200000))"));
            assertEquals(1, (int) database.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeQuery("SELECT count(*) FROM blobs").getInt(1);
                }
            }));
        }
    }

    private static Integer statement(java.sql.Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return 0;
        }
    }
}
