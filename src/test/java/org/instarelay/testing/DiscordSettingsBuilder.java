package org.instarelay.testing;

import org.instarelay.common.Secret;
import org.instarelay.config.DiscordServers;
import org.instarelay.config.DiscordSettings;
import org.instarelay.fakediscord.FakeDiscord;

/**
 * {@link DiscordSettings} for tests, naming only what a test cares about: everything not set is
 * unset, as in a {@code bot.properties} without the key (servers: only the home server).
 */
public final class DiscordSettingsBuilder {
    private Secret token;
    private String guildId;
    private String channelId;
    private String adminRoleId;
    private String restUrl;
    private String gatewayUrl;
    private DiscordServers servers = DiscordServers.HOME_ONLY;

    /** Nothing set yet. */
    public static DiscordSettingsBuilder discord() {
        return new DiscordSettingsBuilder();
    }

    /** Logged in to {@code fake}: its token, REST and gateway addresses. */
    public DiscordSettingsBuilder on(FakeDiscord fake) {
        return token(fake.token()).rest(fake.restUrl()).gateway(fake.gatewayUrl());
    }

    public DiscordSettingsBuilder token(String value) {
        this.token = value == null ? null : Secret.of(value);
        return this;
    }

    public DiscordSettingsBuilder guild(String id) {
        this.guildId = id;
        return this;
    }

    public DiscordSettingsBuilder channel(String id) {
        this.channelId = id;
        return this;
    }

    public DiscordSettingsBuilder adminRole(String id) {
        this.adminRoleId = id;
        return this;
    }

    public DiscordSettingsBuilder rest(String url) {
        this.restUrl = url;
        return this;
    }

    public DiscordSettingsBuilder gateway(String url) {
        this.gatewayUrl = url;
        return this;
    }

    public DiscordSettingsBuilder servers(DiscordServers value) {
        this.servers = value;
        return this;
    }

    public DiscordSettings build() {
        return new DiscordSettings(token, guildId, channelId, adminRoleId, restUrl, gatewayUrl, servers);
    }
}
