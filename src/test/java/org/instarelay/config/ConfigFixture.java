package org.instarelay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.instarelay.config.ConfigLoader.LoadedConfig;

/** Writes configuration files and loads them, so each test reads as GIVEN/WHEN/THEN. */
final class ConfigFixture {
    /** Distinctive fake secrets: if one shows up in any text, something leaked. */
    static final String TOKEN = "fake-discord-token-456.Gx1.abcdef";
    static final String CLIENT_SECRET = "fake-client-secret-123";

    static final String CHANNEL_ID = "123456789012345678";
    static final String CLIENT_ID = "1234567890123456";
    static final String REDIRECT_URI = "https://example.org/instagram/callback";

    private ConfigFixture() {}

    /** Everything RUN requires, valid. */
    static Map<String, String> required() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("discord.token", TOKEN);
        values.put("discord.channel-id", CHANNEL_ID);
        values.put("instagram.client-id", CLIENT_ID);
        values.put("instagram.client-secret", CLIENT_SECRET);
        values.put("instagram.redirect-uri", REDIRECT_URI);
        return values;
    }

    /** {@link #required()} plus {@code extra}, later entries winning. */
    static Map<String, String> requiredWith(String... keysAndValues) {
        Map<String, String> values = required();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    /** The same values as {@code INSTARELAY_*} environment variables. */
    static Map<String, String> asEnvironment(Map<String, String> values) {
        return values.entrySet().stream().collect(Collectors.toMap(
                entry -> ConfigKeys.environmentVariable(entry.getKey()), Map.Entry::getValue));
    }

    static Path write(Path dir, Map<String, String> values) throws IOException {
        List<String> lines = new ArrayList<>();
        values.forEach((key, value) -> lines.add(key + "=" + value));
        return writeLines(dir, lines.toArray(String[]::new));
    }

    static Path writeLines(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("bot.properties");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    static LoadedConfig load(Path file, ConfigLoader.Mode mode) throws ConfigException {
        return ConfigLoader.load(file, Map.of(), mode);
    }

    static ConfigException failure(Path file, Map<String, String> environment, ConfigLoader.Mode mode) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file, environment, mode));
    }

    static ConfigException failure(Path file, ConfigLoader.Mode mode) {
        return failure(file, Map.of(), mode);
    }

    /** The one problem reported for {@code key}, as a report line. */
    static String problemFor(ConfigException e, String key) {
        List<ConfigProblem> matching = e.problems().stream().filter(p -> key.equals(p.key())).toList();
        assertEquals(1, matching.size(), () -> "expected one problem for " + key + " in:\n" + e.report());
        return matching.get(0).describe();
    }

    /**
     * Loads the required keys plus {@code key=value} for RUN, checks that {@code key} is the only
     * key with a problem, and returns that problem's report line.
     */
    static String onlyProblemFor(Path dir, String key, String value) throws IOException {
        ConfigException e = failure(write(dir, requiredWith(key, value)), ConfigLoader.Mode.RUN);
        assertEquals(List.of(key), keysWithProblems(e), e::report);
        return problemFor(e, key);
    }

    static List<String> keysWithProblems(ConfigException e) {
        return e.problems().stream().map(ConfigProblem::key).toList();
    }
}
