package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.keysWithProblems;
import static org.instarelay.config.ConfigFixture.load;
import static org.instarelay.config.ConfigFixture.problemFor;
import static org.instarelay.config.ConfigFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ConfigLoader: what RUN and CONSOLE require")
class ConfigLoaderModeTest {
    @TempDir
    Path dir;

    private static Map<String, String> instagramOnly() {
        Map<String, String> values = new LinkedHashMap<>(ConfigFixture.required());
        values.remove("discord.token");
        values.remove("discord.channel-id");
        return values;
    }

    @Test
    @DisplayName("GIVEN only the Instagram app WHEN loaded for RUN THEN the Discord token and a server to serve are reported missing, as needed for run only, with where to find them")
    void runNeedsDiscord() throws Exception {
        // GIVEN
        Path file = write(dir, instagramOnly());

        // WHEN
        ConfigException e = failure(file, Mode.RUN);

        // THEN
        assertEquals(List.of("discord.token", "discord.guild-id"), keysWithProblems(e));
        assertEquals("discord.token: missing (needed for run only; the console works without it). Copy it from the Discord Developer Portal (your application > Bot >"
                + " Reset Token), or set INSTARELAY_DISCORD_TOKEN.", problemFor(e, "discord.token"));
        assertEquals("discord.guild-id: missing, and neither discord.servers nor discord.channel-id names a server,"
                + " so no server could use the bot (needed for run only; the console works without it). Turn on Developer Mode (Discord: User Settings > Advanced), then"
                + " right-click the server icon > Copy Server ID and set it here (or set INSTARELAY_DISCORD_GUILD_ID);"
                + " or list the servers in discord.servers, or * for any server.", problemFor(e, "discord.guild-id"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "discord.guild-id, 223456789012345678",
            "discord.channel-id, 323456789012345678",
            "discord.servers, 423456789012345678",
            "discord.servers, *"})
    @DisplayName("GIVEN the token and any one way to name a server WHEN loaded for RUN THEN it loads: discord.channel-id is optional")
    void runNeedsOnlyOneWayToNameAServer(String key, String value) throws Exception {
        // GIVEN
        Map<String, String> values = instagramOnly();
        values.put("discord.token", ConfigFixture.TOKEN);
        values.put(key, value);
        Path file = write(dir, values);

        // WHEN
        Settings settings = load(file, Mode.RUN).settings();

        // THEN
        assertEquals(key.equals("discord.channel-id") ? value : null, settings.discord().channelId());
        assertEquals(key.equals("discord.guild-id") ? value : null, settings.discord().guildId());
    }

    @Test
    @DisplayName("GIVEN only the Instagram app WHEN loaded for CONSOLE THEN it loads with no Discord settings")
    void consoleDoesNotNeedDiscord() throws Exception {
        Path file = write(dir, instagramOnly());

        Settings settings = load(file, Mode.CONSOLE).settings();

        assertNull(settings.discord().token());
        assertNull(settings.discord().channelId());
        assertEquals(ConfigFixture.CLIENT_ID, settings.instagram().clientId());
    }

    @Test
    @DisplayName("GIVEN an empty file WHEN loaded for CONSOLE THEN exactly the three Instagram app keys are missing")
    void consoleNeedsInstagram() throws Exception {
        Path file = ConfigFixture.writeLines(dir, "# nothing yet");

        ConfigException e = failure(file, Mode.CONSOLE);

        assertEquals(List.of("instagram.client-id", "instagram.client-secret", "instagram.redirect-uri"),
                keysWithProblems(e));
    }

    @Test
    @DisplayName("GIVEN a malformed Discord value WHEN loaded for CONSOLE THEN it is still reported, since the same file runs the bot")
    void consoleStillChecksDiscordValues() throws Exception {
        Map<String, String> values = instagramOnly();
        values.put("discord.channel-id", "general");
        Path file = write(dir, values);

        ConfigException e = failure(file, Mode.CONSOLE);

        assertEquals(List.of("discord.channel-id"), keysWithProblems(e));
    }
}
