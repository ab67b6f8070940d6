package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default setup without {@code discord.guild-id}: the home server is the server of
 * {@code discord.channel-id}, and {@code /instagram} is registered there, not globally.
 */
@DisplayName("Without discord.guild-id the channel's server is the home server")
@Timeout(60)
class HomeServerRegistrationTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("/instagram goes on the channel's server, a global one from an earlier run is removed, server B gets none")
    void registersOnTheChannelsServer() throws Exception {
        // GIVEN two servers with the bot, an earlier global /instagram, and settings naming only a channel of A
        try (FakeDiscord discord = FakeDiscordConfig.builder().server(FakeDiscordConfig.serverB()).start();
             FakeInstagram instagram = new FakeInstagram()) {
            discord.seedCommands(null, "instagram");
            Settings settings = TestSettings.builder(folder)
                    .discord(d -> d.on(discord).channel(FakeDiscordConfig.CHANNEL_ID))
                    .instagram(instagram.settings()).pollEvery(Duration.ofHours(1)).parallelism(2).database("bot.db")
                    .build();
            Core.Options options = new Core.Options(Clock.systemUTC(), new Retry(1, Duration.ZERO, pause -> { }),
                    new OkHttpClient());

            // WHEN the bot starts with the defaults
            try (DiscordBot bot = DiscordBot.start(settings, options)) {
                // THEN the command is on A (at once), nowhere else, and the old global one is gone
                assertEquals(List.of("instagram"), discord.registeredCommandNames(FakeDiscordConfig.GUILD_ID));
                assertEquals(List.of(), discord.registeredCommandNames(FakeDiscordConfig.SERVER_B_ID));
                assertEquals(List.of(), discord.registeredCommandNames(null));
            }
        }
    }
}
