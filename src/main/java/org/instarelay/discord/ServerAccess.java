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

    private final boolean anyServer;
    private final Set<String> allowedIds;
    private final String homeId;

    /**
     * @param anyServer  {@code discord.servers=*}: every server the bot is in may use it
     * @param allowedIds the server ids listed in {@code discord.servers} (without the home server, or with it)
     * @param homeId     the home server's id, null when not known (yet)
     */
    public ServerAccess(boolean anyServer, Set<String> allowedIds, String homeId) {
        this.anyServer = anyServer;
        this.allowedIds = Set.copyOf(Objects.requireNonNull(allowedIds, "allowedIds"));
        this.homeId = homeId;
    }

    /** The default: nothing listed, so only the home server, once it is known. */
    public static ServerAccess homeOnly() {
        return new ServerAccess(false, Set.of(), null);
    }

    /** The rule {@code discord.servers} sets; the home server is added once it is known. */
    public static ServerAccess of(DiscordServers servers) {
        return new ServerAccess(servers.anyServer(), servers.ids(), null);
    }

    /** {@code discord.servers=*}. */
    public static ServerAccess anyServer() {
        return new ServerAccess(true, Set.of(), null);
    }

    /** The listed servers (plus the home server, once it is known). */
    public static ServerAccess listed(Set<String> ids) {
        return new ServerAccess(false, ids, null);
    }

    /** The same rule with the home server known (resolved at start-up). */
    public ServerAccess withHome(String homeServerId) {
        return new ServerAccess(anyServer, allowedIds, homeServerId);
    }

    /** Whether a server may use the bot; null (no server) is not a server and is not allowed. */
    public boolean allows(String guildId) {
        if (guildId == null) {
            return false;
        }
        return anyServer || guildId.equals(homeId) || allowedIds.contains(guildId);
    }

    /** Whether {@code /instagram} belongs in the global scope (every server) rather than on each allowed server. */
    public boolean isAnyServer() {
        return anyServer;
    }

    /** The home server's id, or null. */
    public String homeId() {
        return homeId;
    }

    @Override
    public String toString() {
        return anyServer ? "any server" : "servers " + allowedIds + (homeId == null ? "" : " and home " + homeId);
    }
}
