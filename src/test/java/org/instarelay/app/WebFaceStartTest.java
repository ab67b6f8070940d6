package org.instarelay.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.commands.Arguments;
import org.instarelay.commands.Reply;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the web face starts with the core, as {@code run} and {@code console} start it, and what status says. */
@DisplayName("Web face: started from the settings, reported by status")
class WebFaceStartTest {
    @TempDir
    Path folder;
    private FakeInstagram instagram;
    private BotHarness bot;

    @BeforeEach
    void fakes() throws Exception {
        instagram = new FakeInstagram();
        instagram.addAccount("42", "mountaineers");
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        instagram.close();
    }

    @Test
    @DisplayName("http.port=0 listens on a free port, and status gives the address with the port taken")
    void running() throws Exception {
        // WHEN the bot starts with http.port=0
        bot = BotHarness.withWebFace(folder, instagram, 0);
        // THEN status names the address the web face answers at
        assertNull(bot.webFaceProblem);
        String line = bot.status().lines().filter(l -> l.startsWith("Web face: ")).findFirst().orElseThrow();
        assertTrue(line.matches("Web face: http://127\\.0\\.0\\.1:[1-9][0-9]*"), line);
        OkHttpClient client = new OkHttpClient();
        try (Response health = client.newCall(new Request.Builder().url(line.substring("Web face: ".length()) + "/health")
                .build()).execute()) {
            assertEquals(200, health.code());
        }
        client.connectionPool().evictAll();
    }

    @Test
    @DisplayName("with instagram.redirect-uri at the web face's callback, authorize says approving is enough")
    void approvingAlone() throws Exception {
        // GIVEN http.public-url is the address Instagram's redirect-uri points at (as behind a proxy)
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }
        bot = BotHarness.withWebFace(folder, instagram, port, java.net.URI.create("https://bot.example.org"));
        assertEquals("https://bot.example.org/instagram/callback", FakeInstagram.REDIRECT_URI);
        // WHEN the operator runs authorize
        org.instarelay.commands.AuthorizeReply reply = (org.instarelay.commands.AuthorizeReply) bot.authorize();
        // THEN it says the bot connects by itself, keeping the paste as the fallback
        assertTrue(reply.approvesAlone());
        assertTrue(reply.text().contains("The bot then connects the account by itself"), reply.text());
        assertTrue(reply.text().contains("paste its address with `connect`"), reply.text());
    }

    @Test
    @DisplayName("with the redirect-uri elsewhere, authorize keeps asking for the paste")
    void redirectElsewhere() throws Exception {
        bot = BotHarness.withWebFace(folder, instagram, 0);
        org.instarelay.commands.AuthorizeReply reply = (org.instarelay.commands.AuthorizeReply) bot.authorize();
        assertFalse(reply.approvesAlone());
        assertTrue(reply.text().contains("Then paste the address your browser lands on"), reply.text());
    }

    @Test
    @DisplayName("a port in use is one sentence naming http.port, logged; the bot runs on and status says so")
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             LogCapture logs = LogCapture.capture()) {
            // WHEN the bot starts on a port another program holds
            bot = BotHarness.withWebFace(folder, instagram, taken.getLocalPort());
            // THEN it says so in one sentence that names the setting, and logs it
            String problem = bot.webFaceProblem;
            assertTrue(problem.contains("127.0.0.1:" + taken.getLocalPort()) && problem.contains("http.port"), problem);
            assertFalse(problem.contains("Exception"), problem);
            assertTrue(logs.text().contains(problem), logs.text());
            // AND the bot runs on: commands work, status tells why there is no web face
            assertFalse(bot.authorize().failed());
            assertTrue(bot.status().contains("Web face: not running. " + problem), bot.status());
            // AND feed says why it cannot help
            Reply feed = bot.run("feed", Arguments.none());
            assertTrue(feed.failed() && feed.text().contains("http.port"), feed.text());
        }
    }

    @Test
    @DisplayName("http.port empty: no server, status and feed name the setting that turns it on")
    void off() throws Exception {
        bot = new BotHarness(folder, instagram, 0);
        assertTrue(bot.status().contains("Web face: off (set http.port to turn it on)."), bot.status());
        Reply feed = bot.run("feed", Arguments.none());
        assertTrue(feed.failed());
        assertTrue(feed.text().contains("The web face is off") && feed.text().contains("http.port"), feed.text());
    }
}
