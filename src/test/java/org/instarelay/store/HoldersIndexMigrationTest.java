package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Schema 8: the servers holding an account are found by index, on new and upgraded files")
class HoldersIndexMigrationTest {
    private static final String ACCOUNT = "17841400000000001";

    @TempDir
    Path folder;

    @Test
    @DisplayName("a schema-7 file upgrades to 8: the servers that held the account still do, and looking them up no longer reads the whole table")
    void upgradedFileFindsHoldersByIndex() throws Exception {
        // GIVEN a file of the release before, with an account held by two servers
        Path file = folder.resolve("instarelay.db");
        try (OldReleaseFile old = OldReleaseFile.create(file, 7)) {
            old.insert("INSERT INTO accounts (ig_user_id, username, status, connected_at) VALUES (?, ?, 'ACTIVE', 1)",
                    ACCOUNT, "mountaineers");
            old.insert("INSERT INTO server_accounts (guild_id, ig_user_id, connected_at) VALUES (?, ?, ?)",
                    "900000000000000002", ACCOUNT, 2);
            old.insert("INSERT INTO server_accounts (guild_id, ig_user_id, connected_at) VALUES (?, ?, ?)",
                    "900000000000000001", ACCOUNT, 1);
        }

        // WHEN this release opens it and asks which servers hold the account
        List<String> holders;
        try (Database database = Database.open(file)) {
            holders = new SubscriptionRepository(database).holders(ACCOUNT);
        }

        // THEN both servers still hold it, in the order they connected it, and the file is at the newest schema
        assertEquals(List.of("900000000000000001", "900000000000000002"), holders);
        assertEquals(OldReleaseFile.latestVersion(), OldReleaseFile.schemaVersion(file));
        // AND SQLite answers the lookup from the new index instead of scanning server_accounts
        String plan = plan(file, "SELECT guild_id FROM server_accounts WHERE ig_user_id = '" + ACCOUNT
                + "' ORDER BY connected_at");
        assertTrue(plan.contains("server_accounts_by_account"), plan);
        assertFalse(plan.contains("SCAN server_accounts"), plan);
    }

    private static String plan(Path file, String query) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN " + query)) {
            while (rows.next()) {
                plan.append(rows.getString("detail")).append('\n');
            }
        }
        return plan.toString();
    }
}
