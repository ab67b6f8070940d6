package org.instarelay.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.instarelay.collect.Retry;
import org.instarelay.commands.Arguments;
import org.instarelay.common.Requester;
import org.instarelay.common.Secret;
import org.instarelay.common.Surface;
import org.instarelay.config.DiscordSettings;
import org.instarelay.config.PollSettings;
import org.instarelay.config.Settings;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.Database;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.MutableClock;
import org.instarelay.testing.RecordingPublisher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The console acts as the home server")
class ConsoleHomeServerTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    @DisplayName("without discord.guild-id it is the server Discord found discord.channel-id in, so it sees that server's accounts")
    void homeIsTheServerOfTheConfiguredChannel() throws Exception {
        // GIVEN an earlier Discord run stored an account of server 100, posting in channel 555
        Path file = folder.resolve("instarelay.db");
        try (Database database = Database.open(file)) {
            new AccountRepository(database).saveConnected("1", "acme", null, "BUSINESS", Secret.of("t"),
                    NOW.plus(Duration.ofDays(50)), NOW, "alice");
            new SubscriptionRepository(database).hold("100", "1", "555", "alice", NOW);
        }

        // WHEN the console starts with discord.channel-id=555 and no discord.guild-id
        try (FakeInstagram instagram = new FakeInstagram();
             Core core = Core.create(new Settings(folder.resolve("bot.properties"),
                     new DiscordSettings(null, null, "555", null, null, null), instagram.settings(),
                     new PollSettings(Duration.ofMinutes(10), 0, 1), file), new RecordingPublisher(),
                     new Core.Options(new MutableClock(NOW), new Retry(1, Duration.ZERO, pause -> { }), Core.defaultHttp()))) {
            String status = core.commands().run("status", Requester.console(), Surface.CONSOLE, Arguments.none()).text();

            // THEN it lists that server's account
            assertTrue(status.contains("@acme: connected"), status);
        }
    }
}
