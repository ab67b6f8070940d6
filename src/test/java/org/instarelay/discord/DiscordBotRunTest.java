package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.instarelay.app.Core;
import org.instarelay.collect.Retry;
import org.instarelay.config.Settings;
import org.instarelay.fakediscord.FakeDiscord;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.TestSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code java -jar instarelay.jar run} prints and returns when it cannot start, against a
 * Discord on 127.0.0.1: one sentence naming the setting or the permission, no stack trace.
 */
class DiscordBotRunTest {
    @TempDir
    Path folder;

    private String run(FakeDiscord discord, String token, String channelId) throws Exception {
        try (FakeInstagram instagram = new FakeInstagram()) {
            Settings settings = TestSettings.builder(folder)
                    .discord(d -> d.on(discord).token(token).guild(FakeDiscordConfig.GUILD_ID).channel(channelId))
                    .instagram(instagram.settings()).parallelism(2).database("bot.db")
                    .build();
            Core.Options options = new Core.Options(Clock.systemUTC(), new Retry(1, Duration.ZERO, pause -> { }),
                    new OkHttpClient());
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> DiscordBot.run(settings, options, new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertEquals(DiscordBot.EXIT_FAILED, code);
            String printed = err.toString(StandardCharsets.UTF_8);
            assertFalse(printed.contains("\tat "), "no stack trace: " + printed);
            assertFalse(printed.contains(token), "the token is never printed");
            return printed;
        }
    }

    @Test
    @DisplayName("a token Discord refuses is named as discord.token, with where to get a new one")
    void badToken() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            String printed = run(discord, "not-the-right-token", FakeDiscordConfig.CHANNEL_ID);

            assertTrue(printed.contains("discord.token was refused by Discord"), printed);
            assertTrue(printed.contains("Reset Token"), printed);
        }
    }

    @Test
    @DisplayName("a channel id the bot cannot see is named as discord.channel-id, with how to fix it")
    void missingChannel() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            String printed = run(discord, discord.token(), "1399999999999999999");

            assertTrue(printed.contains("discord.channel-id"), printed);
            assertTrue(printed.contains("1399999999999999999"), printed);
            assertTrue(printed.contains("Copy Channel ID"), printed);
        }
    }

    @Test
    @DisplayName("a channel where the bot may not attach files names the permission and how to grant it")
    void missingPermission() throws Exception {
        // View, Send and Embed Links, but no Attach Files.
        try (FakeDiscord discord = FakeDiscordConfig.builder().everyonePermissions(19456).start()) {
            String printed = run(discord, discord.token(), FakeDiscordConfig.CHANNEL_ID);

            assertTrue(printed.contains("Attach Files"), printed);
            assertTrue(printed.contains("Permissions"), printed);
        }
    }

    @Test
    @DisplayName("the home server refusing /instagram (no applications.commands) stops the start with the invite to use")
    void homeServerRefusesTheCommand() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            // GIVEN the bot was invited to the home server without applications.commands
            discord.failNext("PUT", "applications/\\d+/guilds/" + FakeDiscordConfig.GUILD_ID + "/commands", 403,
                    "{\"message\":\"Missing Access\",\"code\":50001}", 1);

            // WHEN it starts
            String printed = run(discord, discord.token(), FakeDiscordConfig.CHANNEL_ID);

            // THEN it stops with the server, the missing scope and an invite link that asks for it
            assertTrue(printed.contains("Discord refused the /instagram command in Fake Server: the bot was invited "
                    + "without the applications.commands scope"), printed);
            assertTrue(printed.contains("Invite it again with https://discord.com/oauth2/authorize?"), printed);
            assertTrue(printed.contains("scope=applications.commands+bot"), printed);
        }
    }
}
