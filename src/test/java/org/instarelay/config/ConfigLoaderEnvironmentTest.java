package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.asEnvironment;
import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.problemFor;
import static org.instarelay.config.ConfigFixture.required;
import static org.instarelay.config.ConfigFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.instarelay.common.Secret;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ConfigLoader: environment variables")
class ConfigLoaderEnvironmentTest {
    @TempDir
    Path dir;

    /** A valid, non-default value for every key, so an override that is ignored shows. */
    private Map<String, String> everyKey() {
        Map<String, String> values = new LinkedHashMap<>(required());
        values.put("discord.guild-id", "223456789012345678");
        values.put("discord.admin-role", "42345678901234567");
        values.put("discord.rest-url", "http://127.0.0.1:8080/api/v10/");
        values.put("discord.gateway-url", "ws://127.0.0.1:8081/");
        values.put("instagram.scopes", "instagram_business_basic,instagram_business_manage_comments");
        values.put("instagram.authorize-url", "http://127.0.0.1:9000/authorize");
        values.put("instagram.token-url", "http://127.0.0.1:9000/token");
        values.put("instagram.graph-url", "http://127.0.0.1:9001/");
        values.put("instagram.api-version", "v30.1");
        values.put("poll.interval", "PT5M");
        values.put("poll.backfill", "3");
        values.put("poll.parallelism", "2");
        values.put("database.path", dir.resolve("env.db").toString());
        values.put("discord.servers", "523456789012345678,623456789012345678");
        values.put("pictures.path", dir.resolve("env-pictures").toString());
        values.put("pictures.max-size", "200KB");
        values.put("http.port", "0");
        values.put("http.bind", "::1");
        values.put("http.public-url", "https://bot.example.org");
        return values;
    }

    @Test
    @DisplayName("GIVEN a key WHEN its variable is named THEN it is INSTARELAY_ plus the key upper-cased, dots and dashes as underscores")
    void variableNames() {
        // GIVEN a key
        // WHEN its variable is named
        // THEN it is INSTARELAY_ plus the key upper-cased, dots and dashes as underscores
        assertEquals("INSTARELAY_DISCORD_TOKEN", ConfigKeys.environmentVariable("discord.token"));
        assertEquals("INSTARELAY_INSTAGRAM_CLIENT_ID", ConfigKeys.environmentVariable("instagram.client-id"));
        assertEquals("INSTARELAY_DATABASE_PATH", ConfigKeys.environmentVariable("database.path"));
    }

    @Test
    @DisplayName("GIVEN no file and every key in the environment WHEN loaded THEN the settings equal those from a file with the same values")
    void environmentOnlyEqualsFile() throws Exception {
        // GIVEN no file and every key in the environment
        Path missing = dir.resolve("absent.properties");
        Path file = write(dir, everyKey());

        // WHEN loaded
        Settings fromEnvironment = ConfigLoader.load(missing, asEnvironment(everyKey()), Mode.RUN).settings();
        Settings fromFile = ConfigLoader.load(file, Map.of(), Mode.RUN).settings();

        // THEN the settings equal those from a file with the same values
        assertFalse(Files.exists(missing));
        assertEquals(missing.toAbsolutePath(), fromEnvironment.source());
        assertEquals(fromFile.discord(), fromEnvironment.discord());
        assertEquals(fromFile.instagram(), fromEnvironment.instagram());
        assertEquals(fromFile.poll(), fromEnvironment.poll());
        assertEquals(fromFile.databasePath(), fromEnvironment.databasePath());
        assertEquals(fromFile.pictures(), fromEnvironment.pictures());
        assertEquals(fromFile.http(), fromEnvironment.http());
        assertEquals(Duration.ofMinutes(5), fromEnvironment.poll().interval(), "sanity: not the default");
    }

    @Test
    @DisplayName("GIVEN a file and every key in the environment with other values WHEN loaded THEN the environment wins for every key")
    void environmentOverridesEveryKey() throws Exception {
        // GIVEN a file and every key in the environment with other values
        Path file = write(dir, required());
        Path envOnly = dir.resolve("other").resolve("bot.properties");

        // WHEN loaded
        Settings overridden = ConfigLoader.load(file, asEnvironment(everyKey()), Mode.RUN).settings();
        Settings expected = ConfigLoader.load(envOnly, asEnvironment(everyKey()), Mode.RUN).settings();

        // THEN the environment wins for every key
        assertEquals(expected.discord(), overridden.discord());
        assertEquals(expected.instagram(), overridden.instagram());
        assertEquals(expected.poll(), overridden.poll());
        assertEquals(expected.databasePath(), overridden.databasePath());
        assertEquals(expected.pictures(), overridden.pictures());
        assertEquals(expected.http(), overridden.http());
        assertEquals(new HttpSettings(0, "::1", URI.create("https://bot.example.org")), overridden.http(),
                "sanity: not the defaults");
        assertEquals(200 * 1024, overridden.pictures().maxBytes());
        assertTrue(overridden.discord().servers().ids().contains("623456789012345678"));
    }

    @Test
    @DisplayName("GIVEN a file value and a different environment value WHEN loaded THEN the environment's is used")
    void environmentOverridesFile() throws Exception {
        // GIVEN a file value and a different environment value
        Path file = write(dir, ConfigFixture.requiredWith("poll.interval", "10m"));

        // WHEN loaded
        Settings settings = ConfigLoader.load(file, Map.of(
                "INSTARELAY_POLL_INTERVAL", "1h",
                "INSTARELAY_DISCORD_TOKEN", "other-token"), Mode.RUN).settings();

        // THEN the environment's is used
        assertEquals(Duration.ofHours(1), settings.poll().interval());
        assertEquals(Secret.of("other-token"), settings.discord().token());
    }

    @Test
    @DisplayName("GIVEN an empty or blank environment variable WHEN loaded THEN the file's value stays")
    void emptyVariableDoesNotOverride() throws Exception {
        // GIVEN an empty or blank environment variable
        Path file = write(dir, ConfigFixture.requiredWith("poll.interval", "1h"));
        Map<String, String> environment = new HashMap<>();
        environment.put("INSTARELAY_POLL_INTERVAL", "");
        environment.put("INSTARELAY_DISCORD_CHANNEL_ID", "   ");

        // WHEN loaded
        Settings settings = ConfigLoader.load(file, environment, Mode.RUN).settings();

        // THEN the file's value stays
        assertEquals(Duration.ofHours(1), settings.poll().interval());
        assertEquals(ConfigFixture.CHANNEL_ID, settings.discord().channelId());
    }

    @Test
    @DisplayName("GIVEN a bad value from the environment WHEN loaded THEN the problem names the variable to fix")
    void badEnvironmentValueNamesVariable() throws Exception {
        // GIVEN a bad value from the environment
        Path file = write(dir, ConfigFixture.requiredWith("poll.interval", "10m"));

        // WHEN loaded
        ConfigException e = failure(file, Map.of("INSTARELAY_POLL_INTERVAL", "ten minutes"), Mode.RUN);

        // THEN the problem names the variable to fix
        String line = problemFor(e, "poll.interval");
        assertTrue(line.contains("\"ten minutes\""), line);
        assertTrue(line.contains("INSTARELAY_POLL_INTERVAL"), line);
    }

    @Test
    @DisplayName("GIVEN unrelated environment variables WHEN loaded THEN they are neither read nor warned about")
    void unrelatedVariablesIgnored() throws Exception {
        // GIVEN unrelated environment variables
        Path file = write(dir, required());

        // WHEN loaded
        LoadedConfig loaded = ConfigLoader.load(file,
                Map.of("PATH", "/usr/bin", "POLL_INTERVAL", "garbage", "DISCORD_TOKEN", "x"), Mode.RUN);

        // THEN they are neither read nor warned about
        assertEquals(Duration.ofMinutes(10), loaded.settings().poll().interval());
        assertEquals(Secret.of(ConfigFixture.TOKEN), loaded.settings().discord().token());
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
    }
}
