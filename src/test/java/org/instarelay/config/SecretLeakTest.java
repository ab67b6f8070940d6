package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.asEnvironment;
import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.requiredWith;
import static org.instarelay.config.ConfigFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ConfigLoader: secrets stay secret")
class SecretLeakTest {
    /** Parts of the fake secrets that survive whatever mangling a test applies (spaces, prefixes, quotes). */
    private static final List<String> SECRET_FRAGMENTS = List.of("discord-token-456", "456.Gx1", "client-secret-123",
            "secret-123", "token-456");

    @TempDir
    Path dir;

    private static void assertNoSecret(String text) {
        for (String fragment : SECRET_FRAGMENTS) {
            assertFalse(text.contains(fragment), () -> "\"" + fragment + "\" leaked into:\n" + text);
        }
    }

    /** Everything a caller might print about a failure. */
    private static String everythingPrintable(ConfigException e) {
        List<String> texts = new ArrayList<>(List.of(e.report(), e.getMessage(), e.toString()));
        e.problems().forEach(problem -> texts.add(problem.describe()));
        e.problems().forEach(problem -> texts.add(problem.toString()));
        texts.addAll(e.warnings());
        return String.join("\n", texts);
    }

    @Test
    @DisplayName("GIVEN valid secrets WHEN loaded THEN no toString of the result shows them")
    void validSecretsAreRedacted() throws Exception {
        // GIVEN valid secrets
        Path file = write(dir, requiredWith("poll.interval", "30s"));

        // WHEN loaded
        LoadedConfig loaded = ConfigFixture.load(file, Mode.RUN);

        // THEN no toString of the result shows them
        assertNoSecret(loaded.toString());
        assertNoSecret(loaded.settings().toString());
        assertNoSecret(loaded.settings().discord().toString());
        assertNoSecret(loaded.settings().instagram().toString());
        assertNoSecret(String.join("\n", loaded.warnings()));
        assertEquals(1, loaded.warnings().size(), "sanity: the warning path was exercised");
    }

    @Test
    @DisplayName("GIVEN malformed secrets WHEN loaded THEN the report says they are malformed without showing them")
    void malformedSecretsAreNotQuoted() throws Exception {
        // GIVEN malformed secrets
        Path file = write(dir, requiredWith(
                "discord.token", "Bot " + ConfigFixture.TOKEN,
                "instagram.client-secret", "fake client-secret-123"));

        // WHEN loaded
        ConfigException e = failure(file, Mode.RUN);

        // THEN the report says they are malformed without showing them
        assertEquals(List.of("discord.token", "instagram.client-secret"), ConfigFixture.keysWithProblems(e));
        assertNoSecret(everythingPrintable(e));
    }

    @Test
    @DisplayName("GIVEN quoted or spaced secrets from the environment WHEN loaded THEN the report names the variable, not the value")
    void malformedSecretsFromEnvironment() {
        // GIVEN quoted or spaced secrets from the environment
        Path file = dir.resolve("absent.properties");
        Map<String, String> environment = new LinkedHashMap<>(asEnvironment(ConfigFixture.required()));
        environment.put("INSTARELAY_DISCORD_TOKEN", "\"" + ConfigFixture.TOKEN + "\"");
        environment.put("INSTARELAY_INSTAGRAM_CLIENT_SECRET", ConfigFixture.CLIENT_SECRET + " x");

        // WHEN loaded
        ConfigException e = failure(file, environment, Mode.RUN);

        // THEN the report names the variable, not the value
        assertEquals(List.of("discord.token", "instagram.client-secret"), ConfigFixture.keysWithProblems(e));
        String printable = everythingPrintable(e);
        assertNoSecret(printable);
        assertTrue(printable.contains("INSTARELAY_DISCORD_TOKEN"), printable);
    }

    @Test
    @DisplayName("GIVEN secrets under misspelled keys WHEN loaded THEN the unknown-key warnings name the keys only")
    void misspelledSecretKeys() throws Exception {
        // GIVEN secrets under misspelled keys
        Map<String, String> values = new LinkedHashMap<>(ConfigFixture.required());
        values.remove("discord.token");
        values.remove("instagram.client-secret");
        values.put("discord.tokn", ConfigFixture.TOKEN);
        values.put("instagram.client_secret", ConfigFixture.CLIENT_SECRET);
        Path file = write(dir, values);
        Map<String, String> environment = Map.of("INSTARELAY_DISCORD_TOKN", ConfigFixture.TOKEN);

        // WHEN loaded
        ConfigException e = failure(file, environment, Mode.RUN);

        // THEN the unknown-key warnings name the keys only
        assertEquals(3, e.warnings().size(), e::report);
        assertNoSecret(everythingPrintable(e));
    }
}
