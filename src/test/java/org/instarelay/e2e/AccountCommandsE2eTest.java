package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SentInteraction;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.store.AccountState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: status, latest, pause/resume and disconnect")
@Timeout(60)
class AccountCommandsE2eTest {
    private static final String DISCONNECT_BUTTON = "instagram:disconnect:" + E2eHarness.USERNAME;
    private static final String CANCEL_BUTTON = "instagram:cancel";

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("status: anyone may ask; only they see the account, its token, its channel and its numbers")
    void status() {
        // GIVEN two posts went out
        harness.publish(2, "seen");
        harness.pollNow();

        // WHEN a member without rights runs /instagram status
        SentInteraction asked = harness.slash(SlashCommand.of("instagram").subcommand("status").by(FakeDiscordConfig.MEMBER));

        // THEN only they see it, and it says what the bot knows
        assertTrue(E2eHarness.ephemeral(harness.callback(asked)));
        String said = E2eHarness.words(harness.reply(asked));
        assertTrue(said.contains("@" + E2eHarness.USERNAME + " · connected"), said);
        assertTrue(said.contains("Token expires"), said);
        assertTrue(said.contains("<#" + E2eHarness.CHANNEL + ">"), said);
        assertTrue(said.contains("2 posts stored, 2 posted, 0 waiting"), said);
        assertTrue(said.contains("Last poll"), said);
    }

    @Test
    @DisplayName("latest: anyone may ask, everyone sees the newest stored posts")
    void latest() {
        // GIVEN three posts were collected
        harness.publish(3, "caption");
        harness.pollNow();

        // WHEN a member asks for the latest two
        SentInteraction asked = harness.slash(SlashCommand.of("instagram").subcommand("latest").option("count", 2)
                .by(FakeDiscordConfig.MEMBER));

        // THEN the answer is public and shows the two newest, newest first
        assertFalse(E2eHarness.ephemeral(harness.callback(asked)), "posts are for everyone to see");
        String said = E2eHarness.words(harness.reply(asked));
        assertTrue(said.contains("caption 3"), said);
        assertTrue(said.contains("caption 2"), said);
        assertFalse(said.contains("caption 1"), said);
        assertTrue(said.indexOf("caption 3") < said.indexOf("caption 2"), said);
    }

    @Test
    @DisplayName("pause keeps collecting but posts nothing; resume posts what arrived meanwhile, in order")
    void pauseAndResume() {
        // WHEN an admin pauses the account
        SentInteraction pause = harness.slash(SlashCommand.of("instagram").subcommand("pause").by(FakeDiscordConfig.ADMIN));
        assertTrue(E2eHarness.ephemeral(harness.callback(pause)));
        assertTrue(E2eHarness.words(harness.reply(pause)).contains("Paused @" + E2eHarness.USERNAME));

        // AND two posts are published and a cycle runs
        List<String> ids = harness.publish(2, "paused");
        harness.pollNow();

        // THEN nothing was posted, and status says it is paused with two posts waiting
        assertEquals(List.of(), harness.postedLinks());
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains("Paused"), status);
        assertTrue(status.contains("2 waiting"), status);

        // WHEN an admin resumes it and a cycle runs
        assertTrue(E2eHarness.words(harness.run("resume", FakeDiscordConfig.ADMIN)).contains("Resumed"));
        harness.pollNow();

        // THEN both posts went out, oldest first
        assertEquals(ids.stream().map(E2eHarness::permalink).toList(), harness.postedLinks());
    }

    @Test
    @DisplayName("pause by a member without rights is refused and changes nothing")
    void pauseByMember() {
        // WHEN a member tries to pause
        SentInteraction pause = harness.slash(SlashCommand.of("instagram").subcommand("pause").by(FakeDiscordConfig.MEMBER));

        // THEN they are refused, ephemerally, and posts keep coming
        assertTrue(E2eHarness.ephemeral(harness.callback(pause)));
        assertTrue(E2eHarness.words(harness.reply(pause)).contains("Manage Server"));
        assertFalse(harness.account().paused());
    }

    @Test
    @DisplayName("the account option completes connected usernames")
    void autocomplete() {
        // WHEN an admin types "acm" into pause's account option
        SentInteraction typing = harness.discord.sendAutocomplete(SlashCommand.of("instagram").subcommand("pause")
                .option("account", "acm").by(FakeDiscordConfig.ADMIN), "account");

        // THEN the bot offers the account
        RecordedRequest answer = harness.callback(typing);
        assertEquals(8, answer.payload().path("type").asInt());
        assertEquals(E2eHarness.USERNAME, answer.payload().path("data").path("choices").path(0).path("value").asText());
    }

    @Test
    @DisplayName("disconnect asks first; Cancel changes nothing; the confirm button forgets the token and stops polling")
    void disconnect() {
        // WHEN an admin runs /instagram disconnect
        SentInteraction asked = harness.slash(SlashCommand.of("instagram").subcommand("disconnect").by(FakeDiscordConfig.ADMIN));

        // THEN only they see a question with a confirm and a cancel button, and nothing changed yet
        assertTrue(E2eHarness.ephemeral(harness.callback(asked)));
        JsonNode question = harness.reply(asked);
        assertTrue(question.toString().contains(DISCONNECT_BUTTON), question.toString());
        assertTrue(question.toString().contains(CANCEL_BUTTON), question.toString());
        assertEquals(AccountState.ACTIVE, harness.account().state());

        // WHEN they press Cancel
        SentInteraction cancel = harness.discord.sendButtonClick(CANCEL_BUTTON, question.path("id").asText());

        // THEN the question is replaced by "nothing changed" and the account stays
        RecordedRequest cancelled = harness.callback(cancel);
        assertEquals(7, cancelled.payload().path("type").asInt(), "the question is edited in place");
        assertTrue(E2eHarness.words(cancelled.payload()).contains("Nothing was changed"));
        assertEquals(AccountState.ACTIVE, harness.account().state());

        // WHEN they run it again and press the confirm button
        JsonNode again = harness.reply(harness.slash(SlashCommand.of("instagram").subcommand("disconnect")
                .by(FakeDiscordConfig.ADMIN)));
        SentInteraction confirm = harness.discord.sendButtonClick(DISCONNECT_BUTTON, again.path("id").asText());

        // THEN the question is replaced by the outcome, its buttons gone
        RecordedRequest done = harness.callback(confirm);
        assertEquals(7, done.payload().path("type").asInt());
        String said = E2eHarness.words(done.payload().path("data"));
        assertTrue(said.contains("Disconnected @" + E2eHarness.USERNAME), said);
        assertEquals(0, done.payload().path("data").path("components").size(), "buttons removed");
        // AND the token is forgotten, polling stops, and status says so
        assertEquals(AccountState.DISCONNECTED, harness.account().state());
        assertNull(harness.account().token().accessToken());
        int requests = harness.instagram.mediaRequests();
        harness.publish("after disconnect");
        harness.pollNow();
        assertEquals(requests, harness.instagram.mediaRequests(), "not polled any more");
        assertEquals(List.of(), harness.postedLinks());
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains("disconnected"), status);
    }
}
