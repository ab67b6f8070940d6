package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.load;
import static org.instarelay.config.ConfigFixture.required;
import static org.instarelay.config.ConfigFixture.write;
import static org.instarelay.config.ConfigFixture.writeLines;
import static org.instarelay.testing.DiscordSettingsBuilder.discord;
import static org.instarelay.testing.InstagramSettingsBuilder.app;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import org.instarelay.common.Secret;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ConfigLoader: values and defaults")
class ConfigLoaderDefaultsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("GIVEN only the required keys WHEN loaded THEN every other setting has its documented default")
    void defaults() throws Exception {
        // GIVEN only the required keys
        Path file = write(dir, required());

        // WHEN loaded
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN every other setting has its documented default
        Settings settings = loaded.settings();
        assertEquals(file.toAbsolutePath(), settings.source());
        assertEquals(discord().token(ConfigFixture.TOKEN).channel(ConfigFixture.CHANNEL_ID)
                .servers(DiscordServers.HOME_ONLY).build(), settings.discord());
        assertEquals(app(ConfigFixture.CLIENT_ID, ConfigFixture.CLIENT_SECRET, ConfigFixture.REDIRECT_URI)
                .scopes("instagram_business_basic")
                .authorizeUrl(HttpUrl.get("https://www.instagram.com/oauth/authorize"))
                .tokenUrl(HttpUrl.get("https://api.instagram.com/oauth/access_token"))
                .graphUrl(HttpUrl.get("https://graph.instagram.com"))
                .apiVersion("v25.0").build(), settings.instagram());
        assertEquals(new PollSettings(Duration.ofMinutes(10), 0, 16), settings.poll());
        assertEquals(Path.of("instarelay.db").toAbsolutePath(), settings.databasePath());
        assertEquals(new PicturesSettings(Path.of("pictures").toAbsolutePath(), 1024L * 1024 * 1024),
                settings.pictures());
        assertEquals(new HttpSettings(8080, "127.0.0.1", URI.create("http://127.0.0.1:8080")), settings.http());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    @DisplayName("GIVEN every key set to a valid non-default value WHEN loaded THEN each one is used")
    void everyKeyIsRead() throws Exception {
        // GIVEN every key set to a valid non-default value
        Path database = dir.resolve("data").resolve("relay.db");
        Path file = writeLines(dir,
                "discord.token=" + ConfigFixture.TOKEN,
                "discord.guild-id=223456789012345678",
                "discord.servers=523456789012345678, 623456789012345678",
                "discord.channel-id=323456789012345678",
                "discord.admin-role=42345678901234567",
                "discord.rest-url=http://127.0.0.1:8080/api/v10",
                "discord.gateway-url=ws://127.0.0.1:8081/",
                "instagram.client-id=987654321",
                "instagram.client-secret=" + ConfigFixture.CLIENT_SECRET,
                "instagram.redirect-uri=http://localhost:8080/callback/",
                "instagram.scopes=instagram_business_basic, instagram_business_content_publish",
                "instagram.authorize-url=http://127.0.0.1:9000/oauth/authorize",
                "instagram.token-url=http://127.0.0.1:9000/oauth/access_token",
                "instagram.graph-url=http://127.0.0.1:9001/",
                "instagram.api-version=v26.0",
                "poll.interval=2h30m",
                "poll.backfill=5",
                "poll.parallelism=64",
                "database.path=" + database,
                "pictures.path=" + dir.resolve("kept"),
                "pictures.max-size=1.5GB",
                "http.port=8090",
                "http.bind=0.0.0.0",
                "http.public-url=https://bot.example.org/relay/");

        // WHEN loaded
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN each one is used
        Settings settings = loaded.settings();
        assertEquals(discord().token(ConfigFixture.TOKEN).guild("223456789012345678")
                .channel("323456789012345678").adminRole("42345678901234567")
                .rest("http://127.0.0.1:8080/api/v10/").gateway("ws://127.0.0.1:8081/")
                .servers(new DiscordServers(false, Set.of("523456789012345678", "623456789012345678")))
                .build(), settings.discord());
        assertEquals(app("987654321", ConfigFixture.CLIENT_SECRET, "http://localhost:8080/callback/")
                .scopes("instagram_business_basic", "instagram_business_content_publish")
                .authorizeUrl(HttpUrl.get("http://127.0.0.1:9000/oauth/authorize"))
                .tokenUrl(HttpUrl.get("http://127.0.0.1:9000/oauth/access_token"))
                .graphUrl(HttpUrl.get("http://127.0.0.1:9001/"))
                .apiVersion("v26.0").build(), settings.instagram());
        assertEquals(new PollSettings(Duration.ofMinutes(150), 5, 64), settings.poll());
        assertEquals(database, settings.databasePath());
        assertEquals(new PicturesSettings(dir.resolve("kept"), 1536L * 1024 * 1024), settings.pictures());
        assertEquals(new HttpSettings(8090, "0.0.0.0", URI.create("https://bot.example.org/relay")), settings.http());
        assertEquals(List.of(), loaded.warnings(), "loopback http must not be warned about");
    }

    @Test
    @DisplayName("GIVEN values with spaces around them and empty values WHEN loaded THEN values are trimmed and empty means unset")
    void trimsAndTreatsEmptyAsUnset() throws Exception {
        // GIVEN values with spaces around them and empty values
        Path file = writeLines(dir,
                "discord.token=   " + ConfigFixture.TOKEN + "   ",
                "discord.channel-id = " + ConfigFixture.CHANNEL_ID + "\t",
                "discord.guild-id=",
                "discord.rest-url=   ",
                "instagram.client-id=" + ConfigFixture.CLIENT_ID,
                "instagram.client-secret=" + ConfigFixture.CLIENT_SECRET,
                "instagram.redirect-uri=" + ConfigFixture.REDIRECT_URI + "  ",
                "instagram.scopes=",
                "poll.interval=  ",
                "poll.backfill=",
                "database.path=");

        // WHEN loaded
        Settings settings = load(file, Mode.RUN).settings();

        // THEN values are trimmed and empty means unset
        assertEquals(Secret.of(ConfigFixture.TOKEN), settings.discord().token());
        assertEquals(ConfigFixture.CHANNEL_ID, settings.discord().channelId());
        assertNull(settings.discord().guildId());
        assertNull(settings.discord().restUrl());
        assertEquals(ConfigFixture.REDIRECT_URI, settings.instagram().redirectUri());
        assertEquals(List.of("instagram_business_basic"), settings.instagram().scopes());
        assertEquals(new PollSettings(Duration.ofMinutes(10), 0, 16), settings.poll());
        assertEquals(Path.of("instarelay.db").toAbsolutePath(), settings.databasePath());
    }

    @Test
    @DisplayName("GIVEN a relative database path WHEN loaded THEN it is resolved against the working directory, not the file's")
    void relativeDatabasePathUsesWorkingDirectory() throws Exception {
        // GIVEN a relative database path
        Path file = write(dir, ConfigFixture.requiredWith("database.path", "data/relay.db"));

        // WHEN loaded
        Path database = load(file, Mode.RUN).settings().databasePath();

        // THEN it is resolved against the working directory, not the file's
        assertTrue(database.isAbsolute());
        assertEquals(Path.of("").toAbsolutePath().resolve("data/relay.db"), database);
    }

    @Test
    @DisplayName("GIVEN a file given by a relative path WHEN loaded THEN Settings.source is absolute")
    void sourceIsAbsolute() throws Exception {
        // GIVEN a file given by a relative path
        Path file = write(dir, required());
        Path relative = Path.of("").toAbsolutePath().relativize(file.toAbsolutePath());

        // WHEN loaded
        Settings settings = load(relative, Mode.RUN).settings();

        // THEN Settings.source is absolute
        assertEquals(file.toAbsolutePath().normalize(), settings.source());
    }
}
