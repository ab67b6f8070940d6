package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.asEnvironment;
import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.keysWithProblems;
import static org.instarelay.config.ConfigFixture.required;
import static org.instarelay.config.ConfigFixture.requiredWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ConfigLoader: the file itself")
class ConfigLoaderFileTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("GIVEN no file and no environment WHEN loaded THEN the report starts with where the file was looked for and how to make one")
    void missingFileComesFirst() {
        // GIVEN no file and no environment
        Path file = dir.resolve("bot.properties");

        // WHEN loaded
        ConfigException e = failure(file, Mode.RUN);

        // THEN the report starts with where the file was looked for and how to make one
        ConfigProblem first = e.problems().get(0);
        assertNull(first.key());
        assertEquals("No configuration file at " + file.toAbsolutePath() + ". Make one with"
                + " \"cp bot.properties.example " + file + "\" and fill it in, or pass --config FILE to use another"
                + " file (every key can also be set as an INSTARELAY_* environment variable).", first.describe());
        assertEquals(Arrays.asList(null, "discord.token", "discord.guild-id", "instagram.client-id",
                "instagram.client-secret", "instagram.redirect-uri"), keysWithProblems(e));
        assertTrue(e.report().contains("(file: " + file.toAbsolutePath() + ")"), e::report);
    }

    @Test
    @DisplayName("GIVEN the default relative path is missing WHEN loaded THEN the fix is literally cp bot.properties.example bot.properties")
    void missingDefaultFileFix() {
        // GIVEN the default relative path is missing
        Path file = Path.of("bot.properties");
        // Someone's real bot.properties in the working directory; the case above covers the rule then.
        assumeFalse(Files.exists(file), "a bot.properties exists in the working directory");

        // WHEN loaded
        ConfigException e = failure(file, Mode.RUN);

        // THEN the fix is literally cp bot.properties.example bot.properties
        assertTrue(e.problems().get(0).fix().startsWith(
                "Make one with \"cp bot.properties.example bot.properties\" and fill it in, or pass --config FILE"),
                e::report);
    }

    @Test
    @DisplayName("GIVEN no file but every required key in the environment WHEN loaded THEN it loads without complaint")
    void missingFileIsFineWithEnvironment() throws Exception {
        // GIVEN no file but every required key in the environment
        Path file = dir.resolve("bot.properties");

        // WHEN loaded
        LoadedConfig loaded = ConfigLoader.load(file, asEnvironment(required()), Mode.RUN);

        // THEN it loads without complaint
        assertEquals(ConfigFixture.CHANNEL_ID, loaded.settings().discord().channelId());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    @DisplayName("GIVEN no file, every required key in the environment but one bad value WHEN loaded THEN the missing file is not blamed")
    void missingFileNotBlamedForBadValue() {
        // GIVEN no file, every required key in the environment but one bad value
        Path file = dir.resolve("bot.properties");

        // WHEN loaded
        ConfigException e = failure(file, asEnvironment(requiredWith("poll.interval", "soon")), Mode.RUN);

        // THEN the missing file is not blamed
        assertEquals(List.of("poll.interval"), keysWithProblems(e));
    }

    @Test
    @DisplayName("GIVEN no file and part of the required keys in the environment WHEN loaded THEN the file is mentioned and only the rest is missing")
    void missingFileWithPartialEnvironment() {
        // GIVEN no file and part of the required keys in the environment
        Path file = dir.resolve("bot.properties");
        Map<String, String> environment = Map.of("INSTARELAY_DISCORD_TOKEN", ConfigFixture.TOKEN,
                "INSTARELAY_DISCORD_CHANNEL_ID", ConfigFixture.CHANNEL_ID,
                "INSTARELAY_INSTAGRAM_CLIENT_ID", ConfigFixture.CLIENT_ID);

        // WHEN loaded
        ConfigException e = failure(file, environment, Mode.RUN);

        // THEN the file is mentioned and only the rest is missing
        assertEquals(Arrays.asList(null, "instagram.client-secret", "instagram.redirect-uri"), keysWithProblems(e));
    }

    @Test
    @DisplayName("GIVEN --config pointing at a directory WHEN loaded THEN that is the first problem")
    void directoryInsteadOfFile() {
        // GIVEN --config pointing at a directory
        // WHEN loaded
        ConfigException e = failure(dir, Mode.CONSOLE);

        // THEN that is the first problem
        assertEquals(dir.toAbsolutePath() + " is a directory, not a properties file. Pass the file itself with"
                + " --config FILE.", e.problems().get(0).describe());
    }

    @Test
    @DisplayName("GIVEN a file that is not UTF-8 WHEN loaded THEN the report says to save it as UTF-8")
    void notUtf8() throws Exception {
        // GIVEN a file that is not UTF-8
        Path file = dir.resolve("bot.properties");
        Files.write(file, "poll.interval=10m\ndatabase.path=caf\u00e9.db\n".getBytes("ISO-8859-1"));

        // WHEN loaded
        ConfigException e = failure(file, asEnvironment(required()), Mode.RUN);

        // THEN the report says to save it as UTF-8
        assertEquals(file.toAbsolutePath() + " is not UTF-8 text. Save it as UTF-8 in your editor.",
                e.problems().get(0).describe());
    }

    @Test
    @DisplayName("GIVEN a UTF-8 file with non-ASCII text WHEN loaded THEN it is read as UTF-8, not ISO-8859-1")
    void readsUtf8() throws Exception {
        // GIVEN a UTF-8 file with non-ASCII text
        Path file = ConfigFixture.write(dir, requiredWith("database.path", dir.resolve("caf\u00e9.db").toString()));

        // WHEN loaded
        Path database = ConfigFixture.load(file, Mode.RUN).settings().databasePath();

        // THEN it is read as UTF-8, not ISO-8859-1
        assertEquals(dir.resolve("caf\u00e9.db"), database);
    }

    @Test
    @DisplayName("GIVEN a broken unicode escape WHEN loaded THEN the file is reported unreadable instead of throwing")
    void brokenEscape() throws Exception {
        // GIVEN a broken unicode escape
        Path file = ConfigFixture.writeLines(dir, "database.path=C:\\users\\bot.db");

        // WHEN loaded
        ConfigException e = failure(file, asEnvironment(required()), Mode.RUN);

        // THEN the file is reported unreadable instead of throwing
        assertTrue(e.problems().get(0).describe().startsWith(file.toAbsolutePath() + " cannot be read: "),
                e::report);
    }
}
