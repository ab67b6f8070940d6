package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SentInteraction;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Discord bot with its web face on: connecting by approving alone, the website feed's
 * addresses from {@code /instagram feed}, and {@code /health} reporting the gateway.
 */
@DisplayName("E2E: the web face beside the Discord bot")
@Timeout(60)
class WebFaceE2eTest {
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/feeds/[A-Za-z0-9_-]{32,}(\\.json|\\.xml)?");
    /** The bot's clock; moved by hand to age an interaction hook past its 15 minutes. */
    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static final OkHttpClient BROWSER = new OkHttpClient.Builder().followRedirects(false).build();

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().withWebFace().clock(CLOCK);
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @AfterAll
    static void closeBrowser() {
        BROWSER.dispatcher().executorService().shutdown();
        BROWSER.connectionPool().evictAll();
    }

    /** An admin's authorize, and the address the browser lands on at the bot after approving. */
    private record Authorized(SentInteraction interaction, String callback) {}

    private Authorized authorize() {
        SentInteraction asked = harness.slash(SlashCommand.of("instagram").subcommand("authorize").by(FakeDiscordConfig.ADMIN));
        String redirected = harness.approve(E2eHarness.authorizeLink(harness.reply(asked)));
        return new Authorized(asked, redirected.replace(FakeInstagram.REDIRECT_URI, harness.web("/instagram/callback")));
    }

    private static String open(String address) throws IOException {
        try (Response response = BROWSER.newCall(new Request.Builder().url(address).build()).execute()) {
            assertEquals(200, response.code(), address);
            return response.body().string();
        }
    }

    private static int status(String address) throws IOException {
        try (Response response = BROWSER.newCall(new Request.Builder().url(address).build()).execute()) {
            return response.code();
        }
    }

    @Test
    @DisplayName("approving alone connects, the page names the channel, and the authorize reply is edited to say so")
    void approveAlone() throws Exception {
        // GIVEN an admin ran /instagram authorize and approved on Instagram
        Authorized authorized = authorize();
        int editsBefore = harness.discord.requests(RecordedRequest.to("PATCH", "webhooks/.*")).size();
        int mediaBefore = harness.instagram.mediaRequests();
        // WHEN the browser lands on the bot's callback
        String page = open(authorized.callback());
        // THEN the page says where posts go
        assertTrue(page.contains("Connected @" + E2eHarness.USERNAME + ". New posts go to #instagram."), page);
        // AND the person's ephemeral authorize reply now says it is connected, its buttons gone
        E2eHarness.awaitCondition("the authorize reply edited", () -> harness.discord
                .requests(RecordedRequest.to("PATCH", "webhooks/.*")).size() > editsBefore);
        JsonNode reply = harness.discord.originalResponse(authorized.interaction()).orElseThrow();
        String said = E2eHarness.words(reply);
        assertTrue(said.contains("Connected @" + E2eHarness.USERNAME + " (through the web face)."), said);
        assertTrue(said.contains("<#" + E2eHarness.CHANNEL + ">"), said);
        assertFalse(said.contains("Open Instagram"), "the link button is gone: " + reply);
        assertTrue(reply.path("components").isEmpty(), reply.toString());
        // AND nothing went to the channel itself
        assertTrue(harness.notices().isEmpty(), harness.notices().toString());
        assertEquals(E2eHarness.IG_USER, harness.account().igUserId());
        // AND, as after a pasted connect, a cycle follows at once: the baseline read, then the cycle's
        E2eHarness.awaitCondition("the cycle after connecting", () -> harness.instagram.mediaRequests() >= mediaBefore + 2,
                () -> harness.instagram.mediaRequests() - mediaBefore + " media requests");
    }

    @Test
    @DisplayName("after the reply's 15 minutes, one line goes to the channel where authorize was run instead")
    void lateApprovalToChannel() throws Exception {
        // GIVEN an admin's authorize reply older than its interaction hook
        Authorized authorized = authorize();
        CLOCK.advance(Duration.ofMinutes(16));
        // WHEN they approve now
        open(authorized.callback());
        // THEN the channel gets one line, and the old reply is left as it was
        E2eHarness.awaitCondition("a line in the channel", () -> !harness.notices().isEmpty());
        String line = E2eHarness.words(harness.notices().get(0));
        assertTrue(line.contains("Connected @" + E2eHarness.USERNAME + " (through the web face)."), line);
        assertEquals(1, harness.notices().size());
        assertTrue(E2eHarness.words(harness.discord.originalResponse(authorized.interaction()).orElseThrow())
                .contains("Open Instagram"));
    }

    @Test
    @DisplayName("/instagram feed gives working addresses only the admin sees; new-key makes the old ones 404")
    void feedAddresses() throws Exception {
        // GIVEN a connected account
        harness.connectAndSettle();
        harness.publish("harbour at noon");
        harness.pollNow();
        // WHEN an admin turns its feed on
        SentInteraction asked = harness.slash(SlashCommand.of("instagram").subcommand("feed")
                .option("enabled", true).by(FakeDiscordConfig.ADMIN));
        // THEN only they see the answer, with three addresses that work
        assertTrue(E2eHarness.ephemeral(harness.callback(asked)));
        List<String> old = addresses(E2eHarness.words(harness.reply(asked)));
        assertEquals(3, old.size(), old.toString());
        assertTrue(open(old.get(1)).contains("harbour at noon"));
        assertTrue(open(old.get(2)).contains("<rss"));
        assertTrue(open(old.get(0)).contains("<html"));
        // WHEN the key is replaced
        SentInteraction replaced = harness.slash(SlashCommand.of("instagram").subcommand("feed")
                .option("new-key", true).by(FakeDiscordConfig.ADMIN));
        List<String> fresh = addresses(E2eHarness.words(harness.reply(replaced)));
        // THEN the old addresses answer 404 and the new ones work
        assertNotEquals(old, fresh);
        for (int i = 0; i < 3; i++) {
            assertEquals(404, status(old.get(i)), old.get(i));
            assertEquals(200, status(fresh.get(i)), fresh.get(i));
        }
        // AND no key reached the log
        String key = HttpUrl.get(fresh.get(0)).pathSegments().get(1);
        assertFalse(harness.logs.text().contains(key), "a feed key was logged");
    }

    @Test
    @DisplayName("/health reports the Discord gateway and follows a reconnect; status gives the web face's address")
    void healthAndStatus() throws Exception {
        JsonNode health = new ObjectMapper().readTree(open(harness.web("/health")));
        assertTrue(health.path("discord").path("used").asBoolean(), health.toString());
        assertTrue(health.path("discord").path("connected").asBoolean(), health.toString());
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.ADMIN));
        assertTrue(status.contains("Web face: " + harness.web("")), status);
        // WHEN the gateway drops a minute later and JDA reconnects
        String since = health.path("discord").path("connectedSince").asText();
        CLOCK.advance(Duration.ofMinutes(1));
        harness.discord.dropGatewaySession();
        // THEN health follows: connected again, since the reconnect
        E2eHarness.awaitCondition("health to see the reconnect", () -> {
            try {
                JsonNode now = new ObjectMapper().readTree(open(harness.web("/health")));
                return now.path("discord").path("connected").asBoolean()
                        && !now.path("discord").path("connectedSince").asText().equals(since);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static List<String> addresses(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
