package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.keysWithProblems;
import static org.instarelay.config.ConfigFixture.load;
import static org.instarelay.config.ConfigFixture.onlyProblemFor;
import static org.instarelay.config.ConfigFixture.problemFor;
import static org.instarelay.config.ConfigFixture.requiredWith;
import static org.instarelay.config.ConfigFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ConfigLoader: which servers may use the bot (discord.servers)")
class ConfigLoaderServersTest {
    private static final String HOME = "111111111111111111";
    private static final String CAMPUS = "223456789012345678";
    private static final String STAFF = "32345678901234567";
    private static final String STRANGER = "999999999999999999";

    @TempDir
    Path dir;

    private DiscordServers servers(String... keysAndValues) throws Exception {
        return load(write(dir, requiredWith(keysAndValues)), Mode.RUN).settings().discord().servers();
    }

    @Test
    @DisplayName("GIVEN no discord.servers WHEN a server asks THEN only the home server is allowed")
    void defaultIsTheHomeServerOnly() throws Exception {
        // GIVEN
        DiscordServers servers = servers();

        // WHEN / THEN
        assertTrue(servers.homeOnly());
        assertTrue(servers.allows(HOME, HOME));
        assertFalse(servers.allows(STRANGER, HOME));
        assertFalse(servers.allows(HOME, null), "no home known yet: nobody");
        assertEquals(Set.of(HOME), servers.named(HOME));
    }

    @Test
    @DisplayName("GIVEN a list with commas and spaces WHEN a server asks THEN the listed ones and the home server are allowed, no other")
    void listedServers() throws Exception {
        // GIVEN
        DiscordServers servers = servers("discord.servers", " " + CAMPUS + " ,  " + STAFF + ",," + CAMPUS + ",");

        // WHEN / THEN
        assertEquals(new DiscordServers(false, Set.of(CAMPUS, STAFF)), servers);
        assertTrue(servers.allows(CAMPUS, HOME));
        assertTrue(servers.allows(STAFF, null));
        assertTrue(servers.allows(HOME, HOME), "the home server is always allowed");
        assertFalse(servers.allows(STRANGER, HOME));
        assertEquals(List.of(HOME, CAMPUS, STAFF), List.copyOf(servers.named(HOME)));
    }

    @Test
    @DisplayName("GIVEN ids separated by spaces only WHEN loaded THEN each is read")
    void spaceSeparated() throws Exception {
        // GIVEN / WHEN / THEN
        assertEquals(Set.of(CAMPUS, STAFF), servers("discord.servers", CAMPUS + " " + STAFF).ids());
    }

    @Test
    @DisplayName("GIVEN * WHEN a server asks THEN every server is allowed")
    void anyServer() throws Exception {
        // GIVEN
        DiscordServers servers = servers("discord.servers", "*");

        // WHEN / THEN
        assertEquals(DiscordServers.ANY, servers);
        assertTrue(servers.allows(STRANGER, HOME));
        assertFalse(servers.homeOnly());
    }

    @ParameterizedTest(name = "discord.servers={0}")
    @CsvSource(delimiter = '|', value = {
            "my-server | entry 1, \"my-server\", is not a Discord server id (17 to 20 digits)",
            "223456789012345678, 1234 | entry 2, \"1234\", is not a Discord server id (17 to 20 digits)",
            "223456789012345678 <#323456789012345678> | entry 2, \"<#323456789012345678>\", is not a Discord server id"})
    @DisplayName("GIVEN an entry that is not a server id WHEN loaded THEN discord.servers is reported, naming that entry and how to copy an id")
    void badEntry(String value, String expected) throws Exception {
        // GIVEN / WHEN
        String line = onlyProblemFor(dir, "discord.servers", value);

        // THEN
        assertTrue(line.startsWith("discord.servers: " + expected), line);
        assertTrue(line.endsWith("List server ids separated by commas (with Developer Mode on, right-click the"
                + " server icon > Copy Server ID), write * for any server, or leave it empty for the server of"
                + " discord.guild-id (else of discord.channel-id)."), line);
    }

    @Test
    @DisplayName("GIVEN * together with ids WHEN loaded THEN it is reported: * stands alone")
    void starWithIds() throws Exception {
        // GIVEN
        Path file = write(dir, requiredWith("discord.servers", CAMPUS + ", *"));

        // WHEN
        ConfigException e = failure(file, Mode.RUN);

        // THEN
        assertEquals("discord.servers: mixes * with server ids. Write * alone for any server, or list only the ids.",
                problemFor(e, "discord.servers"));
    }

    @Test
    @DisplayName("GIVEN discord.servers in the environment WHEN loaded THEN it wins over the file, and a bad one names its variable")
    void environmentOverrides() throws Exception {
        // GIVEN
        Path file = write(dir, requiredWith("discord.servers", CAMPUS));

        // WHEN
        DiscordServers servers = ConfigLoader.load(file, Map.of("INSTARELAY_DISCORD_SERVERS", "*"), Mode.RUN)
                .settings().discord().servers();
        ConfigException e = failure(file, Map.of("INSTARELAY_DISCORD_SERVERS", "campus"), Mode.RUN);

        // THEN
        assertEquals(DiscordServers.ANY, servers);
        assertTrue(problemFor(e, "discord.servers").contains(
                "\"campus\", is not a Discord server id (17 to 20 digits) (the value comes from"
                        + " INSTARELAY_DISCORD_SERVERS)."), e::report);
    }

    @Test
    @DisplayName("GIVEN a bad channel id and nothing else naming a server WHEN loaded THEN only the channel id is reported, not also a missing server")
    void badChannelIsNotAlsoAMissingServer() throws Exception {
        // GIVEN
        Path file = write(dir, requiredWith("discord.channel-id", "photos"));

        // WHEN
        ConfigException e = failure(file, Mode.RUN);

        // THEN
        assertEquals(List.of("discord.channel-id"), keysWithProblems(e), e::report);
    }
}
