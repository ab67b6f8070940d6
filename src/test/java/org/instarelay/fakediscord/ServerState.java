package org.instarelay.fakediscord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The servers as they are now: the configured ones, changed by role updates and by the bot being
 * added or removed while the fake runs. The gateway, the REST routes and the interactions all read
 * it, so what JDA is told and what REST enforces agree. Thread-safe.
 */
final class ServerState {
    private final FakeDiscordConfig config;
    private final Map<String, FakeGuild> guilds = new LinkedHashMap<>();

    ServerState(FakeDiscordConfig config) {
        this.config = config;
        config.guilds().forEach(g -> guilds.put(g.id(), g));
    }

    FakeDiscordConfig config() {
        return config;
    }

    synchronized Optional<FakeGuild> guild(String guildId) {
        return Optional.ofNullable(guilds.get(guildId));
    }

    /** The server as it is now; IllegalArgumentException if the fake has none with that id. */
    synchronized FakeGuild require(String guildId) {
        return guild(guildId).orElseThrow(() -> new IllegalArgumentException("the fake has no server " + guildId));
    }

    /** The servers the bot is in now, in configuration order (READY lists them so). */
    synchronized List<FakeGuild> withBot() {
        return guilds.values().stream().filter(FakeGuild::botIsMember).toList();
    }

    synchronized boolean botIn(String guildId) {
        FakeGuild g = guilds.get(guildId);
        return g != null && g.botIsMember();
    }

    /** The current server of a channel, if any server has it. */
    synchronized Optional<FakeGuild> guildOfChannel(String channelId) {
        return guilds.values().stream().filter(g -> g.channel(channelId).isPresent()).findFirst();
    }

    synchronized FakeGuild updateRole(String guildId, FakeRole role) {
        FakeGuild changed = require(guildId).withRole(role);
        guilds.put(guildId, changed);
        return changed;
    }

    synchronized FakeGuild setBotMember(String guildId, boolean member) {
        FakeGuild changed = require(guildId).withBot(member);
        guilds.put(guildId, changed);
        return changed;
    }
}
