package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a dead token is also told, in a direct message, to the person who connected the account")
@Timeout(60)
class TokenDeathDirectMessageE2eTest {
    private static final String ALICE = FakeDiscordConfig.ADMIN.id();
    private static final String REFUSAL_LOGGED = "Could not send Discord user ";

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("token revoked: the channel notice and one direct message to the admin who connected it, naming the server; not again later, nor after a restart")
    void channelNoticeAndDirectMessageOnce() {
        // GIVEN Alice (an admin) connected the account; WHEN Instagram stops accepting its token and cycles run
        harness.instagram.revokeTokensOf(E2eHarness.IG_USER);
        harness.pollNow();
        harness.pollNow();
        harness.pollNow();

        // THEN the channel was told once
        assertEquals(1, harness.notices().size(), harness.notices().toString());
        // AND Alice got one direct message: which account, in which server, and what to do
        List<JsonNode> direct = harness.discord.directMessagesTo(ALICE);
        assertEquals(1, direct.size(), direct.toString());
        String words = direct.get(0).path("content").asText();
        assertTrue(words.contains("\"" + FakeDiscordConfig.defaults().guildName() + "\""), words);
        assertTrue(words.contains("@" + E2eHarness.USERNAME + " must be connected again"), words);
        assertTrue(words.contains("/instagram authorize"), words);
        assertTrue(words.contains("you connected @" + E2eHarness.USERNAME), words);
        // AND it pings nobody, and nobody else got one
        assertEquals(0, direct.get(0).path("mentions").size(), direct.get(0).toString());
        assertEquals(List.of(), harness.discord.directMessagesTo(FakeDiscordConfig.MEMBER.id()));

        // WHEN the bot restarts and cycles run while the token stays dead
        harness.restart();
        harness.pollNow();
        harness.pollNow();

        // THEN neither the notice nor the direct message is repeated
        assertEquals(1, harness.notices().size());
        assertEquals(1, harness.discord.directMessagesTo(ALICE).size());
    }

    @Test
    @DisplayName("the admin has direct messages closed: the channel notice still goes out; the refusal is logged once and never retried")
    void directMessagesClosed() {
        // GIVEN Alice turned off direct messages from server members
        harness.discord.closeDirectMessages(ALICE, true);

        // WHEN the token dies and three cycles run
        harness.instagram.revokeTokensOf(E2eHarness.IG_USER);
        harness.pollNow();
        harness.pollNow();
        harness.pollNow();

        // THEN the channel was told once, and Alice got nothing
        assertEquals(1, harness.notices().size(), harness.notices().toString());
        assertEquals(List.of(), harness.discord.directMessagesTo(ALICE));
        // AND Discord was asked once, and refused with 50007
        List<RecordedRequest> sends = directSends();
        assertEquals(1, sends.size(), sends.toString());
        assertEquals(400, sends.get(0).status());
        assertTrue(sends.get(0).responseBody().contains("50007"), sends.get(0).responseBody());
        // AND the log says so once, naming who and which account
        assertEquals(1, harness.logs.count(REFUSAL_LOGGED + ALICE + " a direct message about @"
                + E2eHarness.USERNAME), harness.logs.text());
    }

    @Test
    @DisplayName("the person who connected it is no Discord user any more (10013): the channel notice goes out, the failure is logged once")
    void unknownUser() {
        // GIVEN the server's record names someone Discord does not know (their account was deleted)
        String gone = "1599999999999999999";
        harness.probe(store -> {
            store.subscriptions().hold(FakeDiscordConfig.GUILD_ID, E2eHarness.IG_USER, E2eHarness.CHANNEL, gone,
                    java.time.Instant.now());
            return null;
        });

        // WHEN the token dies and two cycles run
        harness.instagram.revokeTokensOf(E2eHarness.IG_USER);
        harness.pollNow();
        harness.pollNow();

        // THEN the channel was told, Discord answered Unknown User once, and the log says so once
        assertEquals(1, harness.notices().size(), harness.notices().toString());
        List<RecordedRequest> opened = harness.discord.requests(RecordedRequest.to("POST", "users/@me/channels"));
        assertEquals(1, opened.size(), opened.toString());
        assertEquals(404, opened.get(0).status());
        assertEquals(1, harness.logs.count(REFUSAL_LOGGED + gone), harness.logs.text());
        assertTrue(harness.logs.text().contains("Discord knows no such user"), harness.logs.text());
    }

    /** The bot's messages to Alice's DM channel, refused ones included. */
    private List<RecordedRequest> directSends() {
        String channel = harness.discord.directChannelOf(ALICE).orElseThrow(() -> new AssertionError("no DM opened"));
        return harness.discord.requests(RecordedRequest.to("POST", "channels/" + channel + "/messages"));
    }
}
