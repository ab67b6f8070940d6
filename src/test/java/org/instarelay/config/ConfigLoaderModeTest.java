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
    @DisplayName("GIVEN only the Instagram app WHEN loaded for RUN THEN the Discord token and channel are reported missing, with where to find them")
    void runNeedsDiscord() throws Exception {
        Path file = write(dir, instagramOnly());

        ConfigException e = failure(file, Mode.RUN);

        assertEquals(List.of("discord.token", "discord.channel-id"), keysWithProblems(e));
        assertEquals("discord.token: missing. Copy it from the Discord Developer Portal (your application > Bot >"
                + " Reset Token), or set INSTARELAY_DISCORD_TOKEN.", problemFor(e, "discord.token"));
        assertTrue(problemFor(e, "discord.channel-id").endsWith(
                "right-click the channel > Copy Channel ID, or set INSTARELAY_DISCORD_CHANNEL_ID."), e::report);
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
