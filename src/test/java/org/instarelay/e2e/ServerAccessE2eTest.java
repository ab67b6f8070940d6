package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.instarelay.discord.ServerAccess;
import org.instarelay.fakediscord.DiscordPermissions;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.FakeGuild;
import org.instarelay.fakediscord.FakeMember;
import org.instarelay.fakediscord.FakeRole;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SentInteraction;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: only the allowed servers may use the bot (discord.servers)")
@Timeout(60)
class ServerAccessE2eTest {
    private static final String A = FakeDiscordConfig.GUILD_ID;
    private static final String B = FakeDiscordConfig.SERVER_B_ID;
    /** A server the bot is in, with an admin of its own, that is not in discord.servers. */
    private static final String C = "1200000000000000003";
    private static final String C_CHANNEL = "1300000000000000201";
    private static final String C_ADMIN_ROLE = "1400000000000000201";
    private static final FakeMember MALLORY = FakeMember.user("1500000000000000201", "mallory", C_ADMIN_ROLE);
    /** Servers the bot is added to while it runs: D is allowed, E is not. */
    private static final String D = "1200000000000000004";
    private static final String E = "1200000000000000005";
    private static final String REFUSAL = "This bot serves other servers only";

    // GIVEN home server A, server B allowed by discord.servers, server C not allowed (the bot is in
    // all three), D allowed and E not (the bot not in them yet), and an account connected in A
    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled().onServers(FakeDiscordConfig.builder()
                    .server(FakeDiscordConfig.serverB())
                    .server(FakeGuild.builder(C, "Stranger's server")
                            .textChannel(C_CHANNEL, "c-general")
                            .role(FakeRole.of(C_ADMIN_ROLE, "C Admins", DiscordPermissions.MANAGE_SERVER, 1))
                            .member(MALLORY))
                    .server(FakeGuild.builder(D, "Campus").textChannel("1300000000000000301", "d-general").withoutBot())
                    .server(FakeGuild.builder(E, "Elsewhere").textChannel("1300000000000000401", "e-general").withoutBot())
                    .build(),
            ServerAccess.listed(Set.of(B, D)));
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("/instagram is registered on A and B only: not on C, not globally")
    void registeredOnAllowedServersOnly() {
        // THEN each allowed server has it at once; the stranger's server and the global scope do not
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(A));
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(B));
        assertEquals(List.of(), harness.discord.registeredCommandNames(C));
        assertEquals(List.of(), harness.discord.registeredCommandNames(null));
    }

    @Test
    @DisplayName("at start-up an earlier global /instagram and one on a server no longer allowed are removed")
    void staleRegistrationsAreRemoved() {
        // GIVEN an earlier run registered globally and on C
        harness.discord.seedCommands(null, "instagram");
        harness.discord.seedCommands(C, "instagram");

        // WHEN the bot starts again
        harness.restart();

        // THEN only A and B offer it
        assertEquals(List.of(), harness.discord.registeredCommandNames(null));
        assertEquals(List.of(), harness.discord.registeredCommandNames(C));
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(A));
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(B));
    }

    @Test
    @DisplayName("every subcommand from C gets the one sentence, only for the asker, and nothing changes")
    void subcommandsFromAServerNotAllowedChangeNothing() {
        // GIVEN what A's account looks like, and what was sent so far
        Account before = harness.account();
        int posts = harness.channelPosts().size();
        int instagramRequests = harness.instagram.requestCount();

        // WHEN C's admin runs every subcommand, naming A's account where there is an option
        for (SlashCommand command : List.of(
                c("status"), c("latest").option("account", E2eHarness.USERNAME), c("authorize"),
                c("connect").option("code", "AQBx#_"), c("poll"), c("pause").option("account", E2eHarness.USERNAME),
                c("resume"), c("channel").channelOption("channel", C_CHANNEL).option("account", E2eHarness.USERNAME),
                c("disconnect").option("account", E2eHarness.USERNAME))) {
            SentInteraction sent = harness.slash(command);

            // THEN they get one ephemeral sentence naming the setting, and nothing else
            RecordedRequest ack = harness.callback(sent);
            assertEquals(4, ack.payload().path("type").asInt(), command + " is answered at once, not deferred");
            assertTrue(E2eHarness.ephemeral(ack), command + " is answered only to the asker");
            assertRefusal(harness.reply(sent), command.toString());
        }

        // AND A's account is as it was: still active, not paused, same channel, same token; nothing was
        // posted and Instagram was not asked anything
        Account after = harness.account();
        assertEquals(AccountState.ACTIVE, after.state());
        assertFalse(after.paused());
        assertEquals(before.channelId(), after.channelId());
        assertEquals(before.token().accessToken().reveal(), after.token().accessToken().reveal());
        assertEquals(posts, harness.channelPosts().size());
        assertEquals(instagramRequests, harness.instagram.requestCount());
        // AND the log names the server
        assertTrue(harness.logs.text().contains("Stranger's server (id " + C + ")"), harness.logs.text());
    }

    @Test
    @DisplayName("a button and a modal submit from C get the one sentence; the account stays connected")
    void buttonsAndModalsFromAServerNotAllowedChangeNothing() {
        // GIVEN what Instagram was asked so far
        int instagramRequests = harness.instagram.requestCount();

        // WHEN C's admin clicks a (forged) disconnect button for A's account, the paste-code button,
        // and submits the connect modal
        SentInteraction confirm = harness.discord.sendButtonClick("instagram:disconnect:" + E2eHarness.USERNAME,
                "1577000000000000000", MALLORY, C_CHANNEL);
        SentInteraction paste = harness.discord.sendButtonClick("instagram:paste-code", "1577000000000000001",
                MALLORY, C_CHANNEL);
        SentInteraction submit = harness.discord.sendModalSubmit("instagram:connect", E2eHarness.pastedCode("AQBx#_"),
                MALLORY, C_CHANNEL);

        // THEN each gets the sentence as a new ephemeral reply (no modal opens, nothing is edited)
        for (SentInteraction sent : List.of(confirm, paste, submit)) {
            RecordedRequest ack = harness.callback(sent);
            assertEquals(4, ack.payload().path("type").asInt(), "a reply, not a modal or an edit");
            assertTrue(E2eHarness.ephemeral(ack));
            assertRefusal(ack.payload().path("data"), "interaction " + sent.id());
        }
        // AND the account is still connected with its token, and Instagram was not asked to exchange a code
        assertEquals(AccountState.ACTIVE, harness.account().state());
        assertTrue(harness.account().token().accessToken() != null);
        assertEquals(instagramRequests, harness.instagram.requestCount());
    }

    @Test
    @DisplayName("autocomplete in C offers no choices, while A is offered its account")
    void autocompleteInAServerNotAllowedOffersNothing() {
        // WHEN C's admin and A's admin type "acm" into pause's account option
        SentInteraction inC = harness.discord.sendAutocomplete(c("pause").option("account", "acm"), "account");
        SentInteraction inA = harness.discord.sendAutocomplete(SlashCommand.of("instagram").subcommand("pause")
                .option("account", "acm").by(FakeDiscordConfig.ADMIN), "account");

        // THEN C gets an empty list, A its account
        RecordedRequest answerC = harness.callback(inC);
        assertEquals(8, answerC.payload().path("type").asInt());
        assertEquals(0, answerC.payload().path("data").path("choices").size(), answerC.payload().toString());
        RecordedRequest answerA = harness.callback(inA);
        assertEquals(E2eHarness.USERNAME, answerA.payload().path("data").path("choices").path(0).path("value").asText());
    }

    @Test
    @DisplayName("an allowed server is served: status in B is an answer, not the sentence")
    void anAllowedServerIsServed() {
        // WHEN B's admin asks for the status
        JsonNode reply = harness.reply(harness.slash(SlashCommand.of("instagram").subcommand("status")
                .in(FakeDiscordConfig.SERVER_B_CHANNEL_ID).by(FakeDiscordConfig.SERVER_B_ADMIN)));

        // THEN B is not refused
        assertFalse(E2eHarness.words(reply).contains(REFUSAL), E2eHarness.words(reply));
    }

    @Test
    @DisplayName("added while running: an allowed server gets /instagram at once, one not allowed does not")
    void serversJoinedWhileRunning() {
        // WHEN someone adds the bot to D (allowed) and to E (not allowed)
        harness.discord.addBotToServer(D);
        harness.discord.addBotToServer(E);

        // THEN D gets the command; E does not, and the log says why
        harness.discord.awaitRequest(RecordedRequest.to("PUT", "applications/\\d+/guilds/" + D + "/commands"),
                E2eHarness.WAIT);
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(D));
        E2eHarness.awaitCondition("a warning about E", () -> harness.logs.text().contains("Elsewhere (id " + E + ")"),
                () -> harness.logs.text());
        assertEquals(List.of(), harness.discord.registeredCommandNames(E));
        assertTrue(harness.discord.requests(RecordedRequest.to("PUT", "applications/\\d+/guilds/" + E + "/commands"))
                .isEmpty());
    }

    @Test
    @DisplayName("a server other than home refusing the command is a warning naming it; the bot runs on")
    void anotherServerRefusingRegistrationIsAWarning() {
        // GIVEN B was invited without applications.commands
        harness.discord.failNext("PUT", "applications/\\d+/guilds/" + B + "/commands", 403,
                "{\"message\":\"Missing Access\",\"code\":50001}", 1);

        // WHEN the bot starts again
        harness.restart();

        // THEN it runs, A has the command, and the log names B and the scope to invite it with
        assertTrue(harness.logs.text().contains("Discord refused the /instagram command in the server Server B (id "
                + B + "): the bot was invited there without the applications.commands scope"), harness.logs.text());
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(A));
        JsonNode status = harness.reply(harness.slash(SlashCommand.of("instagram").subcommand("status")
                .by(FakeDiscordConfig.ADMIN)));
        assertTrue(E2eHarness.words(status).contains("@" + E2eHarness.USERNAME), E2eHarness.words(status));
    }

    @Test
    @DisplayName("with * the command is global and the server copies are removed; back to a list, the reverse")
    void anyServerRegistersGlobally() {
        // WHEN the owner sets discord.servers=* and restarts
        harness.restart(ServerAccess.anyServer());

        // THEN /instagram is global, once: no server keeps a copy (it would show twice)
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(null));
        assertEquals(List.of(), harness.discord.registeredCommandNames(A));
        assertEquals(List.of(), harness.discord.registeredCommandNames(B));
        assertEquals(List.of(), harness.discord.registeredCommandNames(C));
        // AND C is served
        JsonNode status = harness.reply(harness.slash(c("status")));
        assertFalse(E2eHarness.words(status).contains(REFUSAL), E2eHarness.words(status));

        // WHEN the owner goes back to listing B and restarts
        harness.restart(ServerAccess.listed(Set.of(B)));

        // THEN the global one is gone and A and B have it again
        assertEquals(List.of(), harness.discord.registeredCommandNames(null));
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(A));
        assertEquals(List.of("instagram"), harness.discord.registeredCommandNames(B));
        assertEquals(List.of(), harness.discord.registeredCommandNames(C));
    }

    private static SlashCommand c(String subcommand) {
        return SlashCommand.of("instagram").subcommand(subcommand).in(C_CHANNEL).by(MALLORY);
    }

    /** The message says the one sentence, and has nothing else: no embed, no button. */
    private static void assertRefusal(JsonNode message, String what) {
        assertEquals("This bot serves other servers only; to use it here, its owner would add this server's id (" + C
                + ") to the discord.servers setting.", message.path("content").asText(), what);
        assertEquals(0, message.path("embeds").size(), what + ": " + message);
        assertEquals(0, message.path("components").size(), what + ": " + message);
    }
}
