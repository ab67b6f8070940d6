package org.instarelay.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.app.DiscordLink;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console with its web face on: the feed command typed, and a connect completed in the browser. */
@DisplayName("Console: feed, and connecting by approving alone")
class ConsoleWebFaceTest {
    private static final String USER = "42";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").withWebFace();
    private FakeInstagram instagram;
    private BotHarness bot;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() {
        instagram = fixture.instagram();
        bot = fixture.bot();
        // As Main's console does: this console hears of connects completed in the browser.
        bot.core().startWebFace(new ConsoleConnects(out), DiscordLink.NOT_USED);
    }

    private String type(String input) throws Exception {
        new ConsoleApp(bot.core().commands(), new BufferedReader(new StringReader(input)), out, false).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("authorize, approve in the browser: the console prints that it is connected, through the web face")
    void approveAlone() throws Exception {
        // GIVEN the operator typed authorize
        String link = type("authorize\n").lines().filter(line -> line.startsWith("http")).findFirst().orElseThrow();
        String state = HttpUrl.get(link).queryParameter("state");
        // WHEN they approve and the browser lands on the bot
        OkHttpClient browser = new OkHttpClient();
        try (Response page = browser.newCall(new Request.Builder().url(bot.web("/instagram/callback?code="
                + instagram.issueCode(USER) + "&state=" + state)).build()).execute()) {
            assertEquals(200, page.code());
        }
        browser.connectionPool().evictAll();
        // THEN the console says so, and status shows the account
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("Connected @mountaineers (through the web face). "), output);
        assertTrue(type("status\n").contains("@mountaineers: connected"));
    }

    @Test
    @DisplayName("feed [account] [on|off] [new-key]: typed words set the yes/no options, others are refused")
    void feedWords() throws Exception {
        assertFalse(bot.connectAccount(USER).failed());
        String output = type("help\nfeed mountaineers on\nfeed new-key\nfeed off\nfeed maybe so\n");
        assertTrue(output.contains("feed [account] [on|off] [new-key]"), output);
        assertTrue(output.contains("Website feed of @mountaineers (on)."), output);
        assertTrue(output.contains("with a new key: the old addresses no longer work"), output);
        assertTrue(output.contains("The website feed of @mountaineers is off"), output);
        assertTrue(output.contains("Unexpected \"so\". Type it as: feed [account] [on|off] [new-key]"), output);
        assertTrue(output.contains(bot.web("/feeds/")), output);
    }
}
