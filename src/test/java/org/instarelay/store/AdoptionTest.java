package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.instarelay.common.Secret;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Subscriptions get their server once it can be known")
class AdoptionTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String HOME = "100";
    private static final String OTHER = "200";

    @TempDir
    Path folder;

    @Test
    @DisplayName("what the console held before the home server was known moves to the home server, pause and all")
    void placeholderBecomesTheHomeServer() throws Exception {
        try (Database database = Database.open(folder.resolve("a.db"))) {
            // GIVEN the console connected an account (no server known: the placeholder) and paused it
            new AccountRepository(database).saveConnected("1", "acme", null, null, Secret.of("t"), null, NOW, "console");
            SubscriptionRepository subscriptions = new SubscriptionRepository(database);
            subscriptions.hold("home", "1", null, "console", NOW);
            subscriptions.setPaused("home", "1", true);

            // WHEN the Discord bot starts with a home server and discord.channel-id
            int adopted = subscriptions.adopt(channel -> null, HOME, "home", "555", NOW);

            // THEN the home server holds it, paused, in the configured channel; the placeholder holds nothing
            assertEquals(1, adopted);
            assertEquals(List.of("1"), subscriptions.accountsOf(HOME));
            assertTrue(subscriptions.paused(HOME, "1"));
            assertEquals("555", subscriptions.ofServer(HOME, "1").get(0).channelId());
            assertEquals(List.of(), subscriptions.accountsOf("home"));
        }
    }

    @Test
    @DisplayName("an upgraded subscription goes to the server Discord says its channel is in, else to the home server")
    void upgradedSubscriptionsFindTheirServer() throws Exception {
        Path file = folder.resolve("old.db");
        // GIVEN a schema-4 file: one account posting in a channel of another server, one in the default channel
        try (OldReleaseFile old = OldReleaseFile.create(file, 4)) {
            String account = "INSERT INTO accounts (ig_user_id, username, status, channel_id, paused, connected_at)"
                    + " VALUES (?, ?, 'ACTIVE', ?, ?, 1)";
            old.insert(account, "1", "campus", "777", 1).insert(account, "2", "acme", null, 0);
        }
        try (Database database = Database.open(file)) {
            SubscriptionRepository subscriptions = new SubscriptionRepository(database);

            // WHEN the bot starts and Discord knows channel 777 is in the other server
            subscriptions.adopt(Map.of("777", OTHER)::get, HOME, "home", "555", NOW);

            // THEN each account belongs to its channel's server, with the pause it had
            assertEquals(List.of("1"), subscriptions.accountsOf(OTHER));
            assertTrue(subscriptions.paused(OTHER, "1"));
            assertEquals(List.of("2"), subscriptions.accountsOf(HOME));
            assertEquals("555", subscriptions.ofServer(HOME, "2").get(0).channelId());
        }
    }
}
