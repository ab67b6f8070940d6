package org.instarelay.config;

import org.instarelay.common.Secret;

/**
 * The Discord side. Every field is null when not set; {@code token} and {@code channelId} are
 * required only for {@code run}.
 *
 * @param token       the bot token
 * @param guildId     register commands on this server only (instant); null registers globally
 * @param channelId   default channel for new posts
 * @param adminRoleId a role allowed to run admin subcommands besides Manage Server
 * @param restUrl     REST base such as {@code http://127.0.0.1:8080/api/v10/} (proxies, tests)
 * @param gatewayUrl  gateway such as {@code ws://127.0.0.1:8081/} (proxies, tests)
 */
public record DiscordSettings(Secret token, String guildId, String channelId, String adminRoleId,
                              String restUrl, String gatewayUrl) {}
