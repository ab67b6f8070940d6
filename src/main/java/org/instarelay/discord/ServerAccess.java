package org.instarelay.discord;

import java.util.Objects;
import java.util.Set;
import org.instarelay.config.DiscordServers;

/**
 * Which Discord servers may use the bot ({@code discord.servers}): any server ({@code *}), or
 * the listed ids. The home server (the server of {@code discord.guild-id}, else of
 * {@code discord.channel-id}) is always allowed, so the default, nothing listed, means "only the
 * home server".
 *
 * <p>Why it exists: a Discord application is public by default, so anyone holding the invite
 * link can add the bot to a server of their own; without this check an admin there could read
 * and change the team's accounts.
 */
public final class ServerAccess {
    /** The setting an owner changes to let another server in. */
    public static final String SETTING = "discord.servers";

    /** The rule as configured; {@link DiscordServers#allows} is the one place it is decided. */
    private final DiscordServers servers;
    private final String homeId;

    /**
     * @param servers {@code discord.servers}: {@code *}, or the ids listed (with or without the home server)
     * @param homeId  the home server's id, null when not known (yet)
     */
    public ServerAccess(DiscordServers servers, String homeId) {
        this.servers = Objects.requireNonNull(servers, "servers");
        this.homeId = homeId;
    }

    /** The default: nothing listed, so only the home server, once it is known. */
    public static ServerAccess homeOnly() {
        return of(DiscordServers.HOME_ONLY);
    }

    /** The rule {@code discord.servers} sets; the home server is added once it is known. */
    public static ServerAccess of(DiscordServers servers) {
        return new ServerAccess(servers, null);
    }

    /** {@code discord.servers=*}. */
    public static ServerAccess anyServer() {
        return of(DiscordServers.ANY);
    }

    /** The listed servers (plus the home server, once it is known). */
    public static ServerAccess listed(Set<String> ids) {
        return of(new DiscordServers(false, ids));
    }

    /** The same rule with the home server known (resolved at start-up). */
    public ServerAccess withHome(String homeServerId) {
        return new ServerAccess(servers, homeServerId);
    }

    /** Whether a server may use the bot; null (no server) is not a server and is not allowed. */
    public boolean allows(String guildId) {
        return guildId != null && servers.allows(guildId, homeId);
    }

    /** Whether {@code /instagram} belongs in the global scope (every server) rather than on each allowed server. */
    public boolean isAnyServer() {
        return servers.anyServer();
    }

    /** The home server's id, or null. */
    public String homeId() {
        return homeId;
    }

    @Override
    public String toString() {
        return servers.anyServer() ? "any server"
                : "servers " + servers.ids() + (homeId == null ? "" : " and home " + homeId);
    }
}
