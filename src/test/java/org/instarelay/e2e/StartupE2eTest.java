package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.dv8tion.jda.api.JDA;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: the bot starts against Discord and registers /instagram")
@Timeout(60)
class StartupE2eTest {
    // GIVEN a fake Discord with one server and a fake Instagram; WHEN the real bot starts
    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("it logs in, connects to the gateway and is ready in the configured server")
    void connects() {
        // THEN it logged in over REST and identified on the gateway with the configured token
        RecordedRequest login = harness.discord.awaitRequest(RecordedRequest.to("GET", "users/@me"), E2eHarness.WAIT);
        assertEquals("Bot " + FakeDiscordConfig.DEFAULT_TOKEN, login.header("authorization").orElseThrow());
        JsonNode identify = harness.discord.awaitGatewayFrame(f -> f.path("op").asInt() == 2, E2eHarness.WAIT);
        assertEquals(FakeDiscordConfig.DEFAULT_TOKEN, identify.path("d").path("token").asText());
        // AND JDA is connected and sees the server and the posts' channel
        JDA jda = harness.bot().jda();
        assertEquals(JDA.Status.CONNECTED, jda.getStatus());
        assertEquals(FakeDiscordConfig.GUILD_ID, jda.getGuildById(FakeDiscordConfig.GUILD_ID).getId());
        assertEquals("instagram", jda.getTextChannelById(FakeDiscordConfig.CHANNEL_ID).getName());
    }

    @Test
    @DisplayName("/instagram is registered on the server with every subcommand, its options, and visible to everyone")
    void registersCommands() {
        // THEN exactly one command was registered, on the guild (instant), not globally
        harness.discord.awaitRequest(RecordedRequest.to("PUT", "applications/\\d+/guilds/\\d+/commands"), E2eHarness.WAIT);
        assertTrue(harness.discord.requests(RecordedRequest.to("PUT", "applications/\\d+/commands")).isEmpty(),
                "no global registration when discord.guild-id is set");
        JsonNode commands = harness.discord.registeredCommands(FakeDiscordConfig.GUILD_ID);
        assertEquals(1, commands.size(), commands.toString());
        JsonNode instagram = commands.get(0);
        assertEquals("instagram", instagram.path("name").asText());
        assertEquals(1, instagram.path("type").asInt(), "a slash command");

        // AND nobody is hidden from it: status and latest are for everyone, admin rights are checked in code
        assertTrue(instagram.path("default_member_permissions").isNull()
                        || instagram.path("default_member_permissions").isMissingNode(),
                "default_member_permissions must not restrict /instagram: " + instagram.path("default_member_permissions"));
        // AND it is offered in servers only
        assertEquals(1, instagram.path("contexts").size(), instagram.path("contexts").toString());
        assertEquals("0", instagram.path("contexts").path(0).asText(), "context 0 = GUILD");

        // AND the subcommands are all there
        Set<String> names = new TreeSet<>();
        instagram.path("options").forEach(o -> {
            assertEquals(1, o.path("type").asInt(), o.path("name").asText() + " is a subcommand");
            names.add(o.path("name").asText());
        });
        assertEquals(new TreeSet<>(List.of("authorize", "connect", "status", "poll", "latest", "channel", "pause",
                "resume", "disconnect", "subscribe", "unsubscribe", "history", "feed")), names);

        // AND their options are typed as the bot reads them
        JsonNode code = option(subcommand(instagram, "connect"), "code");
        assertEquals(3, code.path("type").asInt(), "string");
        assertEquals(5, option(subcommand(instagram, "feed"), "enabled").path("type").asInt(), "boolean");
        assertTrue(code.path("required").asBoolean(), "connect needs the code");
        JsonNode count = option(subcommand(instagram, "latest"), "count");
        assertEquals(4, count.path("type").asInt(), "integer");
        assertEquals(1, count.path("min_value").asInt());
        assertTrue(count.path("max_value").asInt() >= 1);
        JsonNode channel = option(subcommand(instagram, "channel"), "channel");
        assertEquals(7, channel.path("type").asInt(), "channel");
        assertTrue(channel.path("required").asBoolean());
        for (String withAccount : List.of("latest", "channel", "pause", "resume", "disconnect")) {
            JsonNode account = option(subcommand(instagram, withAccount), "account");
            assertTrue(account.path("autocomplete").asBoolean(), withAccount + " completes account names");
            assertTrue(!account.path("required").asBoolean(), withAccount + "'s account is optional");
        }
        for (String bare : List.of("authorize", "status", "poll")) {
            assertEquals(0, subcommand(instagram, bare).path("options").size(), bare + " takes no option");
        }
    }

    private static JsonNode subcommand(JsonNode command, String name) {
        for (JsonNode option : command.path("options")) {
            if (option.path("name").asText().equals(name)) {
                return option;
            }
        }
        throw new AssertionError("no subcommand " + name + " in " + command);
    }

    private static JsonNode option(JsonNode subcommand, String name) {
        List<String> seen = new ArrayList<>();
        for (JsonNode option : subcommand.path("options")) {
            if (option.path("name").asText().equals(name)) {
                return option;
            }
            seen.add(option.path("name").asText());
        }
        throw new AssertionError("no option " + name + " in " + subcommand.path("name").asText() + ", only " + seen);
    }
}
