package org.instarelay.commands;

import org.instarelay.common.Requester;

/**
 * Which server a command acts for, and which channel is "here". A Discord interaction names its
 * server and channel; the console acts as the home server ({@code discord.guild-id}, or the server
 * of {@code discord.channel-id} once the bot has met Discord) and its channel is
 * {@code discord.channel-id}. Before the home server is known, the console's accounts are held by
 * a placeholder server that the first Discord start-up hands to the real one.
 */
public final class ServerScope {
    /** The server the console acts as until the home server is known. */
    public static final String PLACEHOLDER_HOME = "home";

    private final String defaultChannelId;
    private volatile String homeId;

    /**
     * @param homeId           {@code discord.guild-id}, or null until the bot finds the home server
     * @param defaultChannelId {@code discord.channel-id}, may be null
     */
    public ServerScope(String homeId, String defaultChannelId) {
        this.homeId = homeId;
        this.defaultChannelId = defaultChannelId;
    }

    /** The server a command of {@code who} acts for. */
    public String serverOf(Requester who) {
        return who.guildId() != null ? who.guildId() : home();
    }

    /** The channel a new account's first subscription goes to when nothing else is known. */
    public String defaultChannelId() {
        return defaultChannelId;
    }

    /** The home server, or the placeholder while it is not known. */
    public String home() {
        String known = homeId;
        return known != null ? known : PLACEHOLDER_HOME;
    }

    /** Whether the home server is known (configured, or found at start-up). */
    public boolean homeKnown() {
        return homeId != null;
    }

    /** The home server, found at start-up. */
    public void homeIs(String id) {
        if (id != null) {
            homeId = id;
        }
    }
}
