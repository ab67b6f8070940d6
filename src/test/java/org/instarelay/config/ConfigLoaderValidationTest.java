package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.keysWithProblems;
import static org.instarelay.config.ConfigFixture.load;
import static org.instarelay.config.ConfigFixture.problemFor;
import static org.instarelay.config.ConfigFixture.requiredWith;
import static org.instarelay.config.ConfigFixture.write;
import static org.instarelay.config.ConfigFixture.writeLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ConfigLoader: validation")
class ConfigLoaderValidationTest {
    @TempDir
    Path dir;

    /** key, bad value, text the report line must contain. */
    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("discord.guild-id", "1234", "\"1234\" is not a Discord id (17 to 20 digits)"),
                Arguments.of("discord.guild-id", "my server", "Copy Server ID"),
                Arguments.of("discord.channel-id", "<#123456789012345678>", "Copy Channel ID"),
                Arguments.of("discord.channel-id", "123456789012345678901", "not a Discord id"),
                Arguments.of("discord.admin-role", "admins", "Copy Role ID"),
                Arguments.of("discord.rest-url", "not a url", "is not an http or https URL"),
                Arguments.of("discord.rest-url", "ftp://127.0.0.1/api/", "is not an http or https URL"),
                Arguments.of("discord.rest-url", "http://127.0.0.1:8080/api?x=1", "has a query or fragment"),
                Arguments.of("discord.gateway-url", "http://127.0.0.1:8081/", "is not a ws or wss URL"),
                Arguments.of("discord.gateway-url", "ws://", "is not a ws or wss URL"),
                Arguments.of("discord.gateway-url", "wss://gateway.example/?v=10", "has a query or fragment"),
                Arguments.of("instagram.client-id", "my-app", "not the Meta app id"),
                Arguments.of("instagram.client-id", "12 34", "Instagram > API setup with Instagram login"),
                Arguments.of("instagram.redirect-uri", "/callback", "is not an absolute https URL"),
                Arguments.of("instagram.redirect-uri", "ftp://example.org/cb", "is not an absolute https URL"),
                Arguments.of("instagram.redirect-uri", "http://example.org/cb", "Instagram accepts http only for localhost"),
                Arguments.of("instagram.redirect-uri", "https://example.org/cb#_", "has a fragment"),
                Arguments.of("instagram.redirect-uri", "https://example.org/a b", "is not a URL"),
                Arguments.of("instagram.scopes", "business_basic", "\"business_basic\" is a scope of a retired Instagram API"),
                Arguments.of("instagram.scopes", "instagram_business_basic,user_profile", "\"user_profile\" is a scope of a retired"),
                Arguments.of("instagram.scopes", "user_media", "instagram_business_basic"),
                Arguments.of("instagram.scopes", "instagram_business_content_publish", "does not include instagram_business_basic"),
                Arguments.of("instagram.scopes", "instagram_business_basic;user", "is not a scope name"),
                Arguments.of("instagram.scopes", ",", "does not include instagram_business_basic"),
                Arguments.of("instagram.authorize-url", "www.instagram.com/oauth/authorize", "is not an http or https URL"),
                Arguments.of("instagram.token-url", "ftp://api.instagram.com/", "default, https://api.instagram.com/oauth/access_token"),
                Arguments.of("instagram.graph-url", "graph", "is not an http or https URL"),
                Arguments.of("instagram.graph-url", "https://graph.instagram.com/v25.0",
                        "Remove /v25.0 from it and set instagram.api-version=v25.0 instead"),
                Arguments.of("instagram.graph-url", "https://graph.instagram.com/v21.0/", "ends with the API version v21.0"),
                Arguments.of("instagram.api-version", "25.0", "\"25.0\" is not an API version"),
                Arguments.of("instagram.api-version", "v25", "Write it like v25.0"),
                Arguments.of("poll.interval", "ten minutes", "\"ten minutes\" is not a duration. Use 30s, 10m, 1h or PT10M."),
                Arguments.of("poll.interval", "600", "has no unit"),
                Arguments.of("poll.interval", "0s", "\"0s\" is not longer than zero"),
                Arguments.of("poll.interval", "PT0S", "is not longer than zero"),
                Arguments.of("poll.interval", "-10m", "is not longer than zero"),
                Arguments.of("poll.interval", "PT-10M", "is not longer than zero"),
                Arguments.of("poll.backfill", "-1", "-1 is out of range. Use a whole number from 0 to 100 (default 0)."),
                Arguments.of("poll.backfill", "101", "out of range"),
                Arguments.of("poll.backfill", "all", "\"all\" is not a whole number"),
                Arguments.of("poll.parallelism", "0", "0 is out of range. Use a whole number from 1 to 64 (default 16)."),
                Arguments.of("poll.parallelism", "65", "out of range"),
                Arguments.of("poll.parallelism", "1.5", "is not a whole number"),
                Arguments.of("poll.interval", "\"10m\"", "wrapped in quotes"),
                Arguments.of("database.path", "'instarelay.db'", "wrapped in quotes"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badValues")
    @DisplayName("GIVEN one bad value WHEN loaded THEN exactly that key is reported, with what is wrong and the fix")
    void reportsBadValue(String key, String value, String expected) throws Exception {
        // GIVEN one bad value
        Path file = write(dir, requiredWith(key, value));

        // WHEN loaded
        ConfigException e = failure(file, Mode.RUN);

        // THEN exactly that key is reported, with what is wrong and the fix
        assertEquals(List.of(key), keysWithProblems(e), e::report);
        String line = problemFor(e, key);
        assertTrue(line.startsWith(key + ": "), line);
        assertTrue(line.contains(expected), () -> "expected \"" + expected + "\" in: " + line);
    }

    @ParameterizedTest(name = "discord.token={0}")
    @ValueSource(strings = {"Bot fake-discord-token-456", "fake discord token 456", "\"fake-discord-token-456\""})
    @DisplayName("GIVEN a malformed bot token WHEN loaded THEN it is reported as malformed")
    void malformedToken(String token) throws Exception {
        // GIVEN a malformed bot token
        Path file = write(dir, requiredWith("discord.token", token));

        // WHEN loaded
        ConfigException e = failure(file, Mode.RUN);

        // THEN it is reported as malformed
        String line = problemFor(e, "discord.token");
        assertTrue(line.contains("malformed") || line.contains("quotes"), line);
    }

    @Test
    @DisplayName("GIVEN a client secret with a space WHEN loaded THEN it is reported as malformed")
    void malformedClientSecret() throws Exception {
        // GIVEN a client secret with a space
        Path file = write(dir, requiredWith("instagram.client-secret", "fake client-secret-123"));

        // WHEN loaded
        ConfigException e = failure(file, Mode.RUN);

        // THEN it is reported as malformed
        assertEquals("instagram.client-secret: malformed (an app secret contains no spaces). Copy the Instagram"
                        + " app secret again from Meta dashboard > your app > Instagram > API setup with Instagram login.",
                problemFor(e, "instagram.client-secret"));
    }

    @Test
    @DisplayName("GIVEN a database path that is a directory WHEN loaded THEN it is reported")
    void databasePathIsDirectory() throws Exception {
        // GIVEN a database path that is a directory
        Path file = write(dir, requiredWith("database.path", dir.toString()));

        // WHEN loaded
        ConfigException e = failure(file, Mode.RUN);

        // THEN it is reported
        assertTrue(problemFor(e, "database.path").contains(dir + " is a directory"), e::report);
    }

    @Test
    @DisplayName("GIVEN a REST URL without a trailing slash WHEN loaded THEN one is added")
    void restUrlGetsTrailingSlash() throws Exception {
        // GIVEN a REST URL without a trailing slash
        Path file = write(dir, requiredWith("discord.rest-url", "https://proxy.example/api/v10"));

        // WHEN loaded
        // THEN one is added
        assertEquals("https://proxy.example/api/v10/", load(file, Mode.RUN).settings().discord().restUrl());
    }

    @Test
    @DisplayName("GIVEN a redirect URI with a trailing slash WHEN loaded THEN it is kept exactly, since Instagram compares it byte for byte")
    void redirectUriKeptExactly() throws Exception {
        // GIVEN a redirect URI with a trailing slash
        Path file = write(dir, requiredWith("instagram.redirect-uri", "https://Example.org:443/cb/"));

        // WHEN loaded
        // THEN it is kept exactly, since Instagram compares it byte for byte
        assertEquals("https://Example.org:443/cb/", load(file, Mode.RUN).settings().instagram().redirectUri());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://localhost:8080/cb", "http://127.0.0.1/cb", "https://example.org/cb?x=1"})
    @DisplayName("GIVEN a local http redirect URI or one with a query WHEN loaded THEN it is accepted")
    void acceptedRedirectUris(String uri) throws Exception {
        // GIVEN a local http redirect URI or one with a query
        Path file = write(dir, requiredWith("instagram.redirect-uri", uri));

        // WHEN loaded
        // THEN it is accepted
        assertEquals(uri, load(file, Mode.RUN).settings().instagram().redirectUri());
    }

    @Test
    @DisplayName("GIVEN repeated and spaced scopes WHEN loaded THEN they are trimmed and each is asked for once")
    void scopesTrimmedAndDeduplicated() throws Exception {
        // GIVEN repeated and spaced scopes
        Path file = write(dir, requiredWith("instagram.scopes",
                " instagram_business_basic , instagram_business_content_publish,instagram_business_basic,"));

        // WHEN loaded
        // THEN they are trimmed and each is asked for once
        assertEquals(List.of("instagram_business_basic", "instagram_business_content_publish"),
                load(file, Mode.RUN).settings().instagram().scopes());
    }

    @Test
    @DisplayName("GIVEN a poll interval under a minute WHEN loaded THEN it is used and a warning says why it is unusual")
    void subMinuteIntervalWarns() throws Exception {
        // GIVEN a poll interval under a minute
        Path file = write(dir, requiredWith("poll.interval", "30s"));

        // WHEN loaded
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN it is used and a warning says why it is unusual
        assertEquals(Duration.ofSeconds(30), loaded.settings().poll().interval());
        assertEquals(1, loaded.warnings().size(), loaded.warnings()::toString);
        assertTrue(loaded.warnings().get(0).startsWith("poll.interval: 30s is shorter than a minute"),
                loaded.warnings()::toString);
    }

    @Test
    @DisplayName("GIVEN a poll interval of exactly one minute WHEN loaded THEN there is no warning")
    void oneMinuteDoesNotWarn() throws Exception {
        // GIVEN a poll interval of exactly one minute
        Path file = write(dir, requiredWith("poll.interval", "PT1M"));

        // WHEN loaded
        // THEN there is no warning
        assertEquals(List.of(), load(file, Mode.RUN).warnings());
    }

    @Test
    @DisplayName("GIVEN plain http to another machine WHEN loaded THEN it works but a warning says secrets travel unencrypted")
    void remoteHttpWarns() throws Exception {
        // GIVEN plain http to another machine
        Path file = write(dir, requiredWith("instagram.token-url", "http://proxy.example/oauth/access_token"));

        // WHEN loaded
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN it works but a warning says secrets travel unencrypted
        assertEquals(1, loaded.warnings().size(), loaded.warnings()::toString);
        assertTrue(loaded.warnings().get(0).startsWith("instagram.token-url: plain http to proxy.example"),
                loaded.warnings()::toString);
    }

    @Test
    @DisplayName("GIVEN several problems at once WHEN loaded THEN one report lists every one, in key order, with the absolute path")
    void reportsEveryProblemAtOnce() throws Exception {
        // GIVEN several problems at once
        Path file = writeLines(dir,
                "discord.token=" + ConfigFixture.TOKEN,
                "discord.channel-id=12345",
                "instagram.client-secret=" + ConfigFixture.CLIENT_SECRET,
                "instagram.redirect-uri=" + ConfigFixture.REDIRECT_URI,
                "instagram.scopes=user_profile",
                "poll.interval=ten minutes",
                "poll.parallelism=100");

        // WHEN loaded
        ConfigException e = failure(file, Mode.RUN);

        // THEN one report lists every one, in key order, with the absolute path
        String n = System.lineSeparator();
        assertEquals("The configuration has 5 problems (file: " + file.toAbsolutePath() + "):" + n
                + "  - discord.channel-id: \"12345\" is not a Discord id (17 to 20 digits). Turn on Developer Mode"
                + " (Discord: User Settings > Advanced), then right-click the channel > Copy Channel ID." + n
                + "  - instagram.client-id: missing. Set it to the Instagram app id (Meta dashboard > your app >"
                + " Instagram > API setup with Instagram login), or set INSTARELAY_INSTAGRAM_CLIENT_ID." + n
                + "  - instagram.scopes: \"user_profile\" is a scope of a retired Instagram API. Use the"
                + " instagram_business_* names, such as instagram_business_basic." + n
                + "  - poll.interval: \"ten minutes\" is not a duration. Use 30s, 10m, 1h or PT10M." + n
                + "  - poll.parallelism: 100 is out of range. Use a whole number from 1 to 64 (default 16).",
                e.report());
        assertEquals(e.report(), e.getMessage());
        assertEquals(file.toAbsolutePath(), e.file());
    }

    @Test
    @DisplayName("GIVEN one problem WHEN reported THEN the heading says \"1 problem\"")
    void singularHeading() throws Exception {
        // GIVEN one problem
        Path file = write(dir, requiredWith("poll.backfill", "-1"));

        // WHEN reported
        ConfigException e = failure(file, Mode.RUN);

        // THEN the heading says \"1 problem\"
        assertTrue(e.report().startsWith("The configuration has 1 problem (file: "), e::report);
    }

    @Test
    @DisplayName("GIVEN a file with a key written twice WHEN loaded THEN the last value is used and a warning says so")
    void duplicateKeyWarns() throws Exception {
        // GIVEN a file with a key written twice
        Path file = write(dir, ConfigFixture.required());
        Files.writeString(file, "poll.interval=1h\n" + Files.readString(file) + "poll.interval=5m\n");

        // WHEN loaded
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN the last value is used and a warning says so
        assertEquals(Duration.ofMinutes(5), loaded.settings().poll().interval());
        assertEquals(List.of("poll.interval: set more than once in " + file.toAbsolutePath()
                + "; the last one is used."), loaded.warnings());
    }
}
