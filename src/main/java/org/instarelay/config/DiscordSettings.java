package org.instarelay.config;

import org.instarelay.common.Secret;

/**
 * The Discord side. Every id and address is null when not set; {@code token} is required only for
 * {@code run}.
 *
 * @param token       the bot token
 * @param guildId     the home server: commands are registered there at once, the console acts as
 *                    it, and it is always allowed; null when not set
 * @param channelId   the console's channel for new accounts, and the home server when guildId is
 *                    not set; optional (in Discord an account's first channel is where authorize was run)
 * @param adminRoleId a role allowed to run admin subcommands besides Manage Server
 * @param restUrl     REST base such as {@code http://127.0.0.1:8080/api/v10/} (proxies, tests)
 * @param gatewayUrl  gateway such as {@code ws://127.0.0.1:8081/} (proxies, tests)
 * @param servers     {@code discord.servers}: which servers may use the bot, besides the home server
 */
public record DiscordSettings(Secret token, String guildId, String channelId, String adminRoleId,
                              String restUrl, String gatewayUrl, DiscordServers servers) {

    public DiscordSettings {
        servers = servers == null ? DiscordServers.HOME_ONLY : servers;
    }

    /** The same with {@code discord.servers} unset (only the home server): for settings built by hand. */
    public DiscordSettings(Secret token, String guildId, String channelId, String adminRoleId,
                           String restUrl, String gatewayUrl) {
        this(token, guildId, channelId, adminRoleId, restUrl, gatewayUrl, DiscordServers.HOME_ONLY);
    }
}
