package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.instarelay.discord.ServerAccess;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: an allowed server sees and touches only its own accounts")
@Timeout(60)
class ServerIsolationE2eTest {
    private static final String B = FakeDiscordConfig.SERVER_B_ID;
    private static final String B_CHANNEL = FakeDiscordConfig.SERVER_B_CHANNEL_ID;
    private static final String B_OTHER = FakeDiscordConfig.SERVER_B_OTHER_CHANNEL_ID;
    private static final String ACME = E2eHarness.USERNAME;

    // GIVEN home server A with its account connected, and server B allowed but holding no account
    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled().onServers(
            FakeDiscordConfig.builder().server(FakeDiscordConfig.serverB()).build(), ServerAccess.listed(Set.of(B)));
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("B's admin sees none of A's accounts in any subcommand or autocomplete, and cannot act on them by name")
    void serverBSeesNothingOfA() {
        // GIVEN a post of A's account already went out in A
        harness.publish("A's own news");
        harness.pollNow();
        Account before = harness.account();

        // WHEN B's admin asks what there is
        String status = say(instagram("status"));
        String latest = say(instagram("latest"));
        String history = say(instagram("history"));
        String poll = say(instagram("poll"));

        // THEN B is told it has nothing, and never hears A's account's name
        for (String answer : List.of(status, latest, history, poll)) {
            assertFalse(answer.contains(ACME), answer);
        }
        assertTrue(status.contains("No account is connected yet"), status);
        assertTrue(latest.contains("No posts stored yet"), latest);
        assertTrue(history.contains("No posts stored yet"), history);
        assertTrue(poll.contains("No account is connected yet"), poll);

        // WHEN B's admin names A's account in every command that acts on one (a forced interaction)
        for (SlashCommand command : List.of(
                instagram("pause").option("account", ACME), instagram("resume").option("account", ACME),
                instagram("channel").channelOption("channel", B_OTHER).option("account", ACME),
                instagram("subscribe").channelOption("channel", B_OTHER).option("account", ACME),
                instagram("unsubscribe").channelOption("channel", B_CHANNEL).option("account", ACME),
                instagram("latest").option("account", ACME), instagram("history").option("account", ACME))) {
            String answer = say(command);

            // THEN it is answered as a name nobody connected
            assertTrue(answer.contains("No connected account is called " + ACME)
                    || answer.contains("No account is called " + ACME), command + ": " + answer);
        }
        // AND a forged disconnect button naming A's account does nothing either
        RecordedRequest click = harness.callback(harness.discord.sendButtonClick("instagram:disconnect:" + ACME,
                "1577000000000000001", FakeDiscordConfig.SERVER_B_ADMIN, B_CHANNEL));
        assertTrue(E2eHarness.words(click.payload()).contains("No connected account is called " + ACME),
                click.payload().toString());
        // AND autocomplete in B offers nothing while A is offered its account
        RecordedRequest inB = harness.callback(harness.discord.sendAutocomplete(instagram("pause")
                .option("account", "acm").in(B_CHANNEL).by(FakeDiscordConfig.SERVER_B_ADMIN), "account"));
        assertEquals(0, inB.payload().path("data").path("choices").size(), inB.payload().toString());
        RecordedRequest inA = harness.callback(harness.discord.sendAutocomplete(instagram("pause")
                .option("account", "acm").by(FakeDiscordConfig.ADMIN), "account"));
        assertEquals(ACME, inA.payload().path("data").path("choices").path(0).path("value").asText());

        // AND A's account is untouched: connected, same token, posting to A's channel only
        Account after = harness.account();
        assertEquals(AccountState.ACTIVE, after.state());
        assertEquals(before.token().accessToken().reveal(), after.token().accessToken().reveal());
        harness.publish("still A's");
        harness.pollNow();
        assertEquals(2, harness.posts(E2eHarness.CHANNEL).size());
        assertEquals(List.of(), harness.posts(B_CHANNEL));
        assertEquals(List.of(), harness.posts(B_OTHER));
        String inAStatus = harness.say(instagram("status"), E2eHarness.CHANNEL, FakeDiscordConfig.MEMBER);
        assertTrue(inAStatus.contains(ACME) && !inAStatus.contains("Paused"), inAStatus);
    }

    private String say(SlashCommand command) {
        return harness.say(command, B_CHANNEL, FakeDiscordConfig.SERVER_B_ADMIN);
    }

    private static SlashCommand instagram(String subcommand) {
        return SlashCommand.of("instagram").subcommand(subcommand);
    }
}
