package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.Fault;
import org.instarelay.store.AccountState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a dead token is said once, stops polling, and reconnecting posts what was published meanwhile")
@Timeout(60)
class TokenDeathE2eTest {
    /** More than one page of Instagram media (25 a page). */
    private static final int MEANWHILE = 30;

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("token revoked: one notice with what to do, status says so, polling stops; reconnect posts the backlog once, oldest first")
    void tokenDiesThenReconnect() {
        // GIVEN one post went out normally
        String first = harness.publish("before");
        harness.pollNow();
        assertEquals(List.of(E2eHarness.permalink(first)), harness.postedLinks());

        // WHEN Instagram stops accepting the token (the owner changed their password) and cycles run
        harness.instagram.revokeTokensOf(E2eHarness.IG_USER);
        harness.pollNow();
        int requestsAfterDeath = harness.instagram.mediaRequests();
        harness.pollNow();
        harness.pollNow();

        // THEN the channel was told exactly once, with what to do
        List<JsonNode> notices = harness.notices();
        assertEquals(1, notices.size(), notices.toString());
        String notice = notices.get(0).path("content").asText();
        assertTrue(notice.contains("@" + E2eHarness.USERNAME + " must be connected again"), notice);
        assertTrue(notice.contains("/instagram authorize"), notice);
        // AND polling stopped: no more Instagram requests for the account
        assertEquals(requestsAfterDeath, harness.instagram.mediaRequests(), "not polled after the token died");
        assertEquals(AccountState.NEEDS_REAUTH, harness.account().state());
        // AND status says so
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains("needs authorizing again"), status);
        assertTrue(status.contains("/instagram authorize"), status);

        // WHEN the account publishes more than a page of posts meanwhile, and an admin reconnects it
        List<String> meanwhile = harness.publish(MEANWHILE, "meanwhile");
        String said = E2eHarness.words(harness.connect());

        // THEN the reply says posts published meanwhile will follow
        assertTrue(said.contains("Reconnected @" + E2eHarness.USERNAME), said);
        // AND without anyone polling, all of them go out once each, oldest first, after the first post
        harness.awaitPosts(1 + MEANWHILE);
        harness.pollNow();
        List<String> expected = new java.util.ArrayList<>(List.of(E2eHarness.permalink(first)));
        meanwhile.forEach(id -> expected.add(E2eHarness.permalink(id)));
        assertEquals(expected, harness.postedLinks());
        assertEquals(1 + MEANWHILE, harness.channelPosts().size() - 1, "one request per post, plus the one notice");
        // AND the notice was not repeated, and status is healthy again
        assertEquals(1, harness.notices().size());
        assertEquals(AccountState.ACTIVE, harness.account().state());
        String healthy = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertFalse(healthy.contains("needs authorizing again"), healthy);
        assertTrue(healthy.contains((1 + MEANWHILE) + " posted, 0 waiting"), healthy);
    }

    @Test
    @DisplayName("the notice could not be posted when the token died: a later cycle posts it, once")
    void noticeRetriedAfterADiscordFailure() {
        // GIVEN Discord fails the next message, and Instagram stops accepting the token
        harness.discord.failNext("POST", "channels/\\d+/messages", 500, Fault.INTERNAL_ERROR, 1);
        harness.instagram.revokeTokensOf(E2eHarness.IG_USER);

        // WHEN the cycle that finds the dead token cannot tell the channel
        harness.pollNow();
        assertEquals(List.of(), harness.notices(), "Discord failed it");
        int requestsAfterDeath = harness.instagram.mediaRequests();

        // AND later cycles run with Discord working again
        harness.pollNow();
        harness.pollNow();

        // THEN the channel is told exactly once, still without asking Instagram again
        List<JsonNode> notices = harness.notices();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).path("content").asText().contains("must be connected again"), notices.toString());
        assertTrue(notices.get(0).path("content").asText().contains("/instagram authorize"), notices.toString());
        assertEquals(requestsAfterDeath, harness.instagram.mediaRequests(), "polling stays stopped");
    }
}
