package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.instarelay.commands.Arguments;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.CoreFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("A database file written by the previous release (schema 1) upgrades in place")
class UpgradeTest {
    private static final String USER = "17841400000000001";
    private static final Instant THEN = Instant.parse("2026-11-20T10:00:00Z");

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers");

    @Test
    @DisplayName("it keeps the account, its posts and what was posted, and posts only what was still waiting")
    void upgrades() throws Exception {
        // GIVEN a schema-1 file: one account, a post already in Discord and one still waiting
        String posted = fixture.instagram().publish(USER, THEN, "summit at dawn");
        String waiting = fixture.instagram().publish(USER, THEN.plusSeconds(3600), "glacier crossing");
        Path file = fixture.folder().resolve("instarelay.db");
        writeSchemaOne(file, fixture.instagram().issueLongLivedToken(USER), posted, waiting);

        // WHEN the new release opens it
        BotHarness bot = fixture.bot();

        // THEN the last poll the old release wrote as a sentence reads as before
        assertTrue(bot.status().contains("last poll") && bot.status().contains(": 1 new post"), bot.status());

        // WHEN it polls
        bot.poll();

        // THEN the schema is current and the old rows read
        assertEquals(Migrations.latestVersion(), userVersion(file));
        assertEquals(2, bot.store().media().counts(USER).stored());
        String latest = bot.run("latest", Arguments.none()).text();
        assertTrue(latest.contains("summit at dawn") && latest.contains("glacier crossing"), latest);
        // AND only the waiting post went out; the delivered one keeps its message id
        assertEquals(List.of("glacier crossing"), bot.publisher.captions());
        assertEquals("old-message-1", bot.store().deliveries().messageIdOf(posted));
        // AND fields the old release did not read are unknown, not invented
        assertNull(bot.publisher.published().get(0).productType());
        assertNull(bot.publisher.published().get(0).sharedToFeed());

        // WHEN it restarts and polls again
        bot.restart();
        bot.poll();

        // THEN nothing is posted twice
        assertEquals(List.of("glacier crossing"), bot.publisher.captions());
        assertTrue(bot.status().contains("@mountaineers: connected"), bot.status());
    }

    /** The file as the previous release left it: its schema, its rows, user_version 1. */
    private static void writeSchemaOne(Path file, String token, String posted, String waiting) throws Exception {
        long then = THEN.toEpochMilli();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : Migrations.step(1).split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = 1");
            try (PreparedStatement account = connection.prepareStatement("""
                    INSERT INTO accounts (ig_user_id, username, access_token, token_expires_at, token_refreshed_at,
                                          status, connected_at, last_poll_at, last_poll_outcome, needs_baseline)
                    VALUES (?, 'mountaineers', ?, ?, ?, 'ACTIVE', ?, ?, '1 new post', 0)""")) {
                account.setString(1, USER);
                account.setString(2, token);
                account.setLong(3, Instant.parse("2027-01-20T10:00:00Z").toEpochMilli());
                account.setLong(4, then);
                account.setLong(5, then);
                account.setLong(6, then);
                account.executeUpdate();
            }
            insertPost(connection, posted, "summit at dawn", then, "DELIVERED", "old-message-1");
            insertPost(connection, waiting, "glacier crossing", then + 3_600_000, "PENDING", null);
        }
    }

    private static void insertPost(Connection connection, String id, String caption, long at, String state,
                                   String messageId) throws Exception {
        try (PreparedStatement media = connection.prepareStatement("""
                INSERT INTO media (id, account_id, media_type, caption, media_url, permalink, published_at, username,
                                   children_json, stored_at)
                VALUES (?, ?, 'IMAGE', ?, 'https://cdn.example/x.jpg', ?, ?, 'mountaineers', '[]', ?)""");
             PreparedStatement delivery = connection.prepareStatement(
                     "INSERT INTO deliveries (media_id, state, target, message_id, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            media.setString(1, id);
            media.setString(2, USER);
            media.setString(3, caption);
            media.setString(4, "https://www.instagram.com/p/P" + id + "/");
            media.setLong(5, at);
            media.setLong(6, at);
            media.executeUpdate();
            delivery.setString(1, id);
            delivery.setString(2, state);
            delivery.setString(3, messageId == null ? null : "default-channel");
            delivery.setString(4, messageId);
            delivery.setLong(5, at);
            delivery.executeUpdate();
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        }
    }
}
