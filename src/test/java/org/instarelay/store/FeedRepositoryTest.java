package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.instarelay.common.Secret;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Feed keys in the store")
class FeedRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path folder;

    private Database open() throws StoreException {
        Database database = Database.open(folder.resolve("instarelay.db"));
        AccountRepository accounts = new AccountRepository(database);
        accounts.saveConnected("1784", "mountaineers", null, "BUSINESS", Secret.of("tok"), null, NOW, "console");
        accounts.saveConnected("1785", "hikers", null, "BUSINESS", Secret.of("tok2"), null, NOW, "console");
        return database;
    }

    @Test
    @DisplayName("enabling issues an unguessable URL-safe key that opens the account's feed, and keeps it on a second enable")
    void enableIssuesKey() throws Exception {
        try (Database database = open()) {
            FeedRepository feeds = new FeedRepository(database);
            // WHEN the feed is turned on, twice
            Feed first = feeds.enable("1784", NOW);
            Feed again = feeds.enable("1784", NOW.plusSeconds(60));
            // THEN one key, at least 128 bits of URL-safe base64 without padding, opens the account
            String key = first.key().reveal();
            assertTrue(key.matches("[A-Za-z0-9_-]{22,}"), "URL-safe, unpadded, 128+ bits");
            assertEquals(key, again.key().reveal());
            assertTrue(first.enabled());
            assertEquals(Optional.of("1784"), feeds.accountByKey(first.key()));
            assertEquals(Optional.of(first), feeds.current("1784"));
        }
    }

    @Test
    @DisplayName("a feed that was never enabled has no key, and unknown keys open nothing")
    void noFeed() throws Exception {
        try (Database database = open()) {
            FeedRepository feeds = new FeedRepository(database);
            // GIVEN one account with a feed
            feeds.enable("1784", NOW);
            // THEN the other has none and a made-up key finds nothing
            assertEquals(Optional.empty(), feeds.current("1785"));
            assertEquals(Optional.empty(), feeds.accountByKey(Secret.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")));
            assertEquals(Optional.empty(), feeds.disable("1785"));
        }
    }

    @Test
    @DisplayName("disabling closes the feed but keeps the key, so enabling again brings the same addresses back")
    void disableKeepsKey() throws Exception {
        try (Database database = open()) {
            FeedRepository feeds = new FeedRepository(database);
            Feed feed = feeds.enable("1784", NOW);
            // WHEN it is disabled
            Feed disabled = feeds.disable("1784").orElseThrow();
            // THEN the key no longer opens it, but is still the account's
            assertFalse(disabled.enabled());
            assertEquals(Optional.empty(), feeds.accountByKey(feed.key()));
            assertEquals(feed.key(), feeds.current("1784").orElseThrow().key());
            // WHEN it is enabled again THEN the same key works again
            assertEquals(feed.key(), feeds.enable("1784", NOW.plusSeconds(5)).key());
            assertEquals(Optional.of("1784"), feeds.accountByKey(feed.key()));
        }
    }

    @Test
    @DisplayName("a new key stops the old one at once, keeps the feed on or off, and survives a restart")
    void replaceKey() throws Exception {
        Secret oldKey;
        Secret newKey;
        try (Database database = open()) {
            FeedRepository feeds = new FeedRepository(database);
            oldKey = feeds.enable("1784", NOW).key();
            // WHEN the key is replaced
            newKey = feeds.replaceKey("1784", NOW.plusSeconds(10)).key();
            // THEN only the new one opens the feed
            assertNotEquals(oldKey, newKey);
            assertEquals(Optional.empty(), feeds.accountByKey(oldKey));
            assertEquals(Optional.of("1784"), feeds.accountByKey(newKey));
            // WHEN a disabled feed gets a new key THEN it stays disabled
            feeds.disable("1784");
            Feed replacedWhileOff = feeds.replaceKey("1784", NOW.plusSeconds(20));
            assertFalse(replacedWhileOff.enabled());
            assertEquals(Optional.empty(), feeds.accountByKey(replacedWhileOff.key()));
            newKey = feeds.enable("1784", NOW.plusSeconds(30)).key();
            assertEquals(replacedWhileOff.key(), newKey);
        }
        // WHEN the file is opened again THEN the same rule holds
        try (Database database = Database.open(folder.resolve("instarelay.db"))) {
            FeedRepository feeds = new FeedRepository(database);
            assertEquals(Optional.empty(), feeds.accountByKey(oldKey));
            assertEquals(Optional.of("1784"), feeds.accountByKey(newKey));
        }
    }

    @Test
    @DisplayName("keys differ between accounts and between replacements")
    void keysAreDistinct() throws Exception {
        try (Database database = open()) {
            FeedRepository feeds = new FeedRepository(database);
            Set<Secret> seen = new HashSet<>();
            seen.add(feeds.enable("1785", NOW).key());
            // WHEN one account's key is replaced many times
            seen.add(feeds.enable("1784", NOW).key());
            for (int i = 0; i < 50; i++) {
                seen.add(feeds.replaceKey("1784", NOW.plusSeconds(i)).key());
            }
            // THEN every key was new, and each account still has exactly its own current key
            assertEquals(52, seen.size());
            assertEquals(Optional.of("1785"), feeds.accountByKey(feeds.current("1785").orElseThrow().key()));
            assertEquals(Optional.of("1784"), feeds.accountByKey(feeds.current("1784").orElseThrow().key()));
        }
    }

    @Test
    @DisplayName("a feed's toString never shows its key")
    void keyRedacted() throws Exception {
        try (Database database = open()) {
            Feed feed = new FeedRepository(database).enable("1784", NOW);
            // THEN the key is nowhere in the text a log line would print
            assertFalse(feed.toString().contains(feed.key().reveal()));
            assertTrue(feed.toString().contains("[redacted]"));
        }
    }
}
