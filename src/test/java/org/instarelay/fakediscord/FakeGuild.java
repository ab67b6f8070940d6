package org.instarelay.fakediscord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One server (guild) of the fake Discord: its roles, text channels and people, and whether the
 * bot is in it. Immutable; made with {@link #builder(String, String)}. A guild the bot is not in
 * exists only so that requests naming it can be refused as Discord refuses them.
 */
public final class FakeGuild {
    private final String id;
    private final String name;
    private final String ownerId;
    private final long everyonePermissions;
    private final List<FakeRole> roles;
    private final List<FakeChannel> channels;
    private final List<FakeMember> people;
    private final boolean botIsMember;
    private final List<String> botRoleIds;

    private FakeGuild(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.ownerId = b.ownerId;
        this.everyonePermissions = b.everyonePermissions;
        this.roles = List.copyOf(b.roles);
        this.channels = List.copyOf(b.channels);
        this.people = List.copyOf(b.people);
        this.botIsMember = b.botIsMember;
        this.botRoleIds = List.copyOf(b.botRoleIds);
    }

    /** A guild with no roles (besides @everyone), channels or people yet; the bot is in it. */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String ownerId() {
        return ownerId;
    }

    /** Whether the bot was added to this server (READY and GUILD_CREATE include it). */
    public boolean botIsMember() {
        return botIsMember;
    }

    /** @everyone (id = guild id, position 0) followed by the configured roles. */
    public List<FakeRole> roles() {
        List<FakeRole> all = new ArrayList<>();
        all.add(FakeRole.of(id, "@everyone", everyonePermissions, 0));
        all.addAll(roles);
        return all;
    }

    public Optional<FakeRole> role(String roleId) {
        return roles().stream().filter(r -> r.id().equals(roleId)).findFirst();
    }

    public List<FakeChannel> channels() {
        return channels;
    }

    public Optional<FakeChannel> channel(String channelId) {
        return channels.stream().filter(c -> c.id().equals(channelId)).findFirst();
    }

    /** The bot as a member of this guild (with its roles here), whether or not it is in it. */
    public FakeMember bot(FakeMember botUser) {
        return new FakeMember(botUser.id(), botUser.username(), true, botRoleIds);
    }

    /** The people, without the bot. */
    public List<FakeMember> people() {
        return people;
    }

    public Optional<FakeMember> person(String userId) {
        return people.stream().filter(m -> m.id().equals(userId)).findFirst();
    }

    /**
     * The permissions a member has in any channel of this guild (no channel overwrites exist
     * here): @everyone plus their roles, everything for administrators and the owner. This is the
     * string Discord puts in {@code member.permissions} of an interaction.
     */
    public long permissionsOf(FakeMember member) {
        if (member.id().equals(ownerId)) {
            return DiscordPermissions.ALL;
        }
        List<FakeRole> held = new ArrayList<>();
        for (FakeRole role : roles()) {
            if (role.id().equals(id) || member.roleIds().contains(role.id())) {
                held.add(role);
            }
        }
        return DiscordPermissions.combine(held);
    }

    /** This guild with one role replaced (the @everyone role changes {@code everyonePermissions}). */
    FakeGuild withRole(FakeRole changed) {
        Builder b = toBuilder();
        if (changed.id().equals(id)) {
            b.everyonePermissions = changed.permissions();
        } else {
            b.roles.replaceAll(r -> r.id().equals(changed.id()) ? changed : r);
        }
        return b.build();
    }

    /** This guild with the bot added or removed. */
    FakeGuild withBot(boolean member) {
        Builder b = toBuilder();
        b.botIsMember = member;
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(id, name);
        b.ownerId = ownerId;
        b.everyonePermissions = everyonePermissions;
        b.roles.addAll(roles);
        b.channels.addAll(channels);
        b.people.addAll(people);
        b.botIsMember = botIsMember;
        b.botRoleIds.addAll(botRoleIds);
        return b;
    }

    @Override
    public String toString() {
        return "server " + name + " (" + id + ")";
    }

    /** Collects a guild's settings. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String ownerId = FakeDiscordConfig.OWNER_ID;
        private long everyonePermissions = DiscordPermissions.DEFAULT_EVERYONE;
        private final List<FakeRole> roles = new ArrayList<>();
        private final List<FakeChannel> channels = new ArrayList<>();
        private final List<FakeMember> people = new ArrayList<>();
        private boolean botIsMember = true;
        private final List<String> botRoleIds = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = Objects.requireNonNull(id);
            this.name = Objects.requireNonNull(name);
        }

        public Builder ownerId(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        /** Raw permissions of @everyone, which the bot holds like everyone else. */
        public Builder everyonePermissions(long raw) {
            this.everyonePermissions = raw;
            return this;
        }

        public Builder role(FakeRole role) {
            roles.add(role);
            return this;
        }

        public Builder textChannel(String channelId, String channelName) {
            channels.add(new FakeChannel(channelId, channelName, channels.size()));
            return this;
        }

        public Builder member(FakeMember member) {
            people.add(member);
            return this;
        }

        /** Roles the bot holds here besides @everyone, e.g. one granting Mention Everyone. */
        public Builder botRoles(String... roleIds) {
            botRoleIds.addAll(List.of(roleIds));
            return this;
        }

        /** The server exists but the bot was never added (or was removed). */
        public Builder withoutBot() {
            this.botIsMember = false;
            return this;
        }

        public FakeGuild build() {
            return new FakeGuild(this);
        }
    }
}
