package org.instarelay.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.LogCapture;
import org.instarelay.testing.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code feed}: the real core with its web face, the addresses fetched over a real socket. */
@DisplayName("feed: an account's website feed, its addresses, on and off, a new key")
class FeedCommandTest {
    private static final String USER = "17841400000000042";
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/feeds/([A-Za-z0-9_-]{32,})(\\.json|\\.xml)?");

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").withWebFace();
    private BotHarness bot;
    private LogCapture logs;
    private final OkHttpClient client = new OkHttpClient();

    @BeforeEach
    void start() {
        logs = LogCapture.capture();
        fixture.instagram().publish(USER, Instant.parse("2026-11-20T10:00:00Z"), "summit at dawn");
        bot = fixture.bot();
        assertFalse(bot.connectAccount(USER).failed());
    }

    @AfterEach
    void stop() {
        logs.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private Reply feed(Boolean enabled, Boolean newKey) {
        Arguments arguments = Arguments.builder().bool(FeedCommand.ENABLED, enabled).bool(FeedCommand.NEW_KEY, newKey).build();
        return bot.run("feed", arguments);
    }

    /** The gallery, JSON and RSS addresses in a reply, in that order. */
    private static List<String> addresses(Reply reply) {
        Matcher found = ADDRESS.matcher(reply.text());
        List<String> all = new java.util.ArrayList<>();
        while (found.find()) {
            all.add(found.group());
        }
        return all;
    }

    private Response get(String address) throws IOException {
        return client.newCall(new Request.Builder().url(address).build()).execute();
    }

    private int status(String address) throws IOException {
        try (Response response = get(address)) {
            return response.code();
        }
    }

    @Test
    @DisplayName("turning it on gives three working addresses, in a personal reply that never prints the key")
    void turnOn() throws Exception {
        // WHEN an admin turns the feed on
        Reply reply = feed(true, null);
        // THEN the reply is personal and carries the gallery, JSON Feed and RSS addresses
        assertInstanceOf(FeedReply.class, reply);
        assertTrue(reply.personal());
        assertFalse(reply.failed());
        List<String> addresses = addresses(reply);
        assertEquals(3, addresses.size(), reply.text());
        String key = key(addresses.get(0));
        assertTrue(addresses.get(1).endsWith(key + ".json") && addresses.get(2).endsWith(key + ".xml"), addresses.toString());
        // AND each address answers what it promises
        try (Response json = get(addresses.get(1))) {
            assertEquals(200, json.code());
            assertTrue(json.header("Content-Type").startsWith("application/feed+json"));
            assertTrue(json.body().string().contains("summit at dawn"));
        }
        try (Response rss = get(addresses.get(2))) {
            assertEquals(200, rss.code());
            assertTrue(rss.body().string().contains("<rss"));
        }
        try (Response gallery = get(addresses.get(0))) {
            assertEquals(200, gallery.code());
            assertTrue(gallery.header("Content-Type").startsWith("text/html"));
        }
        // AND in the console (no one else sees a terminal) it does not claim to be visible only to the asker
        assertFalse(reply.text().contains("Only you see this"), reply.text());
        assertTrue(reply.text().contains("Anyone with an address can read the feed."), reply.text());
        // AND the key is nowhere but in the reply's text
        assertFalse(reply.toString().contains(key), reply.toString());
        assertFalse(logs.text().contains(key), "the key was logged");
    }

    @Test
    @DisplayName("new-key replaces the key: the old addresses answer 404, the new ones work")
    void newKey() throws Exception {
        // GIVEN a feed that is on
        List<String> old = addresses(feed(true, null));
        // WHEN its key is replaced
        Reply replaced = feed(null, true);
        List<String> fresh = addresses(replaced);
        // THEN the reply says so and gives other addresses
        assertTrue(replaced.text().contains("new key"), replaced.text());
        assertNotEquals(key(old.get(0)), key(fresh.get(0)));
        // AND the old ones are gone while the new ones answer
        for (int i = 0; i < 3; i++) {
            assertEquals(404, status(old.get(i)), old.get(i));
            assertEquals(200, status(fresh.get(i)), fresh.get(i));
        }
    }

    @Test
    @DisplayName("turning it off makes its addresses 404; on again brings back the same addresses")
    void offAndOnAgain() throws Exception {
        List<String> on = addresses(feed(true, null));
        Reply off = feed(false, null);
        assertTrue(off.text().contains("is off"), off.text());
        assertTrue(addresses(off).isEmpty(), "no addresses while off");
        assertEquals(404, status(on.get(1)));
        assertEquals(on, addresses(feed(true, null)));
        assertEquals(200, status(on.get(1)));
    }

    @Test
    @DisplayName("without options it shows the current addresses, or says how to turn the feed on")
    void show() {
        Reply none = feed(null, null);
        assertTrue(none.text().contains("has no website feed yet"), none.text());
        assertTrue(none.text().contains("`feed mountaineers on`"), none.text());
        List<String> on = addresses(feed(true, null));
        assertEquals(on, addresses(feed(null, null)));
    }

    @Test
    @DisplayName("admins only")
    void adminsOnly() {
        Reply refused = bot.core().commands().run("feed", new org.instarelay.common.Requester("7", "1", "2", false),
                org.instarelay.common.Surface.DISCORD, Arguments.none());
        assertTrue(refused.failed());
        assertTrue(refused.text().contains("Manage Server"), refused.text());
    }

    private static String key(String address) {
        Matcher matcher = ADDRESS.matcher(address);
        assertTrue(matcher.matches(), address);
        return matcher.group(1);
    }
}
