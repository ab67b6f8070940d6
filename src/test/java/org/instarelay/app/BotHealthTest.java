package org.instarelay.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /health} over the real parts (database probe, scheduler, accounts), read over a real socket. */
@DisplayName("Web face: /health from the real bot")
class BotHealthTest {
    private static final String USER = "42";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").withWebFace();
    private FakeInstagram instagram;
    private BotHarness bot;
    private final OkHttpClient monitor = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void parts() {
        instagram = fixture.instagram();
        bot = fixture.bot();
    }

    @AfterEach
    void closeMonitor() {
        monitor.connectionPool().evictAll();
    }

    private JsonNode health(int expected) throws Exception {
        try (Response response = monitor.newCall(new Request.Builder().url(bot.web("/health")).build()).execute()) {
            String body = response.body().string();
            assertEquals(expected, response.code(), body);
            return json.readTree(body);
        }
    }

    @Test
    @DisplayName("healthy at start, 503 after three intervals without a cycle, healthy again after one")
    void missedCycles() throws Exception {
        // GIVEN a console bot polling every 10 minutes that just started
        JsonNode fresh = health(200);
        assertTrue(fresh.path("database").path("writable").asBoolean());
        assertFalse(fresh.path("discord").path("used").asBoolean(), "the console uses no Discord: " + fresh);
        assertEquals(600, fresh.path("lastCycle").path("intervalSeconds").asLong());
        // WHEN 31 minutes pass without a cycle
        bot.clock.advance(Duration.ofMinutes(31));
        // THEN a monitor sees 503 and a person reads why
        JsonNode sick = health(503);
        assertTrue(sick.path("problems").toString().contains("No poll cycle"), sick.toString());
        // WHEN a cycle runs (the schedule's: `poll` in a server with no account runs none)
        bot.core().scheduler().pollNow();
        // THEN it is healthy again, with the cycle's time
        JsonNode back = health(200);
        assertEquals(bot.clock.instant().toString(), back.path("lastCycle").path("finishedAt").asText());
    }

    @Test
    @DisplayName("an account whose token died is listed for re-authorization, without making the bot unhealthy")
    void needingReauthorization() throws Exception {
        // GIVEN a connected account whose token Instagram then revoked
        assertFalse(bot.connectAccount(USER).failed());
        instagram.revokeTokensOf(USER);
        // WHEN a cycle meets the dead token
        bot.poll();
        // THEN health lists it and stays 200
        JsonNode health = health(200);
        assertEquals("mountaineers", health.path("accountsNeedingReauthorization").path(0).asText(), health.toString());
    }
}
