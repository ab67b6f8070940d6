package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Schema 9: posts an older console marked delivered to a Discord channel are queued again, or left out saying why")
class ConsoleDeliveriesMigrationTest {
    private static final String ACCOUNT = "17841400000000001";
    private static final String CHANNEL = "1300000000000000001";

    @TempDir
    Path folder;

    @Test
    @DisplayName("a post of yesterday the console printed goes out to the channel; one of last month is left out, with the reason; a real delivery stays")
    void consoleDeliveriesAreUndone() throws Exception {
        // GIVEN a schema-8 file where the old console printed two posts (and marked them delivered to
        // the channel's subscription), and the bot really posted a third
        Path file = folder.resolve("instarelay.db");
        Instant now = Instant.now();
        try (OldReleaseFile old = OldReleaseFile.create(file, 8)) {
            old.insert("INSERT INTO accounts (ig_user_id, username, status, connected_at) VALUES (?, ?, 'ACTIVE', 1)",
                    ACCOUNT, "mountaineers");
            old.insert("INSERT INTO subscriptions (id, guild_id, ig_user_id, channel_id, created_at) VALUES (1, ?, ?, ?, 1)",
                    "900000000000000001", ACCOUNT, CHANNEL);
            post(old, "yesterday", now.minus(Duration.ofDays(1)), "console:yesterday");
            post(old, "last-month", now.minus(Duration.ofDays(30)), "console:last-month");
            post(old, "posted", now.minus(Duration.ofDays(1)), "1400000000000000001");
        }

        // WHEN this release opens it
        Database.open(file).close();

        // THEN yesterday's post waits to go out, last month's is left out saying why, the real one stays delivered
        assertEquals("PENDING", state(file, "yesterday"));
        assertNull(column(file, "yesterday", "message_id"));
        assertEquals("SKIPPED", state(file, "last-month"));
        assertEquals("printed in the console by an older release, never posted to Discord",
                column(file, "last-month", "last_error"));
        assertEquals("DELIVERED", state(file, "posted"));
        assertEquals("1400000000000000001", column(file, "posted", "message_id"));
    }

    private static void post(OldReleaseFile old, String id, Instant publishedAt, String messageId) throws Exception {
        old.insert("INSERT INTO media (id, account_id, media_type, published_at, stored_at) VALUES (?, ?, 'IMAGE', ?, ?)",
                id, ACCOUNT, publishedAt.toEpochMilli(), publishedAt.toEpochMilli());
        old.insert("INSERT INTO deliveries (media_id, subscription_id, channel_id, published_at, state, message_id,"
                        + " updated_at) VALUES (?, 1, ?, ?, 'DELIVERED', ?, ?)",
                id, CHANNEL, publishedAt.toEpochMilli(), messageId, publishedAt.toEpochMilli());
    }

    private static String state(Path file, String mediaId) throws Exception {
        return column(file, mediaId, "state");
    }

    private static String column(Path file, String mediaId, String column) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + column + " FROM deliveries WHERE media_id = ?")) {
            statement.setString(1, mediaId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "(no row)";
            }
        }
    }
}
