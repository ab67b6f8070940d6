package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.asEnvironment;
import static org.instarelay.config.ConfigFixture.keysWithProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps bot.properties.example and the loader from drifting apart. */
@DisplayName("bot.properties.example")
class ExampleFileTest {
    /** Maven runs tests from the project directory, where the example lives. */
    private static final Path EXAMPLE = Path.of("bot.properties.example");

    @TempDir
    Path dir;

    @Test
    @DisplayName("GIVEN the example file WHEN its keys are listed THEN they are exactly the keys the loader knows")
    void keysMatchLoader() throws Exception {
        // GIVEN the example file
        Properties example = new Properties();
        try (Reader reader = Files.newBufferedReader(EXAMPLE, StandardCharsets.UTF_8)) {
            example.load(reader);
        }

        // WHEN its keys are listed
        // THEN they are exactly the keys the loader knows
        assertEquals(new TreeSet<>(ConfigKeys.ALL), new TreeSet<>(example.stringPropertyNames()));
    }

    @Test
    @DisplayName("GIVEN the example with the required values from the environment WHEN loaded THEN there are no problems or warnings and its values are the defaults")
    void examplesValuesAreTheDefaults() throws Exception {
        // GIVEN the example with the required values from the environment
        Path empty = ConfigFixture.writeLines(dir, "# nothing");

        // WHEN loaded
        LoadedConfig fromExample = ConfigLoader.load(EXAMPLE, asEnvironment(ConfigFixture.required()), Mode.RUN);
        LoadedConfig fromDefaults = ConfigLoader.load(empty, asEnvironment(ConfigFixture.required()), Mode.RUN);

        // THEN there are no problems or warnings and its values are the defaults
        assertEquals(List.of(), fromExample.warnings());
        assertEquals(fromDefaults.settings().discord(), fromExample.settings().discord());
        assertEquals(fromDefaults.settings().instagram(), fromExample.settings().instagram());
        assertEquals(fromDefaults.settings().poll(), fromExample.settings().poll());
        assertEquals(fromDefaults.settings().databasePath(), fromExample.settings().databasePath());
        assertEquals(fromDefaults.settings().pictures(), fromExample.settings().pictures());
        assertEquals(fromDefaults.settings().http(), fromExample.settings().http());
        assertTrue(fromExample.settings().http().enabled(), "the example keeps the web face on");
    }

    @Test
    @DisplayName("GIVEN a fresh copy of the example WHEN loaded for RUN THEN exactly the required keys are reported missing")
    void freshCopyNeedsOnlyTheRequiredValues() throws Exception {
        // GIVEN a fresh copy of the example
        Path copy = Files.copy(EXAMPLE, dir.resolve("bot.properties"));

        // WHEN loaded for RUN
        ConfigException e = ConfigFixture.failure(copy, Mode.RUN);

        // THEN exactly the required keys are reported missing
        assertEquals(List.of("discord.token", "discord.guild-id", "instagram.client-id",
                "instagram.client-secret", "instagram.redirect-uri"), keysWithProblems(e));
        assertEquals(List.of(), e.warnings());
    }

    @Test
    @DisplayName("GIVEN the example WHEN each key is read with the comment above it THEN the comment gives the environment variable and the default")
    void everyKeyIsDocumented() throws Exception {
        // GIVEN the example
        List<String> lines = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
        Set<String> undocumented = new TreeSet<>();
        for (String key : ConfigKeys.ALL) {
            String comment = commentAbove(lines, key);
            if (!comment.contains("Environment: " + ConfigKeys.environmentVariable(key))
                    || !(comment.contains("Default") || comment.contains("No default"))) {
                undocumented.add(key);
            }
        }

        // WHEN each key is read with the comment above it
        // THEN the comment gives the environment variable and the default
        assertTrue(undocumented.isEmpty(), () -> "comment without env var or default: " + undocumented);
    }

    /** The run of comment lines directly above {@code key=...}. */
    private static String commentAbove(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                List<String> comment = new ArrayList<>();
                for (int j = i - 1; j >= 0 && lines.get(j).startsWith("#"); j--) {
                    comment.add(0, lines.get(j));
                }
                return String.join("\n", comment);
            }
        }
        return "";
    }
}
