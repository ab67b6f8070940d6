package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.instarelay.config.DiscordServers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ServerAccess: which servers may use the bot")
class ServerAccessTest {
    private static final String HOME = "1200000000000000001";
    private static final String B = "1200000000000000002";
    private static final String STRANGER = "1200000000000000003";

    @Test
    @DisplayName("nothing configured: only the home server")
    void defaultIsTheHomeServerOnly() {
        // GIVEN discord.servers not set and the home server resolved at start-up
        ServerAccess access = ServerAccess.homeOnly().withHome(HOME);

        // WHEN / THEN the home server may use the bot, no other does
        assertTrue(access.allows(HOME));
        assertFalse(access.allows(B));
        assertFalse(access.allows(STRANGER));
        assertFalse(access.isAnyServer());
    }

    @Test
    @DisplayName("built from the discord.servers setting: a list, or * for any server")
    void fromTheSetting() {
        // GIVEN the setting as the config loader reads "B" and "*"
        ServerAccess listed = ServerAccess.of(new DiscordServers(false, Set.of(B))).withHome(HOME);
        ServerAccess any = ServerAccess.of(DiscordServers.ANY).withHome(HOME);

        // THEN the list allows B and home only; * allows a stranger too
        assertTrue(listed.allows(B));
        assertTrue(listed.allows(HOME));
        assertFalse(listed.allows(STRANGER));
        assertTrue(any.allows(STRANGER));
        assertTrue(any.isAnyServer());
    }

    @Test
    @DisplayName("listed servers are allowed, and the home server always is, even when not listed")
    void listedServersAndTheHomeServer() {
        // GIVEN discord.servers lists B only
        ServerAccess access = ServerAccess.listed(Set.of(B)).withHome(HOME);

        // THEN B and home are allowed, a stranger is not
        assertTrue(access.allows(B));
        assertTrue(access.allows(HOME));
        assertFalse(access.allows(STRANGER));
    }

    @Test
    @DisplayName("* allows every server")
    void anyServer() {
        // GIVEN discord.servers=*
        ServerAccess access = ServerAccess.anyServer().withHome(HOME);

        // THEN any server may use the bot, and the command belongs in the global scope
        assertTrue(access.allows(STRANGER));
        assertTrue(access.allows(HOME));
        assertTrue(access.isAnyServer());
    }

    @Test
    @DisplayName("no home server known and nothing listed: no server at all, and no interaction outside a server")
    void noHomeServer() {
        // GIVEN neither discord.guild-id nor a channel's server could be resolved
        ServerAccess access = ServerAccess.homeOnly();

        // THEN nothing is allowed; a missing server id (a DM) never is
        assertFalse(access.allows(HOME));
        assertFalse(access.allows(null));
        assertFalse(ServerAccess.listed(Set.of(B)).withHome(HOME).allows(null));
    }

    @Test
    @DisplayName("withHome keeps the configured rule and only adds the home server")
    void withHomeKeepsTheRule() {
        // GIVEN a listed rule
        ServerAccess configured = ServerAccess.listed(Set.of(B));

        // WHEN the home server becomes known
        ServerAccess resolved = configured.withHome(HOME);

        // THEN the original is unchanged and the resolved one has both
        assertFalse(configured.allows(HOME));
        assertTrue(resolved.allows(HOME));
        assertTrue(resolved.allows(B));
        assertFalse(resolved.isAnyServer());
    }
}
