package org.instarelay.config;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code discord.servers}: which Discord servers may use the bot.
 *
 * <p>The home server (that of {@code discord.guild-id}, else that of {@code discord.channel-id},
 * which only Discord can tell at start-up) is always allowed, so the default, no list, means "the
 * home server only".
 *
 * @param anyServer {@code discord.servers=*}: every server the bot is in
 * @param ids       the server ids listed, in the order written; empty with {@code *} and by default
 */
public record DiscordServers(boolean anyServer, Set<String> ids) {
    /** The default: only the home server. */
    public static final DiscordServers HOME_ONLY = new DiscordServers(false, Set.of());
    /** {@code *}: every server. */
    public static final DiscordServers ANY = new DiscordServers(true, Set.of());

    public DiscordServers {
        ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    /**
     * Whether {@code guildId} may use the bot.
     *
     * @param homeGuildId the home server's id, or null when it is not known (no guild-id, and the
     *                    channel's server not resolved)
     */
    public boolean allows(String guildId, String homeGuildId) {
        return anyServer || ids.contains(guildId) || guildId != null && guildId.equals(homeGuildId);
    }

    /**
     * The servers named: the list plus the home server, where {@code /instagram} is registered
     * (with {@link #anyServer()} it is registered globally as well).
     */
    public Set<String> named(String homeGuildId) {
        Set<String> named = new LinkedHashSet<>();
        if (homeGuildId != null) {
            named.add(homeGuildId);
        }
        named.addAll(ids);
        return Collections.unmodifiableSet(named);
    }

    /** Whether only the home server is allowed, which is all a one-server bot needs. */
    public boolean homeOnly() {
        return !anyServer && ids.isEmpty();
    }
}
