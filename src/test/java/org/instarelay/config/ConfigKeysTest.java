package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.load;
import static org.instarelay.config.ConfigFixture.required;
import static org.instarelay.config.ConfigFixture.requiredWith;
import static org.instarelay.config.ConfigFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ConfigLoader: unknown keys")
class ConfigKeysTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("GIVEN a misspelled key WHEN loaded THEN a warning names it, the file and the closest known key")
    void misspelledKeyWarns() throws Exception {
        // GIVEN a misspelled key
        Path file = write(dir, requiredWith("poll.intervall", "1h"));

        // WHEN loaded
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN a warning names it, the file and the closest known key
        assertEquals(List.of("poll.intervall: not a known key, so it is ignored (in " + file.toAbsolutePath()
                + "). Did you mean poll.interval?"), loaded.warnings());
    }

    @Test
    @DisplayName("GIVEN discord.channel_id instead of discord.channel-id WHEN loaded for RUN THEN the report shows that no server is named and, below, the likely cause")
    void typoExplainsMissingKey() throws Exception {
        // GIVEN discord.channel_id instead of discord.channel-id
        Map<String, String> values = new LinkedHashMap<>(required());
        values.remove("discord.channel-id");
        values.put("discord.channel_id", ConfigFixture.CHANNEL_ID);
        Path file = write(dir, values);

        // WHEN loaded for RUN
        ConfigException e = failure(file, Mode.RUN);

        // THEN the report shows that no server is named and, below, the likely cause
        // Without the channel no server is named (discord.channel-id itself is optional).
        assertEquals(List.of("discord.guild-id"), ConfigFixture.keysWithProblems(e));
        assertEquals(1, e.warnings().size());
        assertTrue(e.warnings().get(0).startsWith("discord.channel_id: not a known key"), e::report);
        assertTrue(e.warnings().get(0).endsWith("Did you mean discord.channel-id?"), e::report);
        assertTrue(e.report().contains(System.lineSeparator() + "Warnings:" + System.lineSeparator()
                + "  - discord.channel_id: not a known key"), e::report);
    }

    @Test
    @DisplayName("GIVEN a misspelled INSTARELAY_ variable WHEN loaded THEN a warning names it and the closest known variable")
    void misspelledVariableWarns() throws Exception {
        // GIVEN a misspelled INSTARELAY_ variable
        Path file = write(dir, required());

        // WHEN loaded
        LoadedConfig loaded = ConfigLoader.load(file, Map.of("INSTARELAY_POLL_INTERVALL", "1h"), Mode.RUN);

        // THEN a warning names it and the closest known variable
        assertEquals(List.of("INSTARELAY_POLL_INTERVALL: not a known InstaRelay variable, so it is ignored."
                + " Did you mean INSTARELAY_POLL_INTERVAL?"), loaded.warnings());
    }

    @Test
    @DisplayName("GIVEN INSTARELAY_LOG_DIR, which the logging setup reads, WHEN loaded THEN no warning calls it unknown")
    void logDirIsKnown() throws Exception {
        // GIVEN INSTARELAY_LOG_DIR, which the logging setup reads
        Path file = write(dir, required());

        // WHEN loaded
        LoadedConfig loaded = ConfigLoader.load(file, Map.of("INSTARELAY_LOG_DIR", "/var/log/instarelay"), Mode.RUN);

        // THEN no warning calls it unknown
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    @DisplayName("GIVEN INSTARELAY_SECRET_KEY, which the store reads, WHEN loaded THEN no warning calls it unknown or shows it")
    void secretKeyIsKnown() throws Exception {
        // GIVEN INSTARELAY_SECRET_KEY, the token key the store reads
        Path file = write(dir, required());

        // WHEN loaded
        LoadedConfig loaded = ConfigLoader.load(file, Map.of("INSTARELAY_SECRET_KEY",
                "q0Wm1fD0c6m8S3v0hJ9xkQ2z7Lr5Tn4Yb8Pe1Ua6Ic0="), Mode.RUN);

        // THEN no warning calls it unknown
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    @DisplayName("GIVEN a key in the wrong case WHEN loaded THEN it is unknown (properties keys are case-sensitive) and the right spelling is suggested")
    void wrongCase() throws Exception {
        // GIVEN a key in the wrong case
        Path file = write(dir, requiredWith("Poll.Backfill", "3"));

        // WHEN loaded
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN it is unknown (properties keys are case-sensitive) and the right spelling is suggested
        assertEquals(0, loaded.settings().poll().backfill());
        assertTrue(loaded.warnings().get(0).endsWith("Did you mean poll.backfill?"), loaded.warnings()::toString);
    }

    @Test
    @DisplayName("GIVEN any unknown key WHEN the closest known key is looked up THEN the nearest by edit distance wins")
    void closestKey() {
        // GIVEN any unknown key
        // WHEN the closest known key is looked up
        // THEN the nearest by edit distance wins
        assertEquals("instagram.client-secret", ConfigKeys.closest("instagram.client_secret", ConfigKeys.ALL));
        assertEquals("discord.admin-role", ConfigKeys.closest("discord.admin-role-id", ConfigKeys.ALL));
        assertEquals("database.path", ConfigKeys.closest("db.path", ConfigKeys.ALL));
    }

    @Test
    @DisplayName("GIVEN a stray word far from every key WHEN loaded THEN the warning points at the example file instead of an unrelated key")
    void strayWordNamesNoKey() throws Exception {
        // GIVEN a line that is no key at all (properties read "weird line" as the key weird)
        Path file = write(dir, requiredWith("weird", "line without equals"));

        // WHEN loaded
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN the warning names the word and the example file, and suggests no unrelated key
        assertEquals(1, loaded.warnings().size(), loaded.warnings()::toString);
        assertTrue(loaded.warnings().get(0).startsWith("weird: not a known key"), loaded.warnings()::toString);
        assertTrue(loaded.warnings().get(0).endsWith("bot.properties.example lists every key."), loaded.warnings()::toString);
        assertFalse(loaded.warnings().get(0).contains("Did you mean"), loaded.warnings()::toString);
    }
}
